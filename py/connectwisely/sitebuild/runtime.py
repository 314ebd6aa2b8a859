"""The Pyodide runtime the site serves itself: pinned here, and only here.

Fetched once from the npm registry's ``pyodide`` tarball and verified (see :mod:`.npm`).
Only the runtime files are kept: the package ships no wheels this site needs.
"""

from __future__ import annotations

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
# What the site serves from the runtime folder: the full standard library is replaced by the
# build's trimmed one (see .stdlib), which sits beside the wheel.
SITE_FILES = tuple(name for name in RUNTIME_FILES if name != STDLIB)
SITE_DIR = f"pyodide/{PYODIDE_VERSION}"  # where the files go inside the built site

RuntimeUnavailable = PackageUnavailable


def ensure_runtime(fetch=download) -> Path:
    """The folder holding the verified runtime files, downloading them the first time."""
    return ensure(PYODIDE, fetch)


def runtime_bytes(folder: Path) -> int:
    return sum((folder / name).stat().st_size for name in RUNTIME_FILES)
