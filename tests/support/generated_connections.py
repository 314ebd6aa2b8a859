"""Run ``make_connections.py`` as a subprocess: a Connections.csv of any size and era (and, if
asked, a messages.csv and a later Connections.csv), and the figures the review must report for
them, exactly as the generator prints them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .paths import SAMPLES

GENERATOR = Path(__file__).with_name("make_connections.py")
ERAS = ("2023", "2020", "excel")
MESSAGE_ERAS = ("2018", "2021", "2023", "2024", "2026")
TODAY = "2026-11-25"
LATER_TODAY = "2027-03-25"


def run_generator(folder: Path, *arguments: str) -> dict:
    printed = subprocess.run(
        [sys.executable, str(GENERATOR), *arguments],
        check=True,
        capture_output=True,
        text=True,
        cwd=folder,
    ).stdout
    return json.loads(printed)


def generate(
    folder: Path,
    *,
    rows: int = 500,
    era: str = "2023",
    seed: int = 1,
    today: str = TODAY,
    variants: bool = False,
    messages: str | None = None,
    message_rows: int = 400,
    later: bool = False,
) -> tuple[Path, dict]:
    """``(path, truth)`` of a freshly written Connections.csv in ``folder``. With ``messages``
    (an era) a ``messages-<era>.csv`` is written beside it, with ``later`` a ``Later.csv``
    (dated ``LATER_TODAY``); see :func:`beside`."""
    out = Path(folder) / f"Connections-{era}-{rows}-{seed}.csv"
    arguments = ["--rows", str(rows), "--era", era, "--seed", str(seed), "--today", today]
    arguments += ["--out", str(out)]
    if variants:
        arguments.append("--variants")
    if messages:
        arguments += ["--messages", str(beside(out, "messages", messages))]
        arguments += ["--message-era", messages, "--message-rows", str(message_rows)]
    if later:
        arguments += ["--later", str(beside(out, "later")), "--later-today", LATER_TODAY]
    return out, run_generator(Path(folder), *arguments)


def beside(connections: Path, kind: str, era: str = "") -> Path:
    """Where :func:`generate` wrote the messages (``kind="messages"``) or the later file."""
    return connections.with_name(f"{connections.stem}-{kind}{'-' + era if era else ''}.csv")


def message_files(folder: Path, message_rows: int) -> list[str]:
    """The texts of the sample messages.csv and of a generated one of each era, with the
    variant spellings."""
    texts = [(SAMPLES / "messages.csv").read_text(encoding="utf-8")]
    for era in MESSAGE_ERAS:
        path, _ = generate(folder, rows=100, messages=era, message_rows=message_rows, variants=True)
        texts.append(beside(path, "messages", era).read_text(encoding="utf-8"))
    return texts
