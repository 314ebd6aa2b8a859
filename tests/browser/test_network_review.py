"""The network review in the built site: generated files through the file inputs and the ZIP
drop zone, wrong / empty / binary files, the CSV download, and Pyodide agreeing with CPython."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import pytest

from connectwisely import review_network
from tests.support.generated_connections import ERAS, TODAY, generate

from .conftest import wait_state

pytestmark = pytest.mark.browser
FORM = 'form[data-widget="network-review"]'
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HAS_CHECKER = importlib.util.find_spec("connectwisely.checker.check") is not None
needs_checker = pytest.mark.skipif(not HAS_CHECKER, reason="the request checker has not landed")


@pytest.fixture(scope="module")
def review_page(site, browser):
    """One tool page for the module (Python boots once); each test submits into it."""
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(site + "tools/network-review/")
    page.locator(FORM).scroll_into_view_if_needed()  # Python starts when the tool is seen
    wait_state(page, FORM, ("ready",), timeout=120_000)
    yield page
    context.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Generated Connections.csv files of every era, with the generator's figures."""
    folder = tmp_path_factory.mktemp("connections")
    return {era: generate(folder, rows=1200, era=era, seed=21) for era in ERAS}


def choose(page, field: str, path: Path | None = None, *, name: str = "", data: bytes = b""):
    """Put a file in the form's file input ``field`` (a path, or a name and bytes)."""
    selector = f"{FORM} input[name={field}]"
    if path is not None:
        page.set_input_files(selector, str(path))
    elif name:
        mime = "application/zip" if name.endswith(".zip") else "text/csv"
        page.set_input_files(selector, {"name": name, "mimeType": mime, "buffer": data})
    else:
        page.set_input_files(selector, [])


def review(page) -> str:
    """Submit the form and wait for its answer; returns the final state."""
    page.eval_on_selector(FORM, "f => { f.dataset.state = 'submitted-by-test'; }")
    page.click(f"{FORM} button[type=submit]")
    return wait_state(page, FORM, ("done", "error"), timeout=60_000)


def clear(page):
    for field in (
        "export_zip",
        "connections_csv",
        "invitations_csv",
        "messages_csv",
        "earlier_csv",
    ):
        choose(page, field)
    for field in ("interests", "company", "today"):
        page.fill(f"{FORM} input[name={field}]", "")


@pytest.mark.parametrize("era", ERAS)
def test_a_generated_file_of_each_era_gives_its_total(review_page, files, era):
    """Connections.csv of each era through its file input: data-total is the generator's total."""
    path, truth = files[era]
    clear(review_page)
    choose(review_page, "connections_csv", path)
    assert review(review_page) == "done"
    assert review_page.eval_on_selector(FORM, "f => f.dataset.total") == str(truth["total"])
    result = review_page.inner_text(f"{FORM} .cw-result")
    assert f"{truth['total']:,} connections" in result
    assert truth["top_companies"][0][0] in result
    charts = review_page.eval_on_selector_all(
        f"{FORM} figure[data-chart]", "els => els.map(e => e.dataset.chart)"
    )
    assert charts == ["growth", "companies", "functions", "seniorities"]
    assert review_page.locator(f"{FORM} figure[data-chart] svg[role=img]").count() == 4
    assert review_page.locator(f"{FORM} figure[data-chart] table").count() == 4


def test_the_export_zip_gives_the_total(review_page, files):
    """The whole export ZIP in the drop zone's input: the total of its Connections.csv."""
    path, truth = files["2023"]
    clear(review_page)
    choose(
        review_page, "export_zip", name="Basic_LinkedInDataExport_11-25-2026.zip", data=_zip(path)
    )
    assert review(review_page) == "done"
    assert review_page.eval_on_selector(FORM, "f => f.dataset.total") == str(truth["total"])


def test_a_file_dropped_on_the_zone_is_reviewed(review_page, files):
    """Dropping the ZIP on the drop zone puts it in the input; the review then runs."""
    path, truth = files["excel"]
    clear(review_page)
    data = list(_zip(path))
    review_page.evaluate(
        """([selector, bytes]) => {
          const zone = document.querySelector(selector);
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(bytes)], "export.zip", { type: "application/zip" }));
          zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
          zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }""",
        [f"{FORM} [data-dropzone]", data],
    )
    assert (
        review_page.eval_on_selector(
            f"{FORM} input[name=export_zip]", "i => i.files.length && i.files[0].name"
        )
        == "export.zip"
    )
    assert review(review_page) == "done"
    assert review_page.eval_on_selector(FORM, "f => f.dataset.total") == str(truth["total"])


@pytest.mark.parametrize(
    ("field", "name", "data", "words"),
    [
        (
            "connections_csv",
            "Invitations.csv",
            (SAMPLES / "Invitations.csv").read_bytes(),
            "Invitations.csv looks like LinkedIn's Invitations.csv, not LinkedIn's Connections.csv: "
            "it goes in the network review's Invitations.csv box.",
        ),
        ("connections_csv", "Connections.csv", b"", "Connections.csv is empty"),
        (
            "connections_csv",
            "photo.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01",
            "photo.png is not a text file",
        ),
        ("export_zip", "export.zip", b"PK\x03\x04 broken", "export.zip is not a ZIP file"),
    ],
    ids=["wrong file", "empty file", "binary file", "broken zip"],
)
def test_a_bad_file_says_why_and_the_form_stays_usable(
    review_page, files, field, name, data, words
):
    """A wrong, empty or binary file: a clear message in the page; a good file then works."""
    clear(review_page)
    choose(review_page, field, name=name, data=data)
    assert review(review_page) == "error"
    assert words in review_page.inner_text(f"{FORM} .cw-form-error")
    assert review_page.get_attribute(f"{FORM} input[name={field}]", "aria-invalid") == "true"
    path, truth = files["2020"]
    clear(review_page)
    choose(review_page, "connections_csv", path)
    assert review(review_page) == "done"
    assert review_page.eval_on_selector(FORM, "f => f.dataset.total") == str(truth["total"])
    assert review_page.is_hidden(f"{FORM} .cw-form-error")


def test_nothing_chosen_asks_for_a_file(review_page):
    """Submitting with no file asks for the export ZIP or Connections.csv."""
    clear(review_page)
    assert review(review_page) == "error"
    assert "Choose LinkedIn's export ZIP" in review_page.inner_text(f"{FORM} .cw-form-error")


@needs_checker
def test_invitations_are_triaged_and_the_csv_downloads(review_page):
    """With Invitations.csv: verdict groups with reasons, sent ones to withdraw, a CSV download."""
    clear(review_page)
    choose(review_page, "connections_csv", SAMPLES / "Connections.csv")
    choose(review_page, "invitations_csv", SAMPLES / "Invitations.csv")
    assert review(review_page) == "done"
    text = review_page.inner_text(f"{FORM} .cw-result")
    assert "Invitations you received" in text and "Dagny Solberg" in text
    assert review_page.locator(f"{FORM} li[data-invitation]").count() == 5
    with review_page.expect_download() as caught:
        review_page.click(f"{FORM} button[data-filename='invitations-triage.csv']")
    download = caught.value
    assert download.suggested_filename == "invitations-triage.csv"
    content = Path(download.path()).read_text(encoding="utf-8")
    assert content.startswith("Direction,Name,Date,Verdict")
    assert content.count("received,") == 5


def test_the_review_inside_pyodide_agrees_with_cpython(pyodide_page, files):
    """The same generated file (and the sample invitations) give the same result in both."""
    path, truth = files["excel"]
    payload = {"connections_csv": path.read_text(encoding="utf-8"), "today": TODAY}
    if HAS_CHECKER:
        payload["invitations_csv"] = (SAMPLES / "Invitations.csv").read_text(encoding="utf-8")
    reply = pyodide_page("review_network", payload)
    assert reply["ok"], reply
    assert reply["result"] == review_network(**payload)
    assert reply["result"]["total"] == truth["total"]
    assert reply["result"]["recent_per_week"] == truth["recent_per_week"]


def _zip(connections: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(connections, "Basic_LinkedInDataExport_11-25-2026/Connections.csv")
        archive.write(SAMPLES / "Profile.csv", "Basic_LinkedInDataExport_11-25-2026/Profile.csv")
    return buffer.getvalue()
