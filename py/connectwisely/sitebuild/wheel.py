"""The package's own pure-Python wheel, built by the project's build backend for the site.

The site's copy is for the browser only (the worker imports the tools straight from it), so
it leaves out what never runs there (:data:`~.stdlib.BUILD_ONLY`: this site build, the CLI
and its commands) and is deflated at the highest level: fewer bytes before a tool is ready.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from .stdlib import BUILD_ONLY

PACKAGE = "connectwisely"


class WheelBuildFailed(Exception):
    """The build backend failed; the message carries its output."""


def build_wheel(project_root: Path, out_dir: Path) -> Path:
    """Build ``py3-none-any`` wheel of the project into ``out_dir`` and return its path."""
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
        for_browser(wheels[0], target)
    return target


def runs_in_browser(name: str) -> bool:
    """Whether the wheel's file ``name`` is needed in the browser: not a build-only part of the
    package, nor the console script's entry point (which names the CLI)."""
    parts = name.split("/")
    if parts[0] == PACKAGE and len(parts) > 1 and parts[1] in BUILD_ONLY:
        return False
    return not (parts[0].endswith(".dist-info") and parts[-1] == "entry_points.txt")


def for_browser(source: Path, target: Path) -> Path:
    """Write ``source``'s files that run in the browser to ``target`` (same names, dates and
    order; ``RECORD`` lists only those), deflated at level 9."""
    with zipfile.ZipFile(source) as wheel, zipfile.ZipFile(target, "w") as out:
        for info in wheel.infolist():
            if not runs_in_browser(info.filename):
                continue
            data = wheel.read(info)
            if info.filename.endswith(".dist-info/RECORD"):
                lines = data.decode("utf-8").splitlines(keepends=True)
                data = "".join(x for x in lines if runs_in_browser(x.split(",")[0])).encode()
            kept = zipfile.ZipInfo(info.filename, info.date_time)
            kept.external_attr = info.external_attr
            kept.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(kept, data, compresslevel=9)
    return target


def content_hash(*paths: Path) -> str:
    """A short hash of the files' bytes (the wheel and the trimmed standard library), used to
    give each build's Python files their own URL."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
