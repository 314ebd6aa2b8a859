"""The browser rig: build the site once with a matching SITE_URL, serve it on a free port of
127.0.0.1, and drive Chromium through Playwright.

Chromium: ``$CONNECTWISELY_CHROMIUM`` if set, else Debian's ``/usr/bin/chromium`` when present,
else Playwright's own build (``playwright install chromium`` on a machine with internet).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEBIAN_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 (the base class declares it a plain dict)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/octet-stream",
    }

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> str:
    """The base URL of the freshly built site, served on 127.0.0.1 for the whole session."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    executable = os.environ.get("CONNECTWISELY_CHROMIUM") or (
        DEBIAN_CHROMIUM if Path(DEBIAN_CHROMIUM).exists() else None
    )
    args = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
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
      wheel: new URL(meta.dataset.wheel, location.href).href });
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


@pytest.fixture(scope="module")
def pyodide_page(site, browser):
    """A page whose own copy of the site's worker answers API calls: ``call(name, payload)``."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(site)

    def call(name: str, payload: dict) -> dict:
        return page.evaluate(_WORKER_CALL, [name, json.loads(json.dumps(payload))])

    yield call
    context.close()
