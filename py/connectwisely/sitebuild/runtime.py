"""The Pyodide runtime the site serves itself: pinned here, and only here.

Fetched once from the npm registry's ``pyodide`` tarball, checked against the registry's
published sha512 integrity value, and cached outside the repository. Once cached, builds
are offline.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

PYODIDE_VERSION = "314.0.7"
TARBALL_URL = f"https://registry.npmjs.org/pyodide/-/pyodide-{PYODIDE_VERSION}.tgz"
INTEGRITY = "sha512-0YvXxEhfEdpLfb/XkM2BFAeMROq0iMUX2bzzH9pOttyMcWkwq+HbE5uyuGD82LN7y2q+SNvi/6V5JEsOlD2R1A=="
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
SITE_DIR = f"pyodide/{PYODIDE_VERSION}"  # where the files go inside the built site


class RuntimeUnavailable(Exception):
    """The runtime could not be fetched or did not verify; the message says what to do."""


def cache_root() -> Path:
    """``$CONNECTWISELY_CACHE``, else ``$XDG_CACHE_HOME/connectwisely``, else ``~/.cache/connectwisely``."""
    if os.environ.get("CONNECTWISELY_CACHE"):
        return Path(os.environ["CONNECTWISELY_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "connectwisely"


def _verify(data: bytes) -> None:
    algorithm, _, expected = INTEGRITY.partition("-")
    actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if actual != expected:
        raise RuntimeUnavailable(
            f"The downloaded Pyodide {PYODIDE_VERSION} tarball does not match its pinned checksum "
            f"({algorithm} {actual[:16]}… instead of {expected[:16]}…). Nothing was installed. "
            "Check for a proxy that rewrites downloads, or update INTEGRITY in "
            "py/connectwisely/sitebuild/runtime.py together with PYODIDE_VERSION."
        )


def _download(url: str, timeout: float = 120) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise RuntimeUnavailable(
            f"Could not download the Pyodide runtime from {url} ({exc}). The site serves Python "
            "itself, so the first build needs the npm registry once; later builds use the cache in "
            f"{cache_root()}. Connect and build again, or copy {RUNTIME_FILES} from the npm package "
            f"'pyodide@{PYODIDE_VERSION}' into {cache_root() / 'pyodide' / PYODIDE_VERSION}."
        ) from exc


def ensure_runtime(fetch=_download) -> Path:
    """The folder holding the verified runtime files, downloading them the first time."""
    folder = cache_root() / "pyodide" / PYODIDE_VERSION
    if all((folder / name).is_file() for name in RUNTIME_FILES):
        return folder
    data = fetch(TARBALL_URL)
    _verify(data)
    staging = folder.with_name(folder.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for name in RUNTIME_FILES:
            member = tar.getmember(f"package/{name}")
            source = tar.extractfile(member)
            if source is None:
                raise RuntimeUnavailable(f"The Pyodide tarball has no file {name}.")
            (staging / name).write_bytes(source.read())
    shutil.rmtree(folder, ignore_errors=True)
    staging.rename(folder)
    return folder


def runtime_bytes(folder: Path) -> int:
    return sum((folder / name).stat().st_size for name in RUNTIME_FILES)
