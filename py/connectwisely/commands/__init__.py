"""The CLI's subcommands, one module each; shared helpers for reading input and printing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.team import Team, TeamConfigError, team_from_json
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


def add_team_argument(parser) -> None:
    parser.add_argument(
        "--team",
        metavar="FILE",
        help="a team's settings: its site's mkdocs.yml (the connectwisely plugin's options and "
        "rule file) or their JSON form",
    )


def read_team(path: str | None) -> Team:
    """The team settings ``--team`` names (the public guide's when none), or InputError."""
    if not path:
        return Team()
    if path.endswith((".yml", ".yaml")):
        try:
            from ..sitebuild.team_config import TeamSettingsError, team_from_mkdocs
        except ImportError:
            raise InputError(
                "Reading mkdocs.yml needs PyYAML (MkDocs installs it); or pass the settings as JSON.",
            ) from None
        try:
            return team_from_mkdocs(Path(path))
        except TeamSettingsError as exc:
            raise InputError(str(exc)) from None  # the message already says where
    try:
        return team_from_json(read_json_object(read_source(path), "team file"))
    except TeamConfigError as exc:
        where = f" ({exc.where})" if exc.where else ""
        raise InputError(f"{path}{where}: {exc.message}") from None


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
