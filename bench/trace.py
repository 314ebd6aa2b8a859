"""Where the time between a bare ``loadPyodide()`` and a ready tool goes, in Chromium:
``.nox/browser/bin/python bench/trace.py [--runs N] [--page tools/request-checker/]``.

Each run is a fresh private context on localhost. The page's own steps are taken in page time
(navigation start = 0): the document parsed, the worker created (a wrapped ``Worker``) and
``data-state="ready"``; the worker's steps from the ``cw:*`` performance marks worker.js sets,
moved to page time through both clocks' ``timeOrigin``. Medians of the runs, in ms; the bare
floor is the same worker-only page ``bench/run.py`` uses.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from run import write_bare  # noqa: E402
from tests.support.served_site import CHROMIUM_ARGS, chromium_executable, served_site  # noqa: E402
from tests.support.stored_bytecode import wait_for_bytecode  # noqa: E402

WATCH = """
window.__t = {};
const Real = window.Worker;
window.Worker = class extends Real {
  constructor(...args) {
    super(...args);
    // ours only (Material's search has a worker too)
    if (String((args[1] || {}).name || "").startsWith("connectwisely")) window.__t.worker = performance.now();
  }
};
new MutationObserver(() => {
  const f = document.querySelector("form[data-widget]");
  if (f && f.dataset.state === "ready" && !window.__t.ready) window.__t.ready = performance.now();
}).observe(document, { attributes: true, attributeFilter: ["data-state"], subtree: true });
document.addEventListener("DOMContentLoaded", () => { window.__t.parsed = performance.now(); });
"""
MARKS = """() => [performance.timeOrigin,
  performance.getEntriesByType("mark").filter((m) => m.name.startsWith("cw:")).map((m) => [m.name, m.startTime])]"""
STEPS = (
    ("parsed", "document parsed"),
    ("worker", "worker created (by the page's head)"),
    ("cw:started", "worker.js and its modules evaluated"),
    ("cw:boot", "init arrives, boot starts"),
    ("cw:arrived:pyodide.asm.wasm", "the wasm's last byte in (inflated)"),
    ("cw:arrived:python_stdlib.zip", "the standard library's last byte in"),
    ("cw:imported", "pyodide.mjs imported"),
    ("cw:python", "loadPyodide done (wasm compiled, stdlib, Python up)"),
    ("cw:wheel", "wheel on sys.path (imported from the zip)"),
    ("cw:bridge", "connectwisely.bridge imported"),
    ("cw:ready", "the page's tools imported (ready posted)"),
    ("ready", "form data-state=ready"),
)


def one_run(browser, base: str, path: str, warm: bool = False) -> dict[str, float]:
    """One cold visit in a fresh private context; ``warm``: a reload after it, once the offline
    cache has settled (the reload's figures)."""
    context = browser.new_context()
    page = context.new_page()
    page.add_init_script(WATCH)
    page.goto(base + path)
    page.wait_for_function("() => window.__t && window.__t.ready", timeout=300_000)
    if warm:
        page.wait_for_timeout(3000)
        wait_for_bytecode(page)
        page.reload()
        page.wait_for_function("() => window.__t && window.__t.ready", timeout=300_000)
    times = dict(page.evaluate("window.__t"))
    origin = page.evaluate("performance.timeOrigin")
    (worker,) = [w for w in page.workers if w.url.endswith("worker.js")]
    worker_origin, marks = worker.evaluate(MARKS)
    for name, at in marks:
        times[name] = worker_origin + at - origin
    context.close()
    return times


def bare(browser, base: str) -> float:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "bench-bare.html")
    page.wait_for_function("() => window.__bareReadyAt", timeout=120_000)
    at = page.evaluate("window.__bareReadyAt")
    context.close()
    return at


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page", default="tools/request-checker/")
    parser.add_argument("--warm", action="store_true", help="trace a reload after the cold visit")
    args = parser.parse_args()
    with served_site() as (base, site_dir), sync_playwright() as p:
        write_bare(site_dir)
        browser = p.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        runs, floors = [], []
        for _ in range(args.runs):  # taken in turns, so a busy machine slows both alike
            floors.append(bare(browser, base))
            runs.append(one_run(browser, base, args.page, args.warm))
        browser.close()
    print(
        f"{args.page}, {args.runs} {'warm' if args.warm else 'cold'} runs, medians in ms (page time)"
    )
    steps = [
        (statistics.median(values), label)
        for key, label in STEPS
        if (values := [r[key] for r in runs if key in r])
    ]
    previous = 0.0
    for at, label in sorted(steps):  # in the order they happened
        print(f"  {at:7.0f}  (+{at - previous:5.0f})  {label}")
        previous = at
    floor = statistics.median(floors)
    ready = statistics.median(r["ready"] for r in runs)
    # each run's ratio to the bare boot taken just before it: steadier on a shared machine,
    # whose speed drifts between runs more than between two neighbours
    paired = statistics.median(r["ready"] / f for r, f in zip(runs, floors, strict=True))
    print(
        f"  bare loadPyodide {floor:7.0f};  ready ÷ bare {ready / floor:5.2f}"
        f" (medians), {paired:5.2f} (median of each run's own ratio)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
