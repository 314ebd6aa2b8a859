"""Run ``make_connections.py`` as a subprocess: a Connections.csv of any size and era, and the
figures the review must report for it, exactly as the generator prints them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GENERATOR = Path(__file__).with_name("make_connections.py")
ERAS = ("2023", "2020", "excel")
TODAY = "2026-11-25"


def generate(
    folder: Path, *, rows: int = 500, era: str = "2023", seed: int = 1, today: str = TODAY
) -> tuple[Path, dict]:
    """``(path, truth)`` of a freshly written Connections.csv in ``folder``."""
    out = Path(folder) / f"Connections-{era}-{rows}-{seed}.csv"
    printed = subprocess.run(
        [
            sys.executable,
            str(GENERATOR),
            "--rows",
            str(rows),
            "--era",
            era,
            "--seed",
            str(seed),
            "--today",
            today,
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return out, json.loads(printed)
