"""``connectwisely lint``: check a connection note from a file or standard input."""

from __future__ import annotations

import argparse

from ..core.linkedin import NOTE_LIMITS
from ..notes.lint import lint_note
from . import add_team_argument, print_json, read_source, read_team

HELP = "Check a connection note: its length against LinkedIn's limit, and what to improve."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="the note (default: standard input)")
    parser.add_argument(
        "--limit",
        type=int,
        choices=NOTE_LIMITS,
        help="200 for a free account, 300 for Premium (default: the team's, else 200)",
    )
    add_team_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    limit = args.limit or read_team(args.team).note_limit
    text = read_source(args.file, "Type or paste your connection note.")
    result = lint_note(text.rstrip("\n"), limit=limit)
    if args.json:
        print_json(result)
    else:
        print(f"{result['length']}/{result['limit']} characters — {result['summary']}")
        for check in result["checks"]:
            print(f"  {'ok ' if check['ok'] else 'FIX'} {check['id']}  {check['message']}")
    return 0 if all(c["ok"] for c in result["checks"]) else 1
