"""How many Python modules one ``check_request`` call imports in the browser, measured in
Pyodide through the site's own worker: ``python bench/imports.py [--site DIR]``.

The site (built fresh, or an already built ``--site`` folder, say another commit's) is served
on 127.0.0.1; a page boots the site's worker.js, with one line added so the probe can reach its
interpreter, and makes the call through ``connectwisely.bridge`` exactly as the page does. It
prints ``len(sys.modules)`` and the ``connectwisely.*`` modules: once the worker is ready (the
runtime and the bridge), and after the call.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.served_site import (  # noqa: E402 (the repo root is on the path only now)
    CHROMIUM_ARGS,
    QuietHandler,
    chromium_executable,
    free_port,
    served_site,
)

BRIDGE_LINE = 'const bridge = pyodide.pyimport("connectwisely.bridge");'
EXPOSE = BRIDGE_LINE + " self.__probe = pyodide;"
REQUEST = {
    "name": "Angela Moore",
    "headline": "Hiring Coordinator",
    "message": "Your profile matches our remote assistant vacancy, $35 per hour. "
    "Text me on WhatsApp so I can share the details.",
    "mutual_connections": 0,
}
BOOT_AND_CALL = """async (payload) => {
  const meta = document.querySelector('meta[name="connectwisely"]');
  const worker = new Worker(new URL("assets/connectwisely/worker.js", new URL(meta.dataset.root, location.href)),
                            { type: "module" });
  const reply = new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const m = event.data;
      if (m.type === "ready") { window.__ready = true; resolve(null); }
      else if (m.type === "failed") reject(new Error(m.message));
    };
  });
  worker.postMessage({ type: "init", pyodide: new URL(meta.dataset.pyodide, location.href).href,
                       wheel: new URL(meta.dataset.wheel, location.href).href,
                       wire: JSON.parse(meta.dataset.wire), lock: JSON.parse(meta.dataset.lock) });  // which files come gzipped
  await reply;
  window.__call = () => new Promise((resolve) => {
    worker.onmessage = (event) => { if (event.data.type === "result") resolve(event.data.reply); };
    worker.postMessage({ type: "call", id: 1, call: "check_request", payload: JSON.stringify(payload) });
  });
}"""
COUNT = """() => JSON.parse(self.__probe.runPython(`
import json, sys
json.dumps([len(sys.modules), sorted(m for m in sys.modules if m.split(".")[0] == "connectwisely")])
`))"""


@contextlib.contextmanager
def serve(site: Path):
    port = free_port()
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def measure(base: str) -> dict:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable(), args=CHROMIUM_ARGS
        )
        page = browser.new_page()

        def expose(route):
            response = route.fetch()
            script = response.text()
            assert BRIDGE_LINE in script, (
                "worker.js no longer loads the bridge as this probe expects"
            )
            route.fulfill(response=response, body=script.replace(BRIDGE_LINE, EXPOSE))

        page.route("**/assets/connectwisely/worker.js", expose)
        page.goto(base)
        page.evaluate(BOOT_AND_CALL, {"request": REQUEST})
        (worker,) = [w for w in page.workers if w.url.endswith("worker.js")]
        ready = worker.evaluate(COUNT)
        reply = page.evaluate("window.__call()")
        assert reply["ok"] and reply["result"]["verdict"] == "report", reply
        after = worker.evaluate(COUNT)
        browser.close()
    return {"ready": ready, "after_check_request": after}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--site", type=Path, help="an already built site folder (default: build one)"
    )
    args = parser.parse_args()
    if args.site:
        with serve(args.site) as base:
            figures = measure(base)
    else:
        with served_site() as (base, _):
            figures = measure(base)
    for moment, (total, ours) in figures.items():
        print(f"{moment}: {total} modules in sys.modules, {len(ours)} connectwisely.*")
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
