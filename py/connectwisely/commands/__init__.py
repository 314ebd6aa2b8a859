"""The CLI's subcommands, one module each; shared helpers for reading input and printing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import InputError


def read_source(path: str | None) -> str:
    """Text from a file path, or from standard input when the path is ``-`` or missing."""
    if path in (None, "-"):
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"Cannot read {path}: {exc}") from exc


def read_json_object(text: str, what: str) -> dict:
    """A JSON object from ``text``, or InputError saying what was expected."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"The {what} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"The {what} must be a JSON object.")
    return data


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
