"""The CLI's subcommands, one module each; shared helpers for reading input and printing.

Input a person got wrong (a missing or binary file, nothing on standard input, broken JSON,
an unknown key) becomes an :class:`InputError` with a sentence saying what to do, which the
CLI prints and exits 2 on; an unknown key is only a warning, naming the nearest known one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from ..core.schema import Field
from ..core.suggest import did_you_mean
from ..core.team import Team, TeamConfigError, team_from_json
from ..errors import InputError

EXIT_CODES = """exit codes:
  0  done (for check: whatever the verdict, unless --fail-on names it)
  1  it needs your attention: a note that fails a check (lint), a verdict named by
     --fail-on (check), a problem in a team's settings or examples (team check)
  2  bad input: a missing or unreadable file, invalid JSON, a wrong value"""


def _stdin(prompt: str) -> str:
    if sys.stdin is None:
        raise InputError("There is no standard input to read: give a file name.")
    if sys.stdin.isatty():
        print(f"{prompt} Then press Ctrl-D on an empty line (Ctrl-Z, Enter on Windows).",
              file=sys.stderr)  # fmt: skip
    try:
        text = sys.stdin.read()
    except UnicodeDecodeError:
        raise InputError("Standard input is not text (it looks like binary data).") from None
    if not text.strip():
        raise InputError("Nothing came in on standard input: give a file, or pipe text in.")
    return text


def read_source(path: str | None, prompt: str = "Type or paste the input.") -> str:
    """Text from a file path, or from standard input when the path is ``-`` or missing."""
    if path in (None, "-"):
        return _stdin(prompt)
    file = Path(path)
    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder; give a file.") from None
    except PermissionError:
        raise InputError(f"{path} cannot be opened: permission denied.") from None
    except UnicodeDecodeError:
        raise InputError(
            f"{path} is not a text file (it looks like binary data, such as an image or a ZIP); "
            "give a UTF-8 text or JSON file."
        ) from None
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror or exc}.") from None


def read_json_object(text: str, what: str) -> dict:
    """A JSON object from ``text``, or InputError saying what was expected."""
    if not text.strip():
        raise InputError(f"The {what} is empty; it should be a JSON object, {{...}}.")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"The {what} is not valid JSON: {exc.msg.lower()} on line {exc.lineno}, "
            f"column {exc.colno}."
        ) from None
    if not isinstance(data, dict):
        raise InputError(f"The {what} must be a JSON object, {{...}}.")
    return data


def keys_help(fields: Iterable[Field], title: str) -> str:
    """An epilog listing the keys a JSON input accepts, with what each holds."""
    lines = [f"{title}:"]
    for field in fields:
        kind = {"int": "number", "bool": "true/false", "month": "YYYY-MM"}.get(field.kind, "")
        if field.choices:
            kind = " | ".join(str(v) for v, _ in field.choices)
        lines.append(f"  {field.name:<20} {field.label}" + (f" ({kind})" if kind else ""))
    return "\n".join(lines)


def warn_unknown(data: Mapping, known: Iterable[str], command: str,
                 aliases: Mapping[str, str] | None = None) -> None:  # fmt: skip
    """Warn (on standard error) about each key the tool will ignore, naming the nearest known."""
    known = list(known)
    for key in data:
        if key not in known:
            hint = did_you_mean(str(key), known, aliases)
            print(f"connectwisely {command}: warning: unknown key {key!r} is ignored.{hint}",
                  file=sys.stderr)  # fmt: skip


def add_team_argument(parser) -> None:
    parser.add_argument(
        "--team",
        metavar="FILE",
        help="a team's settings: its site's mkdocs.yml (the connectwisely plugin's options and "
        "rule file; its site_url makes links full addresses) or their JSON form",
    )


def add_site_argument(parser) -> None:
    parser.add_argument(
        "--site-url",
        metavar="URL",
        help="the guide's address, so links print in full (default: --team's site_url)",
    )


def site_url(args) -> str:
    """The site's address for links: --site-url, else the site_url of --team's mkdocs.yml."""
    if getattr(args, "site_url", None):
        return args.site_url
    team = getattr(args, "team", None)
    if team and team.endswith((".yml", ".yaml")):
        try:
            from ..sitebuild.mkdocs_file import read_mkdocs
            from ..sitebuild.team_config import TeamSettingsError
        except ImportError:
            return ""  # read_team says PyYAML is missing
        try:
            return read_mkdocs(Path(team)).site_url
        except TeamSettingsError:
            return ""  # read_team reports it
    return ""


def full_url(guide: str, base: str) -> str:
    """A guide link as the reader can open it: the site's address joined on, when known."""
    if not base or not guide or "://" in guide:
        return guide
    return base.rstrip("/") + "/" + guide.lstrip("/")


def read_team(path: str | None) -> Team:
    """The team settings ``--team`` names (the public guide's when none), or InputError."""
    if not path:
        return Team()
    if path.endswith((".yml", ".yaml")):
        try:
            from ..sitebuild.mkdocs_file import team_from_mkdocs
            from ..sitebuild.team_config import TeamSettingsError
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
