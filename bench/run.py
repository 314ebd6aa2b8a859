"""Speed and size of the built site, measured in Chromium: ``nox -s bench [-- --runs N]``.

Prints medians of several cold runs (a fresh browser context each: empty cache) with their
spread. Figures, not pass/fail: targets live in the issues, and the numbers in closing notes.

- ready: navigation to a tool's ``data-state="ready"``, against the floor — a bare
  ``loadPyodide()`` in a module worker served by the same server;
- click-to-result: submit to ``data-state="done"`` once ready;
- bytes: what a guide page and a tool page transfer, cold.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.support.served_site import CHROMIUM_ARGS, chromium_executable, served_site

BARE_PAGE = """<!doctype html><meta charset="utf-8"><title>bare</title>
<script type="module">
const worker = new Worker("./bench-bare-worker.js", { type: "module" });
worker.onmessage = () => { window.__bareReadyAt = performance.now(); };
</script>"""
BARE_WORKER = """import {{ loadPyodide }} from "./{pyodide}pyodide.mjs";
await loadPyodide({{ indexURL: new URL("./{pyodide}", import.meta.url).href }});
postMessage("ready");"""

# Records when any tool first reports a state, in page time (ms since navigation start).
WATCH_STATES = """
window.__cw = {};
new MutationObserver((records) => {
  for (const r of records) {
    const state = r.target.dataset && r.target.dataset.state;
    if (r.target.matches && r.target.matches("form[data-widget]") && state && !(state in window.__cw)) {
      window.__cw[state] = performance.now();
    }
  }
}).observe(document, { attributes: true, attributeFilter: ["data-state"], subtree: true });
"""


def spread(values: list[float], unit: str) -> str:
    med = statistics.median(values)
    return f"{med:8.0f} {unit}  (min {min(values):.0f}, max {max(values):.0f}, n={len(values)})"


def transferred(context) -> list[int]:
    sizes: list[int] = []

    def finished(request):
        try:
            s = request.sizes()
            sizes.append(s["responseBodySize"] + s["responseHeadersSize"])
        except Exception:  # a request that failed has no sizes
            pass

    context.on("requestfinished", finished)
    return sizes


def measure(browser, base: str, runs: int, tool_path: str, form: str, note: str) -> dict:
    out: dict[str, list[float]] = {
        k: [] for k in ("bare", "ready", "result", "guide_kb", "tool_kb")
    }
    for _ in range(runs):
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "bench-bare.html")
        page.wait_for_function("window.__bareReadyAt", timeout=120_000)
        out["bare"].append(page.evaluate("window.__bareReadyAt"))
        context.close()

        context = browser.new_context()
        sizes = transferred(context)
        page = context.new_page()
        page.goto(base)
        page.wait_for_load_state("networkidle")
        out["guide_kb"].append(sum(sizes) / 1024)
        context.close()

        context = browser.new_context()
        sizes = transferred(context)
        page = context.new_page()
        page.add_init_script(WATCH_STATES)
        page.goto(base + tool_path)
        page.wait_for_function("window.__cw && window.__cw.ready", timeout=120_000)
        out["ready"].append(page.evaluate("window.__cw.ready"))
        page.wait_for_load_state("networkidle")
        out["tool_kb"].append(sum(sizes) / 1024)
        page.fill(f"{form} textarea[name=message]", note)
        started = page.evaluate(
            f"() => {{ delete window.__cw.done; const t = performance.now();"
            f" document.querySelector('{form}').requestSubmit(); return t; }}"
        )
        page.wait_for_function("window.__cw.done", timeout=60_000)
        out["result"].append(page.evaluate("window.__cw.done") - started)
        context.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with served_site() as (base, site_dir):
        pyodide = next((site_dir / "pyodide").iterdir()).relative_to(site_dir).as_posix() + "/"
        (site_dir / "bench-bare.html").write_text(BARE_PAGE)
        (site_dir / "bench-bare-worker.js").write_text(BARE_WORKER.format(pyodide=pyodide))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
            print(f"Chromium {browser.version}, {args.runs} cold runs each, site at {base}")
            out = measure(
                browser,
                base,
                args.runs,
                "tools/note-drafter/",
                'form[data-widget="note-lint"]',
                "Hi Marco - your FOSDEM talk on reproducible builds was great; I maintain a similar toolchain.",
            )
            browser.close()
    ratio = statistics.median(out["ready"]) / statistics.median(out["bare"])
    print(f"bare loadPyodide() in a module worker  {spread(out['bare'], 'ms')}")
    print(f"navigation → tool ready (note linter)  {spread(out['ready'], 'ms')}")
    print(f"ready ÷ bare (median)                  {ratio:8.2f} ×")
    print(f"click → result (note linter)           {spread(out['result'], 'ms')}")
    print(f"bytes, guide page (home), cold         {spread(out['guide_kb'], 'KiB')}")
    print(f"bytes, tool page (note drafter), cold  {spread(out['tool_kb'], 'KiB')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
