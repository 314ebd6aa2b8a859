"""The package's own pure-Python wheel, built by the project's build backend for the site."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path


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
        target.write_bytes(wheels[0].read_bytes())
    return target


def content_hash(*paths: Path) -> str:
    """A short hash of the files' bytes (the wheel and the trimmed standard library), used to
    give each build's Python files their own URL."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
