"""``connectwisely draft``: personal connection notes from flags or a JSON file.

The file holds the context exactly as ``draft_notes`` takes it; flags win over its keys.
"""

from __future__ import annotations

import argparse

from ..errors import InputError
from ..notes.draft import FIELDS, draft_notes
from . import add_team_argument, print_json, read_json_object, read_source, read_team

HELP = (
    "Draft personal connection notes that fit LinkedIn's limit, and the message after they accept."
)

_CHOICES = {f.name: [str(v) for v, _ in f.choices] for f in FIELDS if f.kind == "choice"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="their name, e.g. 'José María García'")
    parser.add_argument(
        "--relationship", choices=_CHOICES["relationship"], help="how you know them"
    )
    parser.add_argument("--detail", help="one specific detail: the event, their post's topic...")
    parser.add_argument("--purpose", choices=_CHOICES["purpose"], help="why you want to connect")
    parser.add_argument("--tone", choices=_CHOICES["tone"], help="warm (default) or formal")
    parser.add_argument(
        "--limit",
        type=int,
        choices=(200, 300),
        help="200 for a free account, 300 for Premium (default: the team's, else 200)",
    )
    add_team_argument(parser)
    parser.add_argument("--my-name", dest="my_name", help="your name, added when there is room")
    parser.add_argument("--variant", type=int, help="another set of drafts (default 0)")
    parser.add_argument(
        "file",
        nargs="?",
        help="a JSON file with the context ('-' for standard input), as draft_notes takes it; "
        "flags win over it",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    context = read_json_object(read_source(args.file), "context file") if args.file else {}
    for field in FIELDS:
        value = getattr(args, field.name, None)
        if value is not None:
            context[field.name] = value
    if not context:
        raise InputError("Give at least --name, --relationship or --detail, or a JSON file.")
    if args.team and context.get("limit") is None:
        context["limit"] = read_team(args.team).note_limit
    result = draft_notes(context)
    if args.json:
        print_json(result)
        return 0
    limit = result["limit"]
    for number, draft in enumerate(result["drafts"], 1):
        print(f"Draft {number}  ({draft['length']}/{limit} characters)")
        print(f"  {draft['text']}")
        print()
    print("After they accept:")
    print(f"  {result['follow_up']['text']}")
    for hint in result["hints"]:
        print(f"Tip: {hint}")
    return 0
