"""How long the network review takes on 30,000 connections (LinkedIn's cap): ``python
bench/network_bench.py [--runs N] [--no-browser]``.

Prints the figures, not pass/fail (the targets: under 1 s in CPython, under 3 s in Pyodide):

- CPython: ``review_network`` on a generated 30,000-row Connections.csv, median of N runs;
- Pyodide: the same call inside the site's own worker in Chromium (the text posted to the
  worker and the JSON back included), median of N warm runs after one cold one;
- the page: choosing the file in the tool's form and pressing the button, until
  ``data-state="done"`` (reading and encoding the file, the review and drawing the result).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "py"))
from connectwisely import review_network  # noqa: E402

ROWS, TODAY, SEED = 30_000, "2026-11-25", 7
FORM = 'form[data-widget="network-review"]'

CALL_IN_WORKER = """
async ([text, today, runs]) => {
  const meta = document.querySelector('meta[name="connectwisely"]');
  const worker = new Worker(new URL("assets/connectwisely/worker.js", new URL(meta.dataset.root, location.href)),
                            { type: "module" });
  let next = 1;
  const waiting = new Map();
  const ready = new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const m = event.data;
      if (m.type === "ready") resolve();
      else if (m.type === "failed") reject(new Error(m.message));
      else if (m.type === "result") { waiting.get(m.id)(m.reply); waiting.delete(m.id); }
    };
  });
  worker.postMessage({ type: "init", pyodide: new URL(meta.dataset.pyodide, location.href).href,
                       wheel: new URL(meta.dataset.wheel, location.href).href });
  await ready;
  const payload = JSON.stringify({ connections_csv: text, today });
  const call = () => new Promise((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    worker.postMessage({ type: "call", id, call: "review_network", payload });
  });
  const times = [];
  let total = null;
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const reply = await call();
    times.push(performance.now() - started);
    if (!reply.ok) throw new Error(JSON.stringify(reply.error));
    total = reply.result.total;
  }
  worker.terminate();
  return { times, total };
}
"""


def spread(values: list[float]) -> str:
    return (
        f"{statistics.median(values):8.3f} s  (min {min(values):.3f}, max {max(values):.3f}, "
        f"n={len(values)})"
    )


def generate(folder: Path) -> tuple[Path, dict]:
    out = folder / "Connections.csv"
    printed = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests/support/make_connections.py"),
            "--rows",
            str(ROWS),
            "--today",
            TODAY,
            "--seed",
            str(SEED),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out, json.loads(printed)


def cpython(text: str, runs: int) -> tuple[list[float], dict]:
    times, result = [], {}
    for _ in range(runs):
        started = time.perf_counter()
        result = review_network(text, today=TODAY)
        times.append(time.perf_counter() - started)
    return times, result


def browser(path: Path, text: str, runs: int) -> tuple[list[float], float, list[float], int]:
    from playwright.sync_api import sync_playwright
    from tests.support.served_site import CHROMIUM_ARGS, chromium_executable, served_site

    with served_site() as (base, _), sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
        page = chromium.new_page()
        page.goto(base)
        measured = page.evaluate(CALL_IN_WORKER, [text, TODAY, runs])
        cold, warm = measured["times"][0] / 1000, [t / 1000 for t in measured["times"][1:]]
        form_times = []
        page.goto(base + "tools/network-review/")
        page.locator(FORM).scroll_into_view_if_needed()
        page.wait_for_function(
            "(sel) => document.querySelector(sel).dataset.state === 'ready'",
            arg=FORM,
            timeout=120_000,
        )
        for _ in range(runs):
            page.set_input_files(f"{FORM} input[name=connections_csv]", str(path))
            started = page.evaluate(
                "(sel) => { const f = document.querySelector(sel); f.dataset.state = 'bench';"
                " const t = performance.now(); f.requestSubmit(); return t; }",
                FORM,
            )
            page.wait_for_function(
                "(sel) => ['done', 'error'].includes(document.querySelector(sel).dataset.state)",
                arg=FORM,
                timeout=120_000,
            )
            form_times.append((page.evaluate("() => performance.now()") - started) / 1000)
        shown = int(page.eval_on_selector(FORM, "f => f.dataset.total || -1"))
        chromium.close()
    return warm, cold, form_times, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-browser", action="store_true", help="CPython only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path, truth = generate(Path(folder))
        text = path.read_text(encoding="utf-8")
        print(
            f"{ROWS:,} connections, {path.stat().st_size / 1e6:.1f} MB, generated with seed {SEED}"
        )
        times, result = cpython(text, args.runs)
        agree = all(result[k] == v for k, v in truth.items())
        print(f"CPython {sys.version.split()[0]} review_network   {spread(times)}")
        print(
            f"  figures agree with the generator: {agree}; total {result['total']:,}, "
            f"recent per week {result['recent_per_week']}, concentration {result['concentration']}"
        )
        if args.no_browser:
            return 0 if agree else 1
        warm, cold, form_times, shown = browser(path, text, args.runs)
        print(f"Pyodide review_network (warm)     {spread(warm)}")
        print(f"Pyodide review_network (first)    {cold:8.3f} s")
        print(f"page: choose file → done          {spread(form_times)}  (data-total {shown:,})")
    return 0 if agree and shown == truth["total"] else 1


if __name__ == "__main__":
    sys.exit(main())
