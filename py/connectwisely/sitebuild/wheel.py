"""The package's own pure-Python wheel, built by the project's build backend for the site.

The site's copy is for the browser only (the worker imports the tools straight from it), so
it leaves out what never runs there (:data:`~.stdlib.BUILD_ONLY`: this site build, the CLI
and its commands) and its modules are slimmed (:mod:`.slim`: no comments or docstrings, 18%
fewer bytes on the wire). Its files are stored, not deflated: the site sends the wheel gzipped
whole (:func:`.compiled.gzipped`), 16% fewer bytes than deflating each file. Its ``RECORD``
lists the files it holds, with their new hashes and sizes.
"""

from __future__ import annotations

import base64
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .slim import slim
from .stdlib import BUILD_ONLY

PACKAGE = "connectwisely"


class WheelBuildFailed(Exception):
    """The build backend failed; the message carries its output."""


def build_wheel(project_root: Path, out_dir: Path, added: dict[str, bytes] | None = None) -> Path:
    """Build ``py3-none-any`` wheel of the project into ``out_dir`` and return its path;
    ``added``: more files for it (name inside the wheel -> bytes), listed in its RECORD."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", tmp],
            cwd=project_root,
            capture_output=True,
            text=True,
            check=False,
        )
        wheels = list(Path(tmp).glob("connectwisely-*-py3-none-any.whl"))
        if done.returncode != 0 or len(wheels) != 1:
            raise WheelBuildFailed(
                "Building the connectwisely wheel failed (is hatchling installed? it is in the "
                f"'docs' dependency group):\n{done.stdout}\n{done.stderr}"
            )
        target = out_dir / wheels[0].name
        for_browser(wheels[0], target, added or {})
    return target


def runs_in_browser(name: str) -> bool:
    """Whether the wheel's file ``name`` is needed in the browser: not a build-only part of the
    package, nor the console script's entry point (which names the CLI)."""
    parts = name.split("/")
    if parts[0] == PACKAGE and len(parts) > 1 and parts[1] in BUILD_ONLY:
        return False
    return not (parts[0].endswith(".dist-info") and parts[-1] == "entry_points.txt")


def for_browser(source: Path, target: Path, added: dict[str, bytes] | None = None) -> Path:
    """Write ``source``'s files that run in the browser to ``target`` (same names, dates and
    order; modules slimmed), then the ``added`` ones; ``RECORD`` lists them all, as they now
    are; stored, for the site to gzip whole."""
    added = added or {}
    with zipfile.ZipFile(source) as wheel, zipfile.ZipFile(target, "w") as out:
        kept = [info for info in wheel.infolist() if runs_in_browser(info.filename)]
        files = {info.filename: _for_browser(info.filename, wheel.read(info)) for info in kept}
        records = [i for i, info in enumerate(kept) if info.filename.endswith(".dist-info/RECORD")]
        at = records[0] if records else len(kept)  # before RECORD: wheels keep it last
        for name, data in added.items():
            info = zipfile.ZipInfo(name, kept[0].date_time)
            info.external_attr = 0o644 << 16
            kept.insert(at, info)
            files[name] = data
        for info in kept:
            data = files[info.filename]
            if info.filename.endswith(".dist-info/RECORD"):
                data = _record(data.decode("utf-8"), files).encode()
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.external_attr = info.external_attr
            copy.compress_type = zipfile.ZIP_STORED
            out.writestr(copy, data)
    return target


def _for_browser(name: str, data: bytes) -> bytes:
    return slim(data.decode("utf-8")).encode("utf-8") if name.endswith(".py") else data


def _record(record: str, files: dict[str, bytes]) -> str:
    """``record``'s lines for the files kept, then for the files added, each with the hash and
    size of its new bytes; RECORD's own line last."""
    names = [line.split(",")[0] for line in record.splitlines()]
    own = [name for name in names if name.endswith(".dist-info/RECORD")]
    listed = [name for name in names if name in files and name not in own]
    lines = []
    for name in [*listed, *(name for name in files if name not in names)]:
        digest = base64.urlsafe_b64encode(hashlib.sha256(files[name]).digest()).rstrip(b"=")
        lines.append(f"{name},sha256={digest.decode()},{len(files[name])}\n")
    return "".join(lines + [f"{name},,\n" for name in own])


def content_hash(*paths: Path) -> str:
    """A short hash of the files' bytes (the wheel and the trimmed standard library), used to
    give each build's Python files their own URL."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
