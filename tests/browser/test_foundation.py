"""The foundation end to end: the built site, its worker and Pyodide, in Chromium."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from connectwisely import lint_note

from .conftest import wait_state, worker_caller

pytestmark = pytest.mark.browser
LINTER = 'form[data-widget="note-lint"]'
CASES = json.loads((Path(__file__).parents[1] / "cases" / "notes.json").read_text())["lint"]


def test_linter_answers_in_the_page(page, site):
    """Typing a note and pressing the submit button shows the checks and ends in 'done'."""
    page.goto(site + "tools/note-drafter/")
    page.fill(f"{LINTER} textarea[name=message]", "Hi, I'd like to join your LinkedIn network.")
    page.click(f"{LINTER} button[type=submit]")
    assert wait_state(page, LINTER, ("done", "error")) == "done"
    failed = page.eval_on_selector_all(f"{LINTER} .cw-fail", "els => els.map(e => e.dataset.check)")
    assert "LN003" in failed
    assert "join your LinkedIn network" not in page.inner_text(f"{LINTER} .cw-result")


def test_a_page_built_without_the_runtime_says_so(page, site, requests_seen):
    """Without <meta name="connectwisely">, the script runs to the end: the form says the runtime
    is missing (at once and on submit), no Python is fetched and no script error is thrown."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    url = site + "tools/note-drafter/"

    def without_meta(route):
        response = route.fetch()
        # a page built without the runtime has neither its address nor its preload links
        html = re.sub(
            r'<meta name="connectwisely"[^>]*>|<link rel="(?:module)?preload"[^>]*>',
            "",
            response.text(),
        )
        assert html != response.text(), "the tool page no longer carries the meta this test removes"
        route.fulfill(response=response, body=html)

    page.route(url, without_meta)
    page.goto(url)
    assert wait_state(page, LINTER, ("error",), timeout=10_000) == "error"
    missing = "This page was built without the tools' runtime."
    assert page.inner_text(f"{LINTER} .cw-status") == missing
    page.fill(f"{LINTER} textarea[name=message]", "Hi Ana - loved your talk at PyCon.")
    assert page.inner_text(f"{LINTER} output[data-count-for=message]") == "34 / 200"
    page.click(f"{LINTER} button[type=submit]")
    page.wait_for_selector(f"{LINTER} .cw-form-error:not([hidden])")
    assert page.inner_text(f"{LINTER} .cw-form-error") == missing
    assert errors == []
    assert not [
        u
        for u in requests_seen
        if "pyodide" in u or u.endswith((".whl", ".whl.gz", ".zip.gz", "worker.js"))
    ]


def test_state_moves_from_idle_to_ready(page, site):
    """The form starts idle or loading, then reaches 'ready' without any submit."""
    page.goto(site + "tools/note-drafter/")
    assert page.eval_on_selector(LINTER, "f => f.dataset.state") in ("idle", "loading")
    assert wait_state(page, LINTER, ("ready",)) == "ready"


def test_live_count_counts_utf16_units(page, site):
    """The live count counts an emoji as two, as LinkedIn's box does, before Python is involved."""
    page.goto(site + "tools/note-drafter/")
    page.fill(f"{LINTER} textarea[name=message]", "Hi 👋")
    assert page.inner_text(f"{LINTER} output[data-count-for=message]") == "5 / 200"
    page.check(f"{LINTER} input[name=limit][value='300']")
    assert page.inner_text(f"{LINTER} output[data-count-for=message]") == "5 / 300"


def test_hostile_html_stays_inert(page, site):
    """An <img onerror> typed into the note runs nothing and adds no element to the page."""
    page.goto(site + "tools/note-drafter/")
    hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    page.fill(f"{LINTER} textarea[name=message]", hostile)
    page.click(f"{LINTER} button[type=submit]")
    assert wait_state(page, LINTER, ("done", "error")) == "done"
    assert page.evaluate("window.__xss") is None
    assert page.locator(f"{LINTER} img, {LINTER} .cw-result script").count() == 0
    assert page.input_value(f"{LINTER} textarea[name=message]") == hostile


def test_no_request_leaves_the_site(page, site, requests_seen):
    """Every page and the running tool ask only 127.0.0.1 for anything."""
    for path in ("", "guide/", "faq/", "tools/note-drafter/"):
        page.goto(site + path)
        page.wait_for_load_state("networkidle")
    page.fill(f"{LINTER} textarea[name=message]", "Hello there")
    page.click(f"{LINTER} button[type=submit]")
    wait_state(page, LINTER, ("done",))
    outside = [
        url for url in requests_seen if not url.startswith(site) and not url.startswith("data:")
    ]
    assert requests_seen and not outside


@pytest.mark.parametrize("path", ["", "faq/"])
def test_guide_page_fetches_no_python(page, site, requests_seen, path):
    """A page without a tool, or with one embedded in the guide (the FAQ's checker, scrolled
    into view), downloads neither the Pyodide runtime nor the wheel until the tool is used."""
    page.goto(site + path)
    page.wait_for_load_state("networkidle")
    for form in page.locator("form[data-widget]").all():
        form.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    python = [u for u in requests_seen if "/pyodide/" in u or u.endswith((".whl", ".whl.gz"))]
    assert requests_seen and python == []


def test_instant_navigation_keeps_the_worker(context, page, site):
    """Leaving the tool page through a link and coming back boots Python once, not twice."""
    booted = []  # the offline cache's own copies (fetched by the service worker) do not count
    context.on(
        "request",
        lambda r: (
            booted.append(r.url)
            if r.url.endswith("pyodide.asm.wasm.gz") and r.service_worker is None
            else None
        ),
    )
    page.goto(site + "tools/note-drafter/")
    wait_state(page, LINTER, ("ready",))
    # the worker downloads the gzipped wasm once (no preload asks for it besides)
    first_load = len(booted)
    assert first_load == 1
    page.click("a.md-tabs__link[href$='/faq/']")
    page.wait_for_url("**/faq/")
    page.click("a.md-tabs__link[href$='/tools/']")
    page.wait_for_url("**/tools/")
    page.click("article a[href$='note-drafter/']")
    page.wait_for_url("**/tools/note-drafter/")
    assert wait_state(page, LINTER, ("ready",)) == "ready"
    assert page.evaluate("document.documentElement.dataset.cwBoots") == "1"
    assert len(booted) == first_load


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_lint_cases_agree_with_cpython(pyodide_page, case):
    """Each lint case gives the very same result inside Pyodide as in CPython."""
    reply = pyodide_page("lint_note", {"text": case["text"], "limit": case["limit"]})
    assert reply["ok"], reply
    assert reply["result"] == lint_note(case["text"], limit=case["limit"])
    assert reply["result"]["fits"] is case["fits"]


def test_a_crashed_worker_is_restarted_and_says_so(page, site):
    """When the worker dies, the form says so; the next submit boots a new one and answers."""
    page.goto(site + "tools/note-drafter/")
    wait_state(page, LINTER, ("ready",))
    (worker,) = [w for w in page.workers if w.url.endswith("worker.js")]
    worker.evaluate("setTimeout(() => { throw new Error('simulated crash'); }, 0)")
    assert wait_state(page, LINTER, ("error",)) == "error"
    assert "restart" in page.inner_text(f"{LINTER} .cw-status")
    page.fill(f"{LINTER} textarea[name=message]", "Hi Ana - loved your talk at PyCon.")
    page.click(f"{LINTER} button[type=submit]")
    assert wait_state(page, LINTER, ("done",)) == "done"
    assert page.evaluate("document.documentElement.dataset.cwBoots") == "2"


def test_a_failed_call_leaves_the_worker_answering(pyodide_page):
    """An InputError and an unknown call come back as replies; the next call still works."""
    assert pyodide_page("lint_note", {"text": "x", "limit": 7})["error"]["field"] == "limit"
    assert pyodide_page("os.system", {})["ok"] is False
    assert pyodide_page("lint_note", {"text": "Hello"})["ok"] is True


_PATTERNS = """
async () => new Promise((resolve) => {
  const worker = window.__cwTest.worker;
  worker.addEventListener("message", (e) => { if (e.data.type === "patterns") resolve(e.data.report); });
  worker.postMessage({ type: "patterns" });
})
"""


def test_precompiled_patterns_are_what_the_runtime_compiles(page, site):
    """Every pattern the checker and the linter took from the wheel's precompiled table has the
    very opcodes, flags and groups this Pyodide's own re makes of it (the table is built by
    the build's Python, with the runtime's re sources)."""
    page.goto(site)
    call = worker_caller(page)
    request = {"headline": "CEO", "message": "Send me your WhatsApp number, 500 USD per day"}
    assert call("check_request", {"request": request})["ok"]
    assert call("lint_note", {"text": "Hi Ana, loved your talk at PyCon!"})["ok"]
    report = page.evaluate(_PATTERNS)
    assert report["table"] > 800 and report["built"] > 700, report
    assert report["differing"] == []
