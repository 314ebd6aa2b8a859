"""How GitHub Pages sends each file of the site: gzip-compressed or as stored.

What is known (checked 2026-11-29):

- GitHub Pages takes a file's Content-Type from the mime-db project and cannot be told
  otherwise (GitHub staff, https://github.com/orgs/community/discussions/22863).
- It gzips text: HTML, CSS, JavaScript, JSON and the like, on the fly, for clients that accept
  it (https://stackoverflow.com/a/34636569, observed; it offers no Brotli, observed in
  https://purplesyringa.moe/blog/webp-the-webpage-compression-format/). It ignores
  pre-compressed ``.gz`` copies (https://github.com/De-Panther/unity-webxr-export/pull/7).
- ``.wasm`` (application/wasm): GitHub does not document it. One report saw it gzipped in
  August 2023 (https://github.com/maxence-charriere/go-app/issues/866); older ones say raw.
  So it is **unknown**: the test server and the benchmark can serve it either way, and the
  closing figures report both.
- ``.zip`` and ``.whl`` (application/zip, application/octet-stream): binary, not compressed —
  and the site's archives are deflated inside, so gzip over them would gain nothing anyway.

GitHub's own list is not published; the suffixes below are the text types the site uses.
"""

from __future__ import annotations

import gzip
from pathlib import Path

GZIPPED = (".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".map", ".webmanifest")
UNKNOWN = (".wasm",)  # undocumented: measured both ways
RAW = (".zip", ".whl", ".png", ".jpg", ".woff2", ".ico")


def compressed(name: str, gzip_wasm: bool) -> bool:
    """Whether GitHub Pages sends ``name`` gzipped (``gzip_wasm`` decides the unknown case)."""
    return name.endswith(GZIPPED) or (gzip_wasm and name.endswith(UNKNOWN))


def wire_bytes(path: Path, gzip_wasm: bool = False) -> int:
    """The body bytes a reader downloads for ``path``: gzip level 6 (the common default) or raw."""
    data = path.read_bytes()
    return len(gzip.compress(data, 6)) if compressed(path.name, gzip_wasm) else len(data)
