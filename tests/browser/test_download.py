"""What a tool page downloads: the runtime preloaded while the page renders, real bytes on the
wire reported by the worker as they arrive, a download bar in the form, the trimmed stdlib."""

from __future__ import annotations

import re
import urllib.request

import pytest

from .conftest import wait_state

pytestmark = pytest.mark.browser
CHECKER = 'form[data-widget="request-check"]'

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
      wheel: new URL(meta.dataset.wheel, location.href).href, sizes: JSON.parse(meta.dataset.sizes) });
  });
  worker.terminate();
  return messages;
}"""


def html(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        return response.read().decode()


def test_tool_pages_preload_the_runtime_and_other_pages_do_not(site):
    """Module scripts as modulepreload, the rest as fetch; CORS mode like the worker's requests."""
    tool = html(site + "tools/request-checker/")
    links = re.findall(r"<link rel=\"(modulepreload|preload)\" href=\"([^\"]+)\"([^>]*)>", tool)
    by_file = {href.rsplit("/", 1)[-1]: (rel, rest) for rel, href, rest in links}
    assert by_file["pyodide.mjs"][0] == by_file["pyodide.asm.mjs"][0] == "modulepreload"
    for name in ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        rel, rest = by_file[name]
        assert rel == "preload" and 'as="fetch"' in rest and "crossorigin" in rest
    assert any(name.endswith(".whl") for name in by_file)
    for _, href, _ in links:  # each one is a file the site has
        with urllib.request.urlopen(href if href.startswith("http") else site + href.lstrip("/")):
            pass
    for page in ("", "guide/why-connect/", "faq/"):
        assert "preload" not in html(site + page), page


def test_the_worker_reports_the_bytes_on_the_wire(page, site):
    """Counts grow to the total; each runtime file is listed with the encoding it came in."""
    page.goto(site + "tools/request-checker/")
    messages = page.evaluate(BOOT_MESSAGES)
    counts = [m for m in messages if m["type"] == "download"]
    assert counts, "no download progress reported"
    loaded = [m["loaded"] for m in counts]
    assert loaded == sorted(loaded)
    last = counts[-1]
    assert last["loaded"] == last["total"] > 5_000_000
    files = {f["name"]: f for f in last["files"]}
    assert files["pyodide.asm.wasm"]["encoding"] == "identity"  # raw unless the host gzips it
    assert files["pyodide.asm.wasm"]["loaded"] > 9_000_000
    assert files["pyodide-lock.json"]["encoding"] == "gzip"
    assert files["python_stdlib.zip"]["loaded"] <= 1_000_000  # the trimmed archive, deflated
    assert all(f["done"] for f in files.values())


def test_the_form_shows_a_download_bar_while_python_loads(context, page, site):
    """On a slow network the bar fills with real figures; once ready it goes away."""
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": 4_000_000, "uploadThroughput": 1e6},
    )
    # the preloaded runtime holds the load event back: wait only for the document
    page.goto(site + "tools/request-checker/", wait_until="domcontentloaded")
    page.wait_for_function(
        """(sel) => { const p = document.querySelector(sel + ' .cw-download progress');
                      return p && p.hasAttribute('value') && p.value > 0 && p.value < p.max; }""",
        arg=CHECKER,
        timeout=60_000,
    )
    figures = page.inner_text(f"{CHECKER} .cw-download-figures")
    assert re.fullmatch(r"\d+\.\d of \d+\.\d MB", figures), figures
    assert page.eval_on_selector(CHECKER, "f => f.dataset.state") == "loading"
    assert wait_state(page, CHECKER, ("ready",), timeout=120_000) == "ready"
    assert page.is_hidden(f"{CHECKER} .cw-download")
