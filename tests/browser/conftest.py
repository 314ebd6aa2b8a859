"""The browser rig: build the site once with a matching SITE_URL, serve it on a free port of
127.0.0.1, and drive Chromium through Playwright.

Chromium: ``$CONNECTWISELY_CHROMIUM`` if set, else Debian's ``/usr/bin/chromium`` when present,
else Playwright's own build (``playwright install chromium`` on a machine with internet).
"""

from __future__ import annotations

import json
import os

import pytest

from tests.support.served_site import CHROMIUM_ARGS, chromium_executable, served_site


@pytest.fixture(scope="session")
def site() -> str:
    """The base URL of the freshly built site, served on 127.0.0.1 for the whole session."""
    with served_site() as (base, _):
        yield base


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    args = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
    executable = chromium_executable()
    if executable:
        args["executable_path"] = executable
    return args


@pytest.fixture
def requests_seen(context):
    """Every URL the browser context asks for (pages, workers and all), in order."""
    seen: list[str] = []
    context.on("request", lambda request: seen.append(request.url))
    return seen


def wait_state(page, form_selector: str, states: tuple[str, ...], timeout: float = 60_000) -> str:
    """Wait until the form's data-state is one of ``states`` and return it."""
    page.wait_for_function(
        "([sel, states]) => { const f = document.querySelector(sel); return f && states.includes(f.dataset.state); }",
        arg=[form_selector, list(states)],
        timeout=timeout,
    )
    return page.eval_on_selector(form_selector, "f => f.dataset.state")


_WORKER_CALL = """
async ([name, payload]) => {
  if (!window.__cwTest) {
    const meta = document.querySelector('meta[name="connectwisely"]');
    const worker = new Worker(new URL("assets/connectwisely/worker.js", new URL(meta.dataset.root, location.href)),
                              { type: "module" });
    const waiting = new Map();
    let next = 1;
    const ready = new Promise((resolve, reject) => {
      worker.onmessage = (event) => {
        const m = event.data;
        if (m.type === "ready") resolve();
        else if (m.type === "failed") reject(new Error(m.message));
        else if (m.type === "result") { waiting.get(m.id)(m.reply); waiting.delete(m.id); }
      };
    });
    worker.postMessage({ type: "init",
      pyodide: new URL(meta.dataset.pyodide, location.href).href,
      wheel: new URL(meta.dataset.wheel, location.href).href,
      wire: JSON.parse(meta.dataset.wire), lock: JSON.parse(meta.dataset.lock) });  // which files come gzipped
    window.__cwTest = { worker, waiting, ready, next: () => next++ };
  }
  const t = window.__cwTest;
  await t.ready;
  const id = t.next();
  return await new Promise((resolve) => {
    t.waiting.set(id, resolve);
    t.worker.postMessage({ type: "call", id, call: name, payload: JSON.stringify(payload) });
  });
}
"""


def worker_caller(page):
    """``call(name, payload)`` answered by the site's own worker, started in ``page``."""

    def call(name: str, payload: dict) -> dict:
        return page.evaluate(_WORKER_CALL, [name, json.loads(json.dumps(payload))])

    return call


_STDLIB_MODULES = """
async () => {
  if (!window.__cwTest) return [];
  const worker = window.__cwTest.worker;
  return await new Promise((resolve) => {
    worker.addEventListener("message", (e) => { if (e.data.type === "stdlib") resolve(e.data.modules); });
    worker.postMessage({ type: "stdlib" });
  });
}
"""


@pytest.fixture(scope="module")
def pyodide_page(site, browser):
    """A page whose own copy of the site's worker answers API calls: ``call(name, payload)``.

    With ``$CONNECTWISELY_TRACE_STDLIB`` set to a file, the standard-library modules the worker
    imported are added to it at the end (``nox -s stdlib`` traces the case tables this way).
    """
    context = browser.new_context()
    page = context.new_page()
    page.goto(site)
    yield worker_caller(page)
    trace = os.environ.get("CONNECTWISELY_TRACE_STDLIB")
    if trace:
        with open(trace, "a", encoding="utf-8") as out:
            out.writelines(f"{name}\n" for name in page.evaluate(_STDLIB_MODULES))
    context.close()


def pytest_collection_modifyitems(config, items):
    """When tracing the standard library, run only the tests that call the worker directly."""
    if os.environ.get("CONNECTWISELY_TRACE_STDLIB"):
        items[:] = [item for item in items if "pyodide_page" in getattr(item, "fixturenames", ())]


@pytest.fixture(scope="session")
def all_pages(site) -> list[str]:
    """Every page of the built site, from its sitemap (the 404 page included)."""
    import re
    import urllib.request

    with urllib.request.urlopen(site + "sitemap.xml") as response:
        xml = response.read().decode()
    return [*re.findall(r"<loc>([^<]+)</loc>", xml), site + "404.html"]


WATCH_CSP = """
window.__csp = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
"""


# The forms fold their optional sections in closed <details> (issue 30). Tests of what a tool
# answers fill those fields directly, as a reader who opened them would, so the rig opens every
# fold as a page loads; the tests of the page as shipped (test_phone.py) ask for `shipped_folds`.
OPEN_FOLDS = """
(() => {
  const open = () => { for (const d of document.querySelectorAll("details.cw-fold:not([open])")) d.open = true; };
  new MutationObserver(open).observe(document, { childList: true, subtree: true });
})();
"""
_FOLDS = {"open": True}


@pytest.fixture(scope="session", autouse=True)
def _folds_open_for_filling():
    """Every browser context and page the tests make opens the forms' folds on load."""
    from playwright.sync_api import Browser

    new_context, new_page = Browser.new_context, Browser.new_page

    def opened_context(self, *args, **kwargs):
        made = new_context(self, *args, **kwargs)
        if _FOLDS["open"]:
            made.add_init_script(OPEN_FOLDS)
        return made

    def opened_page(self, *args, **kwargs):
        made = new_page(self, *args, **kwargs)
        if _FOLDS["open"]:
            made.add_init_script(OPEN_FOLDS)
        return made

    Browser.new_context, Browser.new_page = opened_context, opened_page
    yield
    Browser.new_context, Browser.new_page = new_context, new_page


@pytest.fixture
def shipped_folds():
    """The folds stay as shipped (closed) in the contexts this test makes."""
    _FOLDS["open"] = False
    yield
    _FOLDS["open"] = True
