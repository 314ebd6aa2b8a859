"""Offline after the first visit: the service worker keeps pages, Pyodide and the wheel.

One online visit to one tool page; then, with the network off, every tool page of the site and
every tool on it is used with real input, a guide page never visited renders from the precache,
and a page the site does not have gets the site's own 404 page.
"""

from __future__ import annotations

import base64
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from connectwisely import draft_notes, lint_note, review_network, score_profile
from connectwisely.export.profile import merged, read_uploads
from tests.support.served_site import served_site
from tests.support.stored_bytecode import wait_for_bytecode

from .conftest import wait_state
from .test_profile_scorer import EXPORT_FILES
from .test_request_checker import FAKE_RECRUITER

pytestmark = pytest.mark.browser
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FIRST_VISIT = "tools/note-drafter/"
LINTER = 'form[data-widget="note-lint"]'

CACHED_WASM = """async () => {
  const wasm = document.querySelector('meta[name="connectwisely"]').dataset.pyodide + "pyodide.asm.wasm";
  const url = new URL(wasm, location.href).href;
  for (const key of await caches.keys()) {
    if (await (await caches.open(key)).match(url)) return true;
  }
  return false;
}"""

# The site's pages (the sitemap's and the 404 page), stored once a page is idle and its tool ready.
PAGES = r"""async () => {
  const root = new URL(document.querySelector('meta[name="connectwisely"]').dataset.root, location.href);
  const sitemap = await (await fetch(new URL("sitemap.xml", root))).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(new URL(m[1]).pathname, root).href)
    .concat([new URL("404.html", root).href]);
}"""
PAGES_NOT_YET_CACHED = f"""async () => {{
  const cache = await caches.open("connectwisely-" + document.querySelector('meta[name="connectwisely"]').dataset.cacheKey);
  const missing = [];
  for (const url of await ({PAGES})()) if (!(await cache.match(url, {{ ignoreSearch: true }}))) missing.push(url);
  return missing;
}}"""

# What a tool page needs offline and is not yet in this build's cache: the runtime, the wheel,
# the worker's modules and whatever the page itself loaded (its styles and scripts); and the
# site's pages, stored once the page is idle and its tool ready.
NOT_YET_CACHED = r"""async () => {
  const meta = document.querySelector('meta[name="connectwisely"]');
  const pyodide = new URL(meta.dataset.pyodide, location.href);
  const wanted = [
    // the wasm is downloaded gzipped and kept inflated, under its own name
    ...meta.dataset.runtimeFiles.split(" ").map((name) => new URL(name.replace(/\.gz$/, ""), pyodide).href),
    new URL(meta.dataset.wheel, location.href).href,
    ...["worker.js", "worker-fetch.js", "worker-bytecode.js", "worker-post.js"]
      .map((name) => new URL("assets/connectwisely/" + name, new URL(meta.dataset.root, location.href)).href),
    ...performance.getEntriesByType("resource").map((entry) => entry.name)
      .filter((url) => url.startsWith(location.origin) && !url.includes("/sw.js")),
    ...(await (__PAGES__)()),
  ];
  const cache = await caches.open("connectwisely-" + meta.dataset.cacheKey);
  const missing = [];
  for (const url of wanted) if (!(await cache.match(url, { ignoreSearch: true }))) missing.push(url);
  return missing;
}""".replace("__PAGES__", PAGES)

SERVICE_WORKER = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  return { scope: registration.scope, script: registration.active.scriptURL,
           caches: await caches.keys(),
           key: document.querySelector('meta[name="connectwisely"]').dataset.cacheKey };
}"""

CONTROLLED = "() => navigator.serviceWorker.controller !== null"


def until_empty(page, missing: str, seconds: float = 30) -> list:
    """What the ``missing`` script still lists, polled until it lists nothing or time is up
    (wait_for_function would take the script's promise itself for a truthy answer)."""
    deadline = time.monotonic() + seconds
    while (left := page.evaluate(missing)) and time.monotonic() < deadline:
        page.wait_for_timeout(250)
    return left


# ---------------------------------------------------------------------------------------------
# Each tool: how a reader fills it (a Path goes into a file input) and what its answer must show.


@dataclass(frozen=True)
class Use:
    fields: dict  # field name -> value
    headline: dict = field(default_factory=dict)  # the form's data-* once done
    shows: tuple[str, ...] = ()  # text in the form's .cw-result
    counts: dict = field(default_factory=dict)  # selector inside the form -> how many


HANNAH = {
    "name": "Hannah Becker",
    "relationship": "met-at-event",
    "detail": "the DevOpsDays Berlin hallway track",
    "purpose": "stay-in-touch",
}
PITCH = "Hi Ana - loved your talk at PyCon on typing. Book a demo of our typing linter: https://lint.example.com"
NETWORK = {"connections_csv": "Connections.csv", "invitations_csv": "Invitations.csv"}


def uses() -> dict[str, Use]:
    """Every tool of the site, by its form's data-widget; the answers CPython gives for them."""
    uploads = {
        f: {"name": n, "size": 0, "base64": base64.b64encode((SAMPLES / n).read_bytes()).decode()}
        for f, n in EXPORT_FILES.items()
    }
    profile = score_profile(merged(read_uploads(uploads), {"photo": True, "connections": 500}))
    drafts = [d["text"] for d in draft_notes({**HANNAH, "limit": 200})["drafts"]]
    lint = lint_note(PITCH, limit=200)
    network = review_network(**{f: (SAMPLES / n).read_text("utf-8") for f, n in NETWORK.items()})
    return {
        "request-check": Use(
            fields=FAKE_RECRUITER,
            headline={"verdict": "report"},
            shows=("Report / Block",),
            counts={"[data-signal=RQ001]": 1},
        ),
        "profile-score": Use(
            fields={
                **{f: SAMPLES / n for f, n in EXPORT_FILES.items()},
                "photo": True,
                "connections": "500+",
            },
            headline={"score": str(profile["score"])},
            shows=("Positions.csv (4 positions)", "1 recommendation is hidden"),
            counts={"table.cw-score-table tbody tr": len(profile["sections"])},
        ),
        "note-draft": Use(fields=HANNAH, shows=tuple(drafts), counts={"[data-draft]": len(drafts)}),
        "note-lint": Use(
            fields={"message": PITCH},
            shows=(f"{lint['length']} of 200 characters", lint["summary"]),
            counts={
                ".cw-ok": sum(c["ok"] for c in lint["checks"]),
                ".cw-fail": sum(not c["ok"] for c in lint["checks"]),
            },
        ),
        "network-review": Use(
            fields={f: SAMPLES / n for f, n in NETWORK.items()},
            headline={"total": str(network["total"])},
            shows=(
                f"{network['total']:,} connections",
                network["top_companies"][0][0],
                network["invitations"][0]["name"],
            ),
            counts={"li[data-invitation]": len(network["invitations"])},
        ),
    }


def fill(page, form: str, values: dict) -> None:
    """Fill the form as a reader would: type, pick, tick, choose files."""
    for name, value in values.items():
        selector = f"{form} [name='{name}']"
        if isinstance(value, Path):
            page.set_input_files(selector, str(value))
            continue
        kind = page.locator(selector).first.evaluate("el => el.type")
        if kind == "radio":
            page.check(f"{selector}[value='{value}']")
        elif kind == "checkbox":
            page.set_checked(selector, bool(value))
        elif kind.startswith("select"):
            page.select_option(selector, value)
        else:
            page.fill(selector, str(value))


def use(page, widget: str, how: Use) -> None:
    """Fill and submit one tool; it must finish with the answer CPython gives."""
    form = f'form[data-widget="{widget}"]'
    fill(page, form, how.fields)
    page.eval_on_selector(form, "f => { f.dataset.state = 'submitted-by-test'; }")
    page.click(f"{form} button[type=submit]")
    state = wait_state(page, form, ("done", "error"), timeout=120_000)
    assert state == "done", page.inner_text(f"{form} .cw-form-error")
    for key, value in how.headline.items():
        assert page.get_attribute(form, f"data-{key}") == value, (widget, key)
    result = page.inner_text(f"{form} .cw-result")
    for text in how.shows:
        assert text in result, (widget, text)
    for selector, count in how.counts.items():
        assert page.locator(f"{form} {selector}").count() == count, (widget, selector)


# ---------------------------------------------------------------------------------------------


def test_every_tool_works_offline_after_one_visit(browser, site, all_pages):
    """Visit one tool page once; offline, reload, then every tool page and tool still works, a
    guide page never visited renders, and a page the site lacks gets its 404 page."""
    table = uses()
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))

    # Caches of an older build and of another app on this origin, made before the first visit.
    page.goto(site + "sitemap.xml")
    page.evaluate(
        "() => Promise.all([caches.open('connectwisely-0ldbuild'), caches.open('other-app')])"
    )

    page.goto(site + FIRST_VISIT)
    wait_state(page, LINTER, ("ready",))
    page.wait_for_function(CONTROLLED, timeout=30_000)  # installed and activated
    assert until_empty(page, NOT_YET_CACHED) == []

    # The cache is named after this build's key, the worker is the site root's, older builds'
    # caches are gone and nobody else's is touched.
    worker = page.evaluate(SERVICE_WORKER)
    assert re.fullmatch(r"[0-9a-f]{12}", worker["key"])
    assert worker["scope"] == site
    assert worker["script"] == f"{site}sw.js?v={worker['key']}"
    assert sorted(worker["caches"]) == sorted([f"connectwisely-{worker['key']}", "other-app"])

    context.set_offline(True)
    page.reload()
    assert page.evaluate("navigator.serviceWorker.controller !== null")

    tool_pages = [url for url in all_pages if url.startswith(site + "tools/")]
    assert site + FIRST_VISIT in tool_pages
    used = []
    for url in tool_pages:
        response = page.goto(url)
        assert response.ok and response.from_service_worker, url
        for widget in page.eval_on_selector_all(
            "form[data-widget]", "forms => forms.map(f => f.dataset.widget)"
        ):
            assert widget in table, f"{widget} on {url} has no offline use in this test"
            use(page, widget, table[widget])
            used.append(widget)
    assert sorted(set(used)) == sorted(table)  # the note drafter is on two pages

    # A guide page never visited comes from the precache, styled.
    guide = next(
        url for url in all_pages if url.startswith(site + "guide/") and url != site + "guide/"
    )
    response = page.goto(guide)
    assert response.status == 200 and response.from_service_worker
    assert page.locator("article h1").inner_text().strip()
    assert page.title() != "Connect Wisely"
    assert page.eval_on_selector(".md-header", "h => getComputedStyle(h).position") == "sticky"

    # Every sitemap page is precached; a page the site does not have gets its 404 page (the
    # server, still up, would answer with its own bare error page: this is the cache's).
    response = page.goto(site + "guide/no-such-page/")
    assert response.status == 404 and response.from_service_worker
    assert page.locator("h1").inner_text() == "404 - Not found"
    assert page.eval_on_selector(".md-header", "h => getComputedStyle(h).position") == "sticky"

    assert errors == []
    context.close()


def test_guide_pages_register_no_python_in_the_cache(browser, site):
    """A visit to a guide page caches pages, never the Python runtime."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(site)
    page.wait_for_function("() => navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_timeout(1000)
    assert page.evaluate(CACHED_WASM) is False
    context.close()


@pytest.fixture(scope="module")
def project_site():
    """The site built for and served under a sub-path, as GitHub Pages serves a project site."""
    with served_site(path="connect-wisely/") as (base, _):
        yield base


def test_under_a_sub_path_the_worker_is_scoped_to_the_site(browser, project_site):
    """Under /connect-wisely/ the worker registers with that scope, and pages work offline."""
    assert project_site.endswith("/connect-wisely/")
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    page.goto(project_site + "guide/")
    page.wait_for_function(CONTROLLED, timeout=30_000)
    assert until_empty(page, PAGES_NOT_YET_CACHED) == []  # stored once the page is idle
    worker = page.evaluate(SERVICE_WORKER)
    assert worker["scope"] == project_site
    assert worker["script"] == f"{project_site}sw.js?v={worker['key']}"
    assert worker["caches"] == [f"connectwisely-{worker['key']}"]
    context.set_offline(True)
    response = page.goto(project_site + "tools/network-review/")
    assert response.ok and response.from_service_worker
    assert page.locator('form[data-widget="network-review"]').count() == 1
    response = page.goto(project_site + "no-such-page/")
    assert response.status == 404 and response.from_service_worker
    assert page.locator("h1").inner_text() == "404 - Not found"
    assert errors == []
    context.close()


def test_the_stdlib_arrives_compiled_and_a_later_visit_starts_from_the_tools_bytecode(
    browser, site
):
    """A first visit imports the standard library from the bytecode the build compiled (over a
    hundred modules) and the tools from their sources, each compiled once, not twice (the
    standard library's sitecustomize); afterwards the stored wheel gets its modules' bytecode
    (the standard library has none left to compile); the next visit imports the tools from it
    too, and the tool still answers."""
    context = browser.new_context()
    page = context.new_page()
    checker = 'form[data-widget="request-check"]'
    page.goto(site + "tools/request-checker/")
    wait_state(page, checker, ("ready",), timeout=120_000)
    first = int(page.evaluate("document.documentElement.dataset.cwBytecode"))
    assert first > 100
    assert int(page.evaluate("document.documentElement.dataset.cwCompiledOnce")) > 40
    stdlib, wheel = wait_for_bytecode(page)
    assert stdlib == 0 and wheel > 50
    page.reload()
    wait_state(page, checker, ("ready",), timeout=120_000)
    assert int(page.evaluate("document.documentElement.dataset.cwBytecode")) > first + 40
    page.fill(f"{checker} [name=message]", "Send me your WhatsApp number, I pay 500 USD per day")
    page.click(f"{checker} button[type=submit]")
    assert wait_state(page, checker, ("done", "error")) == "done"
    assert page.get_attribute(checker, "data-verdict") == "report"
    context.close()
