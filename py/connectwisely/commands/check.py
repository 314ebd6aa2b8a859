"""``connectwisely check``: check a connection request from a JSON file or pasted text."""

from __future__ import annotations

import argparse
import textwrap

from ..checker.check import ME_FIELDS, REQUEST_FIELDS, check_request
from ..checker.verdicts import VERDICTS
from ..errors import InputError
from . import (
    add_site_argument,
    add_team_argument,
    full_url,
    keys_help,
    print_json,
    read_json_object,
    read_source,
    read_team,
    site_url,
    warn_unknown,
)

HELP = "Check a LinkedIn connection request: accept, reply first, ignore or report, with reasons."
_WIDTH = 88
_KIND_TITLES = (("risk", "Warning signs"), ("trust", "Trust"), ("relevance", "Relevance to you"))
# words people write for a request's keys → the key
ALIASES = {"note": "message", "invitation": "message", "title": "headline", "mutuals":
           "mutual_connections", "photo": "has_photo", "member_since": "joined",
           "employer": "company"}  # fmt: skip
EPILOG = (
    keys_help(REQUEST_FIELDS, "keys of a JSON request")
    + '\n  me                   your own details: {"industry", "interests", "company"}\n\n'
    + keys_help(ME_FIELDS, "keys of 'me'")
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        help="the request: a JSON object with check_request's keys (and optionally 'me'), or the "
        "invitation as pasted from LinkedIn (default: standard input)",
    )
    parser.add_argument("--me-industry", help="your industry or field")
    parser.add_argument("--me-interests", help="your interests, separated by commas")
    parser.add_argument("--me-company", help="your company")
    parser.add_argument("--today", help="the date to check as of, YYYY-MM-DD (default: today)")
    add_team_argument(parser)
    add_site_argument(parser)
    parser.add_argument(
        "--fail-on",
        metavar="VERDICTS",
        type=_verdicts,
        default=(),
        help="exit 1 when the verdict is one of these, separated by commas: "
        f"{', '.join(VERDICTS)} (for example report,ignore)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _verdicts(text: str) -> tuple[str, ...]:
    chosen = tuple(v.strip() for v in text.split(",") if v.strip())
    wrong = [v for v in chosen if v not in VERDICTS]
    if wrong or not chosen:
        raise argparse.ArgumentTypeError(
            f"{', '.join(wrong) or 'nothing'}: the verdicts are {', '.join(VERDICTS)}"
        )
    return chosen


def read_request(text: str) -> tuple[dict, dict | None]:
    """The request and ``me`` from the input: a JSON object, or else pasted text."""
    if text.lstrip().startswith("{"):
        data = read_json_object(text, "request")
        me = data.pop("me", None)
        warn_unknown(data, [f.name for f in REQUEST_FIELDS], "check", ALIASES)
        if isinstance(me, dict):
            warn_unknown(me, [f.name for f in ME_FIELDS], "check")
        return data, me
    if not text.strip():
        raise InputError("The input is empty: paste the invitation, or give a JSON request.")
    return {"text": text}, None


def _me(args: argparse.Namespace, me: object) -> object:
    if me is not None and not isinstance(me, dict):
        return me  # check_request says what is wrong with it
    mine = dict(me or {})
    if args.me_industry:
        mine["industry"] = args.me_industry
    if args.me_interests:
        mine["interests"] = [i.strip() for i in args.me_interests.split(",") if i.strip()]
    if args.me_company:
        mine["company"] = args.me_company
    return mine or None


def _wrapped(text: str, indent: str, then: str | None = None) -> str:
    return textwrap.fill(text, _WIDTH, initial_indent=indent, subsequent_indent=then or indent)


def render(result: dict, base: str = "") -> str:
    """The result as plain text: verdict, meters, what to do, then every signal; links are
    full addresses when the site's ``base`` is known."""
    verdict = result["verdict"].replace("-", " ").upper()
    lines = [
        f"{verdict}  (risk {result['risk']}/100, relevance {result['relevance']}/100)",
        _wrapped(result["summary"], ""),
        _wrapped(result["why"], ""),
    ]
    if result["fields_read"]:
        lines.append(_wrapped("Read from the pasted text: " + ", ".join(result["fields_read"]), ""))
    for line in result.get("paste_lines") or []:
        lines.append(_wrapped(f"{line['text']}  → {line['read_as']}", "  | ", "  |   "))
    lines.append("\nWhat to do next:")
    for number, step in enumerate(result["next_steps"], 1):
        lines.append(_wrapped(f"{number}. {step['text']}", "  ", "     "))
    if result["suggested_reply"]:
        lines += ["\nA reply you could send:", _wrapped(result["suggested_reply"], "  > ")]
    for kind, title in _KIND_TITLES:
        found = [s for s in result["signals"] if s["kind"] == kind]
        lines.append(f"\n{title} ({len(found)}):")
        for s in found:
            lines.append(f"  {s['id']}  weight {s['weight']:>2}  {full_url(s['guide'], base)}")
            lines.append(_wrapped(s["message"], "      "))
            lines.append(_wrapped(f"Evidence: {s['evidence']}", "      "))
        if not found:
            lines.append("  none found")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    text = read_source(args.file, "Paste the invitation (or a JSON request).")
    request, me = read_request(text)
    result = check_request(request, me=_me(args, me), today=args.today, team=read_team(args.team))
    if args.json:
        print_json(result)
    else:
        print(render(result, site_url(args)))
    return 1 if result["verdict"] in args.fail_on else 0
