"""The Pyodide runtime the site serves itself: pinned here, and only here.

Fetched once from the npm registry's ``pyodide`` tarball and verified (see :mod:`.npm`).
Only the runtime files are kept: the package ships no wheels this site needs.

The WebAssembly binary is served gzipped, whatever the host does: ``pyodide.asm.wasm.gz``
(3.41 MB instead of 9.6 MB: Zopfli's deflate, 0.11 MB smaller than gzip -9's and read by the
same inflater; made once per runtime, in about 15 s), which the worker inflates with the browser's
``DecompressionStream`` while it compiles. GitHub Pages sends a ``.gz`` as stored, so the
bytes on the wire are the file's. Raw deflate would save the 18 bytes of gzip's header and
trailer and lose its CRC check, so gzip it is. The raw binary is not shipped: every browser
that runs Pyodide 314 in a module worker (Chromium 80+, Firefox 114+, Safari 16.4+) has
``DecompressionStream("gzip")``, and one without it gets the tool's plain "cannot start"
message either way.

The package lock (``pyodide-lock.json``, 119 KB: the 357 packages Pyodide's distribution
offers) is not shipped either: the site loads no package, so the worker hands Pyodide a lock
that names none (``lockFileContents``, from :func:`lock_info`), and a visit saves a 26 KB
download.
"""

from __future__ import annotations

import json
from pathlib import Path

import zopfli.gzip

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
WASM_GZ_METHOD = "zopfli gzip, 5 iterations"  # a cached copy made another way is made again
WASM_GZ_STAMP = WASM_GZ + ".method"  # beside the cached copy: the method that made it
# What the site serves from the runtime folder: the full standard library is replaced by the
# build's trimmed one (see .stdlib), which sits beside the wheel; the wasm by its gzipped copy.
LOCK = "pyodide-lock.json"
SITE_FILES = tuple(
    WASM_GZ if name == WASM else name for name in RUNTIME_FILES if name not in (STDLIB, LOCK)
)
SITE_DIR = f"pyodide/{PYODIDE_VERSION}"  # where the files go inside the built site

RuntimeUnavailable = PackageUnavailable


def ensure_runtime(fetch=download) -> Path:
    """The folder holding the verified runtime files (and the wasm's gzipped copy, made once
    beside them), downloading them the first time."""
    folder = ensure(PYODIDE, fetch)
    gzip_wasm(folder)
    return folder


def gzip_wasm(folder: Path) -> Path:
    """``pyodide.asm.wasm.gz`` beside the binary: Zopfli (5 iterations, its advice for files
    of several MB), no time stamp (so the same runtime gives the same bytes and the same cache
    key); written once, then reused while the stamp beside it names the same method."""
    source, target = folder / WASM, folder / WASM_GZ
    stamp = folder / WASM_GZ_STAMP
    fresh = target.is_file() and target.stat().st_mtime >= source.stat().st_mtime
    if fresh and stamp.is_file() and stamp.read_text(encoding="utf-8") == WASM_GZ_METHOD:
        return target
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(zopfli.gzip.compress(source.read_bytes(), numiterations=5))
    partial.replace(target)
    stamp.write_text(WASM_GZ_METHOD, encoding="utf-8")
    return target


def lock_info(folder: Path) -> dict[str, str]:
    """The ``info`` of the runtime's package lock: its ABI, platform and Python version, which
    Pyodide checks a lock against (the worker's lock has these and no packages)."""
    return json.loads((folder / LOCK).read_text(encoding="utf-8"))["info"]


def python_version(folder: Path) -> str:
    """The runtime's Python version ("3.14.2"), as its package lock states it."""
    return lock_info(folder)["python"]


def runtime_bytes(folder: Path) -> int:
    return sum((folder / name).stat().st_size for name in RUNTIME_FILES)
