"""The network review's new sections in the built site: the ZIP with messages.csv and an
earlier export, the reader's words and company; people listed with profile links, a note
drafted from a list with the keyboard alone, a list's CSV, the print view, the export's date
— each section screenshotted (``$CONNECTWISELY_SCREENSHOTS`` keeps them) — and Pyodide agreeing
with CPython on the new keys."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from connectwisely import review_network
from tests.support import axe
from tests.support.generated_connections import LATER_TODAY, beside, generate

from .conftest import wait_state
from .test_network_review import FORM, SAMPLES, choose, clear, review

pytestmark = pytest.mark.browser
DRAFTER = 'form[data-widget="note-draft"]'
ZIP_NAME = "Basic_LinkedInDataExport_11-25-2025.zip"


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("CONNECTWISELY_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("shots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def export_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("Connections.csv", "messages.csv"):
            archive.write(SAMPLES / name, f"Basic_LinkedInDataExport_11-25-2025/{name}")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def page(site, browser):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.goto(site + "tools/network-review/")
    page.locator(FORM).scroll_into_view_if_needed()
    wait_state(page, FORM, ("ready",), timeout=120_000)
    yield page
    context.close()


@pytest.fixture(scope="module")
def reviewed(page):
    """The sample export ZIP (with messages.csv), an earlier export, words and a company."""
    clear(page)
    choose(page, "export_zip", name=ZIP_NAME, data=export_zip())
    earlier = (SAMPLES / "Connections.csv").read_text(encoding="utf-8")
    earlier = earlier.replace("Lumen Freight,Data Engineer II", "Hooli,Data Engineer II")
    choose(page, "earlier_csv", name="Old_Connections.csv", data=earlier.encode())
    page.fill(f"{FORM} input[name=interests]", "data, Halden")
    page.fill(f"{FORM} input[name=company]", "lumen freight ltd")
    assert review(page) == "done"
    return page


def section(page, key: str):
    return page.locator(f"{FORM} [data-list='{key}']")


def test_the_export_date_comes_from_the_zip_name(reviewed, shots):
    """ "Counted as of 2025-11-25, the date in the export's file name"."""
    line = reviewed.locator(f"{FORM} .cw-as-of")
    assert line.get_attribute("data-source") == "export-name"
    assert "2025-11-25" in line.inner_text() and "file name" in line.inner_text()
    reviewed.locator(f"{FORM} .cw-result").screenshot(path=str(shots / "network-top.png"))


def test_reconnect_and_lookup_name_people_with_profile_links(reviewed, shots):
    """Both lists name the sample's people; each name links to its LinkedIn profile."""
    reconnect = section(reviewed, "reconnect")
    assert "People to reconnect with (2)" in reconnect.inner_text()
    link = reconnect.locator("a.cw-profile", has_text="Wren Castellano")
    assert link.get_attribute("href") == "https://www.linkedin.com/in/wrencastellano"
    assert "noopener" in link.get_attribute("rel")
    lookup = section(reviewed, "who-i-know")
    assert "Who you know at lumen freight ltd (2)" in lookup.inner_text()
    assert "Mateus Carvalhal" in lookup.inner_text()
    reconnect.screenshot(path=str(shots / "network-reconnect.png"))
    lookup.screenshot(path=str(shots / "network-lookup.png"))


def test_quiet_conversations_show_dates_and_counts_never_text(reviewed, shots):
    """Wren and Yara went quiet, Oskar and Bartholomew wrote last; no message text anywhere."""
    quiet = section(reviewed, "went-quiet")
    text = quiet.inner_text()
    assert "Conversations that went quiet (2)" in text and "2024-01-12" in text
    assert "Oskar Lindqvar" in section(reviewed, "unanswered").inner_text()
    whole = reviewed.inner_text(f"{FORM} .cw-result")
    for said in ("Coffee soon", "hiring data engineers", "Approved"):
        assert said not in whole
    quiet.screenshot(path=str(shots / "network-quiet.png"))


def test_the_comparison_lists_whom_to_congratulate(reviewed, shots):
    """Bartholomew moved from Hooli (earlier) to Lumen Freight (now): congratulate him."""
    congratulate = section(reviewed, "congratulate")
    assert "Changed company or title: congratulate them (1)" in congratulate.inner_text()
    assert "Bartholomew Nkemelu" in congratulate.inner_text()
    assert "+0 connections" in reviewed.inner_text(f"{FORM} .cw-compare")
    congratulate.screenshot(path=str(shots / "network-compare.png"))


def test_role_mix_replaces_the_title_table(reviewed, shots):
    """Function and seniority charts with tables, and the share left unclassified."""
    roles = reviewed.locator(f"{FORM} .cw-roles")
    assert roles.locator("figure[data-chart]").count() == 2
    assert "matched no word in the table" in roles.inner_text()
    assert "Most common positions" not in reviewed.inner_text(f"{FORM} .cw-result")
    roles.screenshot(path=str(shots / "network-roles.png"))


def test_a_list_downloads_as_csv(reviewed):
    """The reconnect list's button saves reconnect.csv with its people."""
    with reviewed.expect_download() as caught:
        section(reviewed, "reconnect").locator("button[data-action=download]").click()
    content = Path(caught.value.path()).read_text(encoding="utf-8")
    assert caught.value.suggested_filename == "reconnect.csv"
    assert content.startswith("Name,Profile,Company,Title,Connected,Years,Matched")
    assert "Wren,Castellano" not in content and "Wren Castellano" in content


def test_draft_a_note_with_the_keyboard_alone(reviewed, shots):
    """Tab to "Draft a note" for Wren, press Enter: the drafter below fills in and drafts."""
    button = section(reviewed, "reconnect").locator(
        "button[aria-label='Draft a note to Wren Castellano']"
    )
    button.focus()
    reviewed.keyboard.press("Enter")
    wait_state(reviewed, DRAFTER, ("done",), timeout=60_000)
    assert reviewed.input_value(f"{DRAFTER} [name=name]") == "Wren Castellano"
    drafts = reviewed.locator(f"{DRAFTER} [data-draft]").all_inner_texts()
    assert drafts and all("Wren" in d for d in drafts)
    reviewed.locator(DRAFTER).screenshot(path=str(shots / "network-drafter.png"))


def test_the_print_view_has_figures_advice_and_lists_but_no_form(reviewed, shots):
    """Printed: no inputs, no buttons, no chart pictures; the chart tables and lists stay."""
    reviewed.emulate_media(media="print")
    try:
        assert reviewed.locator(f"{FORM} input[name=interests]").is_hidden()
        assert reviewed.locator(f"{FORM} .cw-chart svg").first.is_hidden()
        assert section(reviewed, "reconnect").locator("button").first.is_hidden()
        assert section(reviewed, "reconnect").locator("table").is_visible()
        # the figures behind each chart are printed, though their <details> is closed
        assert reviewed.locator(f"{FORM} figure[data-chart=growth] table").is_visible()
        reviewed.locator(f"{FORM} .cw-result").screenshot(path=str(shots / "network-print.png"))
    finally:
        reviewed.emulate_media(media="screen")


def test_a_top_company_is_picked_not_typed(reviewed, shots):
    """The button under the company chart looks that company up: the form is reviewed again."""
    reviewed.locator(f"{FORM} .cw-companies .cw-pick", has_text="Halden Robotics GmbH").click()
    wait_state(reviewed, FORM, ("done",), timeout=60_000)
    reviewed.wait_for_function(
        "() => (document.querySelector(\"[data-list='who-i-know'] h3\") || {}).textContent"
        " === 'Who you know at Halden Robotics GmbH (2)'",
        timeout=60_000,
    )
    assert reviewed.input_value(f"{FORM} input[name=company]") == "Halden Robotics GmbH"
    reviewed.locator(f"{FORM} .cw-companies").screenshot(path=str(shots / "network-pick.png"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_new_sections_pass_axe_in_both_schemes(site, browser, scheme):
    """The result, every list included, has no axe-core violation in light or dark mode."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site + "tools/network-review/")
    page.locator(FORM).scroll_into_view_if_needed()
    wait_state(page, FORM, ("ready",), timeout=120_000)
    choose(page, "export_zip", name=ZIP_NAME, data=export_zip())
    choose(page, "earlier_csv", SAMPLES / "Connections.csv")
    page.fill(f"{FORM} input[name=company]", "Lumen Freight")
    assert review(page) == "done"
    assert section(page, "went-quiet").count() == 1
    problems = axe.violations(page, axe.source())
    context.close()
    assert problems == []


def test_the_lists_fit_a_phone(site, browser, shots):
    """At 320 px the page does not scroll sideways; wide tables scroll inside themselves."""
    context = browser.new_context(viewport={"width": 320, "height": 700})
    phone = context.new_page()
    phone.goto(site + "tools/network-review/")
    phone.locator(FORM).scroll_into_view_if_needed()
    wait_state(phone, FORM, ("ready",), timeout=120_000)
    choose(phone, "export_zip", name=ZIP_NAME, data=export_zip())
    phone.fill(f"{FORM} input[name=interests]", "data, Halden")
    assert review(phone) == "done"
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
    section(phone, "reconnect").screenshot(path=str(shots / "network-phone.png"))
    context.close()


def test_pyodide_agrees_with_cpython_on_the_new_sections(pyodide_page, tmp_path):
    """A generated export with messages.csv and a later file: the same result in both."""
    path, _ = generate(tmp_path, rows=500, messages="2026", later=True, seed=9)
    payload = {
        "connections_csv": beside(path, "later").read_text(encoding="utf-8"),
        "earlier_csv": path.read_text(encoding="utf-8"),
        "messages_csv": beside(path, "messages", "2026").read_text(encoding="utf-8"),
        "interests": "Hooli, data",
        "company": "Hooli",
        "today": LATER_TODAY,
    }
    reply = pyodide_page("review_network", payload)
    assert reply["ok"], reply
    assert reply["result"] == review_network(**payload)
