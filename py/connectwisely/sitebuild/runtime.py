"""The Pyodide runtime the site serves itself: pinned here, and only here.

Fetched once from the npm registry's ``pyodide`` tarball and verified (see :mod:`.npm`).
Only the runtime files are kept: the package ships no wheels this site needs.

The WebAssembly binary is served gzipped, whatever the host does: ``pyodide.asm.wasm.gz``
(gzip -9, 3.5 MB instead of 9.6 MB), which the worker inflates with the browser's
``DecompressionStream`` while it compiles. GitHub Pages sends a ``.gz`` as stored, so the
bytes on the wire are the file's. Raw deflate would save the 18 bytes of gzip's header and
trailer and lose its CRC check, so gzip it is. The raw binary is not shipped: every browser
that runs Pyodide 314 in a module worker (Chromium 80+, Firefox 114+, Safari 16.4+) has
``DecompressionStream("gzip")``, and one without it gets the tool's plain "cannot start"
message either way.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from .npm import NpmPackage, PackageUnavailable, download, ensure

PYODIDE = NpmPackage(
    name="pyodide",
    version="314.0.7",
    integrity="sha512-0YvXxEhfEdpLfb/XkM2BFAeMROq0iMUX2bzzH9pOttyMcWkwq+HbE5uyuGD82LN7y2q+SNvi/6V5JEsOlD2R1A==",
    files=(
        "pyodide.mjs",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "python_stdlib.zip",
        "pyodide-lock.json",
    ),
    pinned_in="py/connectwisely/sitebuild/runtime.py",
)
PYODIDE_VERSION = PYODIDE.version
RUNTIME_FILES = PYODIDE.files
STDLIB = "python_stdlib.zip"
WASM = "pyodide.asm.wasm"
WASM_GZ = WASM + ".gz"  # what the site serves instead of WASM
# What the site serves from the runtime folder: the full standard library is replaced by the
# build's trimmed one (see .stdlib), which sits beside the wheel; the wasm by its gzipped copy.
SITE_FILES = tuple(WASM_GZ if name == WASM else name for name in RUNTIME_FILES if name != STDLIB)
SITE_DIR = f"pyodide/{PYODIDE_VERSION}"  # where the files go inside the built site

RuntimeUnavailable = PackageUnavailable


def ensure_runtime(fetch=download) -> Path:
    """The folder holding the verified runtime files (and the wasm's gzipped copy, made once
    beside them), downloading them the first time."""
    folder = ensure(PYODIDE, fetch)
    gzip_wasm(folder)
    return folder


def gzip_wasm(folder: Path) -> Path:
    """``pyodide.asm.wasm.gz`` beside the binary: gzip level 9, no time stamp (so the same
    runtime gives the same bytes and the same cache key); written once, then reused."""
    source, target = folder / WASM, folder / WASM_GZ
    if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(gzip.compress(source.read_bytes(), 9, mtime=0))
    partial.replace(target)
    return target


def runtime_bytes(folder: Path) -> int:
    return sum((folder / name).stat().st_size for name in RUNTIME_FILES)
