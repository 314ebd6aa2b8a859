"""What a tool page downloads: the runtime once, the wasm gzipped, real bytes on the wire counted
by the worker as they arrive and shown in a download bar whose total is what the server sends;
nothing at all before the reader's first action when the browser asks to save data."""

from __future__ import annotations

import re
import urllib.error
import urllib.request

import pytest

from connectwisely import __version__
from connectwisely.sitebuild import runtime
from tests.support.served_site import ROOT, sent

from .conftest import wait_state

pytestmark = pytest.mark.browser
CHECKER = 'form[data-widget="request-check"]'
RUNTIME = ("/pyodide/", "/assets/py/")  # the runtime's folder, and the wheel's with the stdlib
WORKER_MODULES = (
    "/worker.js",
    "/worker-fetch.js",
    "/worker-bytecode.js",
    "/worker-post.js",
)  # worker.js imports the others

# Start the site's worker as the page does and keep every message until it is ready.
BOOT_MESSAGES = """async () => {
  const meta = document.querySelector('meta[name="connectwisely"]');
  const worker = new Worker(new URL("assets/connectwisely/worker.js", new URL(meta.dataset.root, location.href)),
                            { type: "module" });
  const messages = [];
  await new Promise((resolve, reject) => {
    worker.onmessage = (e) => {
      messages.push(e.data);
      if (e.data.type === "ready") setTimeout(resolve, 300); // the last counts arrive
      if (e.data.type === "failed") reject(new Error(e.data.message));
    };
    worker.postMessage({ type: "init", pyodide: new URL(meta.dataset.pyodide, location.href).href,
      wheel: new URL(meta.dataset.wheel, location.href).href, sizes: JSON.parse(meta.dataset.sizes),
      wire: JSON.parse(meta.dataset.wire), lock: JSON.parse(meta.dataset.lock) });
  });
  worker.terminate();
  return messages;
}"""

SAVE_DATA = """Object.defineProperty(navigator, "connection", {
  configurable: true, value: { saveData: true, effectiveType: "4g", downlink: 10, rtt: 50,
                               addEventListener() {}, removeEventListener() {} } });"""


def html(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        return response.read().decode()


def runtime_bytes(base: str) -> int:
    return sum(n for path, n in sent(base) if path.startswith(RUNTIME))


def test_the_site_serves_the_wasm_gzipped_and_preloads_nothing_the_worker_fetches(site):
    """pyodide.asm.wasm.gz is there and the raw binary is not; no page preloads a file the
    worker would fetch again (a page's preload is not the worker's): a tool page preloads only
    the two modules its runtime.js imports, which that import consumes; a guide page nothing."""
    folder = f"{site}{runtime.SITE_DIR}/"
    with urllib.request.urlopen(folder + "pyodide.asm.wasm.gz") as response:
        assert response.read(2) == b"\x1f\x8b"  # gzip's magic
        assert int(response.headers["Content-Length"]) < 4_000_000
        assert response.headers.get("Content-Encoding") is None  # sent as stored
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(folder + "pyodide.asm.wasm")
    for page in ("", "guide/why-connect/", "faq/"):
        assert "preload" not in html(site + page), page
    for page in ("tools/request-checker/", "tools/note-drafter/"):
        links = re.findall(r'<link rel="([\w-]*preload)" href="([^"]+)"', html(site + page))
        assert [rel for rel, _ in links] == ["modulepreload", "modulepreload"], page
        assert {href.rsplit("/", 1)[-1] for _, href in links} == {"config.js", "offline.js"}
        imports = (ROOT / "overrides/assets/connectwisely/runtime.js").read_text()
        assert all(f'from "./{href.rsplit("/", 1)[-1]}"' in imports for _, href in links)


def test_the_worker_reports_the_bytes_on_the_wire(browser, site):
    """Counts grow to the total; each runtime file is listed with the encoding it came in; the
    wasm's count is the gzipped file's bytes. (A guide page, no service worker: this worker's
    files come from the network, not from a copy another worker stored.)"""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    page.goto(site + "guide/why-connect/")
    messages = page.evaluate(BOOT_MESSAGES)
    context.close()
    counts = [m for m in messages if m["type"] == "download"]
    assert counts, "no download progress reported"
    loaded = [m["loaded"] for m in counts]
    assert loaded == sorted(loaded)
    last = counts[-1]
    assert last["loaded"] == last["total"] and 3_000_000 < last["total"] < 5_500_000
    files = {f["name"]: f for f in last["files"]}
    assert files["pyodide.asm.wasm"]["encoding"] == "identity"  # the .gz, sent as stored
    assert 3_000_000 < files["pyodide.asm.wasm"]["loaded"] < 4_000_000
    assert "pyodide-lock.json" not in files  # Pyodide gets a lock from init, naming no packages
    # the trimmed archive, compiled, then gzipped whole; so is the wheel
    assert files["python_stdlib.zip"]["encoding"] == "identity"
    assert 500_000 < files["python_stdlib.zip"]["loaded"] <= 1_000_000
    wheel = f"connectwisely-{__version__}-py3-none-any.whl"
    assert 200_000 < files[wheel]["loaded"] <= 500_000
    assert all(f["done"] for f in files.values())


def test_the_bar_counts_what_the_server_sends_and_says_how_long(context, page, site):
    """On a slow network the bar fills with real figures and a time left; its total is the
    runtime's bytes as the server counted them (within 5%); once ready it goes away."""
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": 1_000_000, "uploadThroughput": 1e6},
    )
    sent(site).clear()  # the tool starts while its page renders: count from the start
    page.goto(site + "tools/request-checker/", wait_until="domcontentloaded")
    status = page.inner_text(f"{CHECKER} .cw-status")
    assert re.fullmatch(
        r"Getting the tool ready: \d\.\d MB, once\. Nothing you enter leaves this page\.", status
    ), status
    assert "Python" not in status
    page.wait_for_function(
        """(sel) => /left/.test(document.querySelector(sel + ' .cw-download-figures')?.textContent)""",
        arg=CHECKER,
        timeout=60_000,
    )
    figures = page.inner_text(f"{CHECKER} .cw-download-figures")
    assert re.fullmatch(r"\d+\.\d of \d+\.\d MB, about \d+ (s|min) left", figures), figures
    total = page.eval_on_selector(f"{CHECKER} .cw-download progress", "p => p.max")
    assert page.eval_on_selector(CHECKER, "f => f.dataset.state") == "loading"
    assert wait_state(page, CHECKER, ("ready",), timeout=120_000) == "ready"
    assert page.is_hidden(f"{CHECKER} .cw-download")
    server = runtime_bytes(site)
    print(sent(site))
    assert abs(total - server) <= 0.05 * server, (total, server)
    assert server < 5_500_000


def test_saving_data_downloads_nothing_until_the_first_action(context, page, site):
    """With Save-Data on, a tool page fetches no runtime byte and says why; the reader's first
    action starts it, and the tool answers."""
    page.add_init_script(SAVE_DATA)
    sent(site).clear()
    page.goto(site + "tools/request-checker/")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)
    assert runtime_bytes(site) == 0
    assert page.eval_on_selector(CHECKER, "f => f.dataset.state") == "idle"
    status = page.inner_text(f"{CHECKER} .cw-status")
    assert "save data" in status and "nothing downloads until you start" in status, status
    page.click(f"{CHECKER} [name=message]")
    assert wait_state(page, CHECKER, ("ready",), timeout=120_000) == "ready"
    assert runtime_bytes(site) > 3_000_000


def test_the_head_starts_the_worker_and_each_runtime_file_comes_once(browser, site):
    """A tool page's head starts the worker (runtime.js adopts it: one boot, one worker); in a
    fresh private window every runtime file, the wasm asked for before init included, is sent
    once, and the tool gets ready."""
    context = browser.new_context()
    page = context.new_page()
    sent(site).clear()
    page.goto(site + "tools/request-checker/")
    assert wait_state(page, CHECKER, ("ready",), timeout=120_000) == "ready"
    assert page.evaluate("window.cwWorker") is None  # adopted
    assert page.evaluate("document.documentElement.dataset.cwBoots") == "1"
    paths = [path for path, _ in sent(site)]
    context.close()
    fetched = [p for p in paths if p.startswith(RUNTIME) or p.endswith(WORKER_MODULES)]
    names = sorted(p.rsplit("/", 1)[-1] for p in fetched)
    assert names == sorted(
        [
            *runtime.SITE_FILES,
            runtime.STDLIB + ".gz",
            *(name.lstrip("/") for name in WORKER_MODULES),
            f"connectwisely-{__version__}-py3-none-any.whl.gz",
        ]
    ), names


def test_a_runtime_that_fails_before_the_page_listens_is_still_reported(browser, site):
    """The head's worker boots before the page script listens. When the host cannot send the
    runtime (its wasm answered 404 at once), the worker fails first; the page still hears of it
    and says so, instead of loading forever."""
    context = browser.new_context()
    context.route("**/pyodide.asm.wasm.gz", lambda route: route.fulfill(status=404, body="gone"))
    page = context.new_page()
    page.goto(site + "tools/request-checker/")
    assert wait_state(page, CHECKER, ("error", "ready"), timeout=60_000) == "error"
    assert "Python could not start" in page.inner_text(f"{CHECKER} .cw-status")
    context.close()


READY_AT = """window.cwReadyAt = null;
new MutationObserver(() => {
  const form = document.querySelector("form[data-widget]");
  if (form && form.dataset.state === "ready" && window.cwReadyAt === null) window.cwReadyAt = performance.now();
}).observe(document, { attributes: true, attributeFilter: ["data-state"], subtree: true });"""
INDEX_ASKED = """() => performance.getEntriesByType("resource")
  .filter((e) => e.name.endsWith("/search/search_index.json")).map((e) => e.startTime)"""


def search_results(page, query: str) -> int:
    page.keyboard.press("/")
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=30_000)
    return page.locator(".md-search-result__item").count()


def test_a_tool_page_asks_for_the_search_index_once_its_tool_is_ready(browser, site):
    """Material's search builds its index at once, beside Python's start: a tool page's request
    for it waits until the tool is ready (the worker says so a moment before the form does),
    then search works as on any page. A guide page asks for it at once."""
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(READY_AT)
    page.goto(site + "tools/request-checker/")
    assert wait_state(page, CHECKER, ("ready",), timeout=120_000) == "ready"
    page.wait_for_function(f"() => ({INDEX_ASKED})().length > 0", timeout=30_000)
    (asked,) = page.evaluate(INDEX_ASKED)
    assert asked > page.evaluate("window.cwReadyAt") - 100  # the worker's ready message
    assert search_results(page, "scam") > 0
    page.goto(site + "guide/")  # a new document: its search starts at once
    page.wait_for_function(f"() => ({INDEX_ASKED})().length > 0", timeout=30_000)
    assert (
        page.evaluate(INDEX_ASKED)[0]
        < page.evaluate("performance.timing.domContentLoadedEventEnd - performance.timeOrigin")
        + 1000
    )
    context.close()


def test_search_answers_a_reader_who_goes_there_before_the_tool_is_ready(browser, site):
    """The held request for the index goes out as soon as the reader goes to the search field:
    with the tools' package never arriving (the tool never gets ready), search still answers."""
    context = browser.new_context()
    context.route("**/*.whl.gz", lambda route: None)  # never answered
    page = context.new_page()
    page.goto(site + "tools/request-checker/")
    page.wait_for_timeout(500)
    assert page.evaluate(INDEX_ASKED) == []  # held
    assert search_results(page, "scam") > 0
    assert page.get_attribute(CHECKER, "data-state") != "ready"
    context.close()
