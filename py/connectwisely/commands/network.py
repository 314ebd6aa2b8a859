"""``connectwisely network``: review a network from LinkedIn's data export, in the terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..export.connections import FILENAME, check_header
from ..export.invitations import FILENAME as INVITATIONS
from ..export.invitations import check_header as check_invitations_header
from ..export.messages import FILENAME as MESSAGES
from ..export.reader import open_path
from ..network.review import export_texts, review_network
from ..network.triage import PENDING_WORDS
from . import add_site_argument, add_team_argument, full_url, print_json, read_team, site_url

HELP = "Review your network from LinkedIn's data export (Connections.csv or the whole ZIP)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("export", help="Connections.csv, or the export ZIP LinkedIn sent you")
    parser.add_argument(
        "--invitations", metavar="CSV", help="Invitations.csv (the ZIP's copy is used otherwise)"
    )
    parser.add_argument(
        "--messages", metavar="CSV", help="messages.csv (the ZIP's copy is used otherwise)"
    )
    parser.add_argument(
        "--earlier", metavar="FILE", help="an earlier Connections.csv or export ZIP to compare with"
    )
    parser.add_argument(
        "--interests", metavar="WORDS", help="companies, roles or words, comma-separated"
    )
    parser.add_argument("--company", metavar="NAME", help="list who you know at this company")
    parser.add_argument(
        "--min-years", type=int, default=1, metavar="N", help="reconnect with people known N years"
    )
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="the date to count from (default: the export's)"
    )
    add_team_argument(parser)
    add_site_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")


def _read(path: str, field: str) -> tuple[str, dict[str, str | None]]:
    """How to name the file's Connections.csv in messages, and the export texts it holds."""
    export = open_path(Path(path), field)
    return export.label(FILENAME), export_texts(export, field)


def run(args: argparse.Namespace) -> int:
    name, texts = _read(args.export, "connections_csv")
    check_header(texts[FILENAME], name)
    invitations = texts[INVITATIONS]
    if args.invitations:
        invitations = _read(args.invitations, "invitations_csv")[1][FILENAME]
        check_invitations_header(invitations, Path(args.invitations).name)
    messages = texts[MESSAGES]
    if args.messages:
        messages = _read(args.messages, "messages_csv")[1][FILENAME]
    earlier = None
    if args.earlier:
        earlier_name, earlier_texts = _read(args.earlier, "earlier_csv")
        earlier = earlier_texts[FILENAME]
        check_header(earlier, earlier_name, "earlier_csv")
    result = review_network(
        texts[FILENAME],
        invitations_csv=invitations,
        messages_csv=messages,
        earlier_csv=earlier,
        export_name=Path(args.export).name,
        interests=args.interests,
        company=args.company,
        min_years=args.min_years,
        today=args.today,
        team=read_team(args.team),
    )
    if args.json:
        print_json(result)
    else:
        _print(result, site_url(args))
        print_people(result)
    return 0


def _print(result: dict, base: str) -> None:
    print(result["summary"])
    print(f"  as of {result['as_of']['date']} ({result['as_of']['label']}; change it with --today)")
    print(
        f"  total {result['total']:,}  hidden {result['hidden']:,}  "
        f"missing company {result['missing_company']:,}  "
        f"recent per week {result['recent_per_week']:g}"
        + (
            f"  concentration {result['concentration']:.1%}"
            if result["concentration_meaningful"]
            else ""
        )
    )
    if result["by_year"]:
        print("  by year: " + ", ".join(f"{y} {n:,}" for y, n in result["by_year"].items()))
    for title, key in (("Top companies", "top_companies"), ("Top positions", "top_positions")):
        if result[key]:
            print(f"{title}:")
            for item, n in result[key]:
                print(f"  {n:6,}  {item}")
    if result["invitations"]:
        print("Invitations you received:")
        for entry in result["invitations"]:
            verdict = entry["verdict"] or "not checked"
            print(f"  {verdict:12} {entry['sent'] or '':10}  {entry['name']}: {entry['summary']}")
    if result.get("outgoing_pending"):
        print(f"Invitations you sent, waiting {PENDING_WORDS} or more (consider withdrawing):")
        for p in result["outgoing_pending"]:
            print(f"  {p['days']:4} days  {p['sent']}  {p['name']}")
    for advice in result["advice"]:
        print(f"- {advice['message']} {advice['reason']} ({full_url(advice['guide'], base)})")
    for title, key in (("Functions", "functions"), ("Seniority", "seniorities")):
        if result[key]:
            print(f"{title} (of {result['titled']:,} with a title):")
            for bucket in result[key]:
                print(f"  {bucket['count']:6,}  {bucket['share']:6.1%}  {bucket['label']}")


# The lists of people, as text: reconnect, who you know at a company, quiet relationships, and
# what changed since an earlier export.
SHOWN = 25  # per list in the terminal; --json has them all


def _line(p: dict, extra: str = "") -> str:
    at = " at ".join(x for x in (p["position"], p["company"]) if x)
    return (
        f"  {p['name']}"
        + (f" — {at}" if at else "")
        + extra
        + (f"  {p['profile']}" if p["profile"] else "")
    )


def _list(title: str, people: list[dict], count: int, extra=lambda p: "") -> None:
    print(f"{title} ({count:,}):")
    for p in people[:SHOWN]:
        print(_line(p, extra(p)))
    if count > SHOWN:
        print(f"  …and {count - SHOWN:,} more (see --json)")


def _since(p: dict) -> str:
    years = p["years"]
    note = f"{years} year{'s' if years != 1 else ''}" + (" this month" if p["anniversary"] else "")
    return f" (connected {p['connected']}, {note})"


def print_people(result: dict) -> None:
    reconnect = result["reconnect"]
    words = ", ".join(reconnect["terms"]) or "anyone"
    _list(
        f"People to reconnect with ({words}; known {reconnect['min_years']}+ years)",
        reconnect["people"],
        reconnect["count"],
        _since,
    )
    if "lookup" in result:
        found = result["lookup"]
        _list(f"Who you know at {found['query']}", found["people"], found["count"])
    if "quiet" in result:
        quiet = result["quiet"]
        _list(
            "Conversations quiet for six months or more",
            quiet["went_quiet"],
            quiet["went_quiet_count"],
            lambda p: f" ({p['messages']} messages, last {p['last_message']})",
        )
        _list(
            "They wrote last and got no reply",
            quiet["unanswered"],
            quiet["unanswered_count"],
            lambda p: f" (last {p['last_message']})",
        )
    if "compare" in result:
        c = result["compare"]
        print(
            f"Since the earlier export ({c['earlier_date'] or 'undated'}): "
            f"{c['growth']:+,} connections, {c['new_count']:,} new, {c['gone_count']:,} gone."
        )
        _list(
            "Changed company or title: congratulate them",
            c["changed"],
            c["changed_count"],
            lambda p: (
                f" (was {' at '.join(x for x in (p['was_position'], p['was_company']) if x)})"
            ),
        )
        _list("New", c["new"], c["new_count"])
        _list("Gone", c["gone"], c["gone_count"])
