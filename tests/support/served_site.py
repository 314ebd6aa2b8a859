"""Build the site with a matching SITE_URL and serve it on a free port of 127.0.0.1.

Shared by the browser tests and the benchmark, so both measure the very site a reader gets.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from connectwisely.sitebuild.hosting import compressed

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


def chromium_executable() -> str | None:
    """$CONNECTWISELY_CHROMIUM, else Debian's Chromium if installed, else None (Playwright's)."""
    return os.environ.get("CONNECTWISELY_CHROMIUM") or (
        DEBIAN_CHROMIUM if Path(DEBIAN_CHROMIUM).exists() else None
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# port -> every response the server sent: (path, bytes on the wire, headers included)
SENT: dict[int, list[tuple[str, int]]] = {}


def sent(base: str) -> list[tuple[str, int]]:
    """What the server at ``base`` has sent so far, counted as it wrote it (clear() it to
    start a count)."""
    return SENT.setdefault(int(base.split(":")[2].split("/")[0]), [])


class _Counted:
    """A response stream that counts what is written to it."""

    def __init__(self, raw):
        self.raw = raw
        self.count = 0

    def write(self, data) -> int:
        self.count += len(data)
        return self.raw.write(data)

    def __getattr__(self, name):
        return getattr(self.raw, name)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server like GitHub Pages: the MIME types Pyodide needs, gzip for the types
    GitHub Pages compresses (see ``connectwisely.sitebuild.hosting``; ``.wasm`` gzipped only when
    ``gzip_wasm`` is set, since GitHub does not say), ``Cache-Control: max-age=600``;
    and no log noise."""

    gzip_wasm = False
    _gzipped: dict[tuple[str, float], bytes] = {}  # noqa: RUF012 (a cache shared by all requests)

    extensions_map = {  # noqa: RUF012 (the base class declares it a plain dict)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/octet-stream",
    }

    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def do_GET(self) -> None:
        counted = self.wfile = _Counted(self.wfile)
        try:
            self._get()
        finally:
            self.wfile = counted.raw
            SENT.setdefault(self.server.server_port, []).append((self.path, counted.count))

    def _get(self) -> None:
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzip_ok and compressed(path, self.gzip_wasm) and os.path.isfile(path)):
            return super().do_GET()
        if (
            not self.path.split("?")[0].endswith("/")
            and path.endswith("index.html")
            and not self.path.endswith("index.html")
        ):
            return super().do_GET()  # let the base class redirect /dir to /dir/
        stamp = os.path.getmtime(path)
        body = self._gzipped.get((path, stamp))
        if body is None:
            with open(path, "rb") as handle:
                body = self._gzipped[(path, stamp)] = gzip.compress(handle.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(int(stamp)))
        self.end_headers()
        self.wfile.write(body)


def build(
    site_url: str, out: Path, extra_env: dict | None = None, config: Path | None = None
) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    chosen = ["--config-file", str(config)] if config else []
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--quiet",
            *chosen,
            "--site-dir",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )


@contextlib.contextmanager
def served_site(
    extra_env: dict | None = None,
    path: str = "",
    config: Path | None = None,
    gzip_wasm: bool | None = None,
) -> Iterator[tuple[str, Path]]:
    """Yield ``(base_url, site_dir)`` of a freshly built site served until the block ends.

    ``path`` (say ``"connect-wisely/"``) serves it under that sub-path, as GitHub Pages serves a
    project site; the server's root then holds nothing else. ``config`` builds from another
    ``mkdocs.yml`` (a team's copy, see ``team_site``). ``gzip_wasm`` serves ``.wasm`` gzipped
    (default: ``$CONNECTWISELY_GZIP_WASM``, else raw), the one case GitHub does not document.
    """
    if gzip_wasm is None:
        gzip_wasm = os.environ.get("CONNECTWISELY_GZIP_WASM", "") not in ("", "0")
    port = free_port()
    base = f"http://127.0.0.1:{port}/{path}"
    root = Path(tempfile.mkdtemp(prefix="connectwisely-site-"))
    out = root / path
    try:
        build(base, out, extra_env, config)
        handler_class = type("Handler", (QuietHandler,), {"gzip_wasm": gzip_wasm})
        handler = functools.partial(handler_class, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield base, out
        finally:
            server.shutdown()
            server.server_close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
