"""The tools on a phone (390×844) and a laptop (1280×800), light and dark, as shipped: the main
input and its button near the top, errors at once (with the worker blocked) once and beside
their field, LinkedIn's month forms, one voice between the checker and the triage, and the
polish (stacked tables, the back-to-top pill, focus colors, rule codes behind Details)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from connectwisely import check_request

from ..support.zips import zipped
from . import conftest
from .conftest import wait_state

pytestmark = pytest.mark.browser
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PHONE, LAPTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 800}
SCREENS = {"phone": PHONE, "laptop": LAPTOP}
SCHEMES = ("light", "dark")
TOOLS = {
    "tools/request-checker/": "request-check",
    "tools/profile-scorer/": "profile-score",
    "tools/note-drafter/": "note-draft",
    "tools/network-review/": "network-review",
}


def shipped(browser, viewport: dict, scheme: str = "light", **kwargs):
    """A context that shows the page as shipped: folds closed, the given screen and scheme."""
    conftest._FOLDS["open"] = False
    try:
        return browser.new_context(viewport=viewport, color_scheme=scheme, **kwargs)
    finally:
        conftest._FOLDS["open"] = True


def blocked(context) -> None:
    """The worker's script never answers: nothing the page shows can come from Python."""
    context.route("**/worker.js", lambda route: None)


def form_of(path: str) -> str:
    return f'form[data-widget="{TOOLS[path]}"]'


# -- layout ------------------------------------------------------------------------------------

GEOMETRY = """(sel) => {
  const f = document.querySelector(sel);
  const y = (el) => el.getBoundingClientRect();
  const main = f.querySelector("input:not([type=hidden]), textarea, select");
  return { top: y(f).top + scrollY, main: y(main).top + scrollY,
           submit: y(f.querySelector("button[type=submit]")).bottom + scrollY,
           wide: document.scrollingElement.scrollWidth, inner: innerWidth };
}"""


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("path", TOOLS)
def test_the_main_input_and_its_button_are_near_the_forms_top(site, browser, path, screen, scheme):
    """The main input and the submit button both sit within 1.5 screen heights of the form's
    top, the main input first; nothing scrolls sideways."""
    context = shipped(browser, SCREENS[screen], scheme)
    blocked(context)
    page = context.new_page()
    page.goto(site + path)
    g = page.evaluate(GEOMETRY, form_of(path))
    limit = g["top"] + 1.5 * SCREENS[screen]["height"]
    assert g["main"] < g["submit"] <= limit, g
    assert g["wide"] <= g["inner"], "nothing scrolls sideways"
    assert page.locator(f"{form_of(path)} details.cw-fold[open]").count() == 0
    context.close()


# -- errors at once ------------------------------------------------------------------------------

SUBMIT_TIMED = """(sel) => new Promise((resolve) => {
  const form = document.querySelector(sel);
  const start = performance.now();
  const seen = () => [...form.querySelectorAll(".cw-error")].some((p) => !p.hidden);
  const done = () => resolve({ ms: performance.now() - start, focus: document.activeElement.name || "" });
  new MutationObserver((_, observer) => { if (seen()) { observer.disconnect(); done(); } })
    .observe(form, { attributes: true, subtree: true, childList: true });
  setTimeout(() => resolve({ ms: Infinity, focus: "" }), 5000); // no message: fail, never hang
  form.requestSubmit();
})"""

VISIBLE_COPIES = """([sel, words]) => {
  const form = document.querySelector(sel);
  const walker = document.createTreeWalker(form, NodeFilter.SHOW_TEXT);
  let copies = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (node.textContent.includes(words) && el.checkVisibility() && !el.closest(".cw-visually-hidden")) copies++;
  }
  return copies;
}"""

FAKE_OLD_RESULT = """(sel) => { const f = document.querySelector(sel);
  const p = document.createElement("p"); p.className = "old"; p.textContent = "An old answer";
  f.querySelector(".cw-result").append(p); f.dataset.verdict = "accept"; f.dataset.score = "0"; }"""

BAD_INPUT = [  # (page, {field: value}, the field the message stands beside, its words)
    (
        "tools/request-checker/",
        {},
        "text",
        "Describe the invitation: paste it, or give at least their name",
    ),
    (
        "tools/request-checker/",
        {"name": "Sam Lee", "joined": "13/2022"},
        "joined",
        "must be a month, like 2024-03, Mar 2024 or 03/2024.",
    ),
    (
        "tools/request-checker/",
        {"name": "Sam Lee", "mutual_connections": "a few"},
        "mutual_connections",
        "must be a whole number, like 12.",
    ),
    (
        "tools/profile-scorer/",
        {"positions.0.title": "Analyst", "positions.0.start": "the spring of 2020"},
        "positions.0.start",
        "must be a month, like 2024-03",
    ),
    ("tools/note-drafter/", {"variant": "two"}, "variant", "must be a whole number"),
    (
        "tools/network-review/",
        {},
        "export_zip",
        "Choose LinkedIn's export ZIP, or the Connections.csv inside it.",
    ),
]


def fill_hidden(page, form: str, values: dict) -> None:
    """Type into fields wherever they are (a reader opens a fold first)."""
    for name, value in values.items():
        page.eval_on_selector(
            f"{form} [name='{name}']",
            "(el, v) => { const d = el.closest('details'); if (d) d.open = true; }",
            value,
        )
        page.fill(f"{form} [name='{name}']", value)
        page.eval_on_selector_all(
            f"{form} details.cw-fold", "ds => ds.forEach(d => d.open = false)"
        )


@pytest.mark.parametrize(
    ("path", "values", "field", "words"),
    BAD_INPUT,
    ids=["empty request", "bad month", "bad number", "bad start", "bad variant", "no file"],
)
@pytest.mark.parametrize("screen", SCREENS)
def test_a_bad_submit_answers_at_once_beside_its_field(
    site, browser, path, values, field, words, screen
):
    """With the worker blocked, an empty or malformed submit shows its message within 100 ms:
    once, on the field's own error line, with focus on the field (its fold opened), the old
    result and its headline figure gone, and Python's own words."""
    context = shipped(browser, SCREENS[screen])
    blocked(context)
    page = context.new_page()
    page.goto(site + path)
    form = form_of(path)
    fill_hidden(page, form, values)
    page.evaluate(FAKE_OLD_RESULT, form)
    timed = page.evaluate(SUBMIT_TIMED, form)
    assert timed["ms"] < 100, timed
    assert timed["focus"] == field
    line = page.eval_on_selector(
        f"{form} [name='{field}']",
        "el => document.getElementById(el.getAttribute('aria-describedby').split(' ').find(i => i.endsWith('-error'))).textContent",
    )
    assert words in line
    assert page.evaluate(VISIBLE_COPIES, [form, words]) == 1, "the message shows once"
    assert page.locator(f"{form} .cw-result .old").count() == 0
    headline = page.eval_on_selector(form, "f => [f.dataset.verdict, f.dataset.score]")
    assert headline == [None, None]
    assert page.eval_on_selector(form, "f => f.dataset.state") == "error"
    context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_error_reads_in_light_and_dark(site, browser, scheme):
    """The message beside the field has a readable color in both schemes (not the page's)."""
    context = shipped(browser, PHONE, scheme)
    blocked(context)
    page = context.new_page()
    page.goto(site + "tools/request-checker/")
    form = form_of("tools/request-checker/")
    page.evaluate(SUBMIT_TIMED, form)
    color, background = page.eval_on_selector(
        f"{form} .cw-error:not([hidden])",
        "el => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]",
    )
    assert color != background
    context.close()


LINKEDIN_MONTHS = ["Mar 2022", "March 2022", "03/2022", "2022", "marzo de 2022", "März 2022"]
LINKEDIN_MONTHS += ["févr. 2022", "giugno 2021", "outubro de 2020", "2022-03"]


def test_linkedins_month_forms_pass_the_browsers_check(site, browser):
    """Every month form LinkedIn writes passes the field's pattern; a 13th month does not."""
    context = shipped(browser, PHONE)
    blocked(context)
    page = context.new_page()
    page.goto(site + "tools/request-checker/")
    verdicts = page.eval_on_selector(
        f"{form_of('tools/request-checker/')} [name=joined]",
        """(el, values) => values.map((v) => { el.value = v; return el.validity.patternMismatch; })""",
        [*LINKEDIN_MONTHS, "2022-13", "13/2022"],
    )
    assert verdicts == [False] * len(LINKEDIN_MONTHS) + [True, True]
    context.close()


# -- with Python -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scorer_page(site, browser):
    """The profile scorer on a phone, Python up."""
    context = shipped(browser, PHONE)
    page = context.new_page()
    page.goto(site + "tools/profile-scorer/")
    page.locator(form_of("tools/profile-scorer/")).scroll_into_view_if_needed()
    yield page
    context.close()


def score(page, values: dict) -> str:
    form = form_of("tools/profile-scorer/")
    page.eval_on_selector(form, "f => { f.dataset.state = 'probe'; }")
    fill_hidden(page, form, values)
    page.click(f"{form} button[type=submit]")
    return wait_state(page, form, ("done", "error"), timeout=120_000)


@pytest.mark.parametrize("month", LINKEDIN_MONTHS)
def test_python_takes_linkedins_month_forms_then_a_bad_one_clears_the_result(scorer_page, month):
    """A position started "Mar 2022" (or any LinkedIn form) is scored; a bad date then shows
    its message and the score shown before is gone."""
    form = form_of("tools/profile-scorer/")
    values = {"headline": "Data engineer", "positions.0.title": "Analyst"}
    assert score(scorer_page, {**values, "positions.0.start": month}) == "done"
    assert scorer_page.eval_on_selector(form, "f => f.dataset.score") is not None
    assert score(scorer_page, {"positions.0.start": "the spring of 2020"}) == "error"
    assert scorer_page.eval_on_selector(form, "f => f.dataset.score") is None
    assert scorer_page.eval_on_selector(f"{form} .cw-result", "r => r.children.length") == 0


def test_a_loaded_export_fills_the_form_and_says_what_was_read(scorer_page):
    """After the export ZIP is scored, the fields left empty show what it said, and the
    result names them."""
    form = form_of("tools/profile-scorer/")
    scorer_page.reload()
    members = {
        n: (SAMPLES / n).read_bytes() for n in ("Profile.csv", "Positions.csv", "Skills.csv")
    }
    scorer_page.set_input_files(
        f"{form} input[name=export_zip]",
        {"name": "export.zip", "mimeType": "application/zip", "buffer": zipped(members)},
    )
    assert score(scorer_page, {}) == "done"
    headline = scorer_page.input_value(f"{form} [name=headline]")
    assert headline.startswith("Staff Data Engineer")
    assert scorer_page.is_visible(f"{form} [name=headline]"), "its fold opened"
    assert "Headline" in scorer_page.inner_text(f"{form} .cw-filled")


FAKE_RECRUITER = {
    "name": "Angela Moore",
    "message": "Hi, I came across your profile and have a remote role paying $35 per hour. "
    "Text me on WhatsApp.",
}


def test_rule_codes_sit_behind_details_and_a_tap_leaves_no_accent(site, browser):
    """A signal's rule code and weight show only after "Details"; the submit button, tapped,
    keeps its own color (the accent is for keyboard focus)."""
    context = shipped(browser, PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(site + "tools/request-checker/")
    form = form_of("tools/request-checker/")
    button = page.locator(f"{form} button[type=submit]")
    before = button.evaluate("b => getComputedStyle(b).backgroundColor")
    fill_hidden(page, form, FAKE_RECRUITER)
    button.tap()
    assert wait_state(page, form, ("done", "error"), timeout=120_000) == "done"
    assert button.evaluate("b => b.matches(':focus') && !b.matches(':focus-visible')")
    assert button.evaluate("b => getComputedStyle(b).backgroundColor") == before
    meta = page.locator(f"{form} .cw-signal-meta").first
    assert not meta.is_visible()
    page.locator(f"{form} .cw-signal-details > summary").first.click()
    assert meta.is_visible() and meta.inner_text().startswith("Rule RQ")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus: the accent ring shows
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    context.close()


def _invitations(notes: list[tuple[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["From", "To", "Sent At", "Message", "Direction"])
    for name, note in notes:
        writer.writerow([name, "Me Myself", "11/20/26, 9:00 AM", note, "INCOMING"])
    return out.getvalue().encode()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_review_speaks_with_the_checkers_voice_in_cards_on_a_phone(site, browser, scheme):
    """The triage shows the checker's verdict words, summary and quoted evidence (never a
    rule's example phrases); its tables become cards on a phone with no word broken."""
    notes = [
        ("Angela Moore", FAKE_RECRUITER["message"]),
        ("Kai Castellano", "Hi, I came across your profile and would like to connect."),
    ]
    context = shipped(browser, PHONE, scheme)
    page = context.new_page()
    page.goto(site + "tools/network-review/")
    form = form_of("tools/network-review/")
    page.set_input_files(f"{form} input[name=connections_csv]", str(SAMPLES / "Connections.csv"))
    page.set_input_files(
        f"{form} input[name=invitations_csv]",
        {"name": "Invitations.csv", "mimeType": "text/csv", "buffer": _invitations(notes)},
    )
    page.click(f"{form} button[type=submit]")
    assert wait_state(page, form, ("done", "error"), timeout=120_000) == "done"
    for name, note in notes:
        checked = check_request({"name": name, "message": note}, today="2026-11-25")
        entry = page.locator(f"{form} .cw-invitation", has_text=name)
        shown = entry.inner_text()
        assert entry.get_attribute("data-invitation") == checked["verdict"]
        assert checked["summary"] in shown
        for signal in checked["signals"]:
            if signal["evidence"]:
                assert signal["evidence"] in shown
        assert "impressive profile" not in shown  # the rule's example, not in the note
    cells = page.eval_on_selector_all(
        f"{form} .cw-network td",
        """tds => tds.filter((td) => td.checkVisibility()).map((td) => ({
             display: getComputedStyle(td).display, over: td.scrollWidth - td.clientWidth,
             breaks: getComputedStyle(td).wordBreak + "/" + getComputedStyle(td).overflowWrap }))""",
    )
    assert cells, "the review shows tables"
    assert all(c["display"] == "block" for c in cells)
    assert all(c["over"] <= 1 and c["breaks"] == "normal/normal" for c in cells), cells
    context.close()


def test_the_back_to_top_pill_never_covers_the_drafts_heading(site, browser):
    """Jumping to the drafts leaves their heading below the header and the back-to-top pill."""
    context = shipped(browser, PHONE)
    page = context.new_page()
    page.goto(site + "tools/note-drafter/")
    form = form_of("tools/note-drafter/")
    fill_hidden(page, form, {"name": "Ana Lee", "detail": "your talk on data contracts"})
    page.click(f"{form} button[type=submit]")
    assert wait_state(page, form, ("done", "error"), timeout=120_000) == "done"
    heading = page.locator(f"{form} .cw-result h3").first
    heading.evaluate("h => h.scrollIntoView()")
    page.eval_on_selector(
        ".md-top", "t => { t.hidden = false; t.classList.remove('md-top--hidden'); }"
    )
    page.wait_for_timeout(600)  # the pill's transition
    pill = page.locator(".md-top").bounding_box()
    box = heading.bounding_box()
    assert box["y"] >= pill["y"] + pill["height"], (box, pill)
    context.close()


def test_the_home_pages_answer_link_opens_the_checker(site, browser):
    """The home page's "Answer a request now" goes to the request checker."""
    context = shipped(browser, PHONE)
    page = context.new_page()
    page.goto(site)
    page.click("a:has-text('Answer a request now')")
    page.wait_for_url("**/tools/request-checker/")
    page.wait_for_selector(form_of("tools/request-checker/"))  # instant navigation swaps it in
    assert page.locator(form_of("tools/request-checker/")).count() == 1
    context.close()


def test_a_fold_opens_from_the_keyboard(site, browser):
    """Tab reaches a fold's summary and Enter opens it: its fields are then reachable."""
    context = shipped(browser, LAPTOP)
    blocked(context)
    page = context.new_page()
    page.goto(site + "tools/request-checker/")
    form = form_of("tools/request-checker/")
    page.focus(f"{form} button[type=submit]")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "name"
    context.close()
