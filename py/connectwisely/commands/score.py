"""``connectwisely score``: score a profile from a JSON file, or from LinkedIn's data export
(the ZIP or the unpacked folder), with a JSON file of what the export leaves out."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.dates import parse_today
from ..errors import InputError
from ..export.profile import from_export, merged
from ..export.reader import open_path
from ..scorer.fields import GOALS, PROFILE_FIELDS
from ..scorer.fixes import order_heading, waits_for
from ..scorer.score import score_profile
from ..scorer.stage import STAGES
from . import (
    add_site_argument,
    full_url,
    keys_help,
    print_json,
    read_json_object,
    read_source,
    site_url,
    warn_unknown,
)

HELP = "Score a LinkedIn profile 0–100 from a JSON file or LinkedIn's data export, with fixes."
_BAR = 20
ALIASES = {"picture": "photo", "summary": "about", "title": "headline", "jobs": "positions",
           "experience": "positions", "url": "custom_url"}  # fmt: skip
EPILOG = keys_help(PROFILE_FIELDS, "keys of a JSON profile")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source",
        nargs="?",
        default="-",
        help="a JSON file with the profile (default: standard input), or LinkedIn's export: "
        "the ZIP or the unpacked folder",
    )
    parser.add_argument(
        "--with",
        dest="extra",
        metavar="JSON",
        help="a JSON file of profile fields that win over the export's (photo, banner, "
        "connections, featured, posts_last_90_days, ...)",
    )
    parser.add_argument("--goal", choices=[g for g, _ in GOALS], help="what you use LinkedIn for")
    parser.add_argument(
        "--stage",
        choices=[s for s, _ in STAGES if s],
        help="where you are in your career (default: read from the profile)",
    )
    parser.add_argument("--today", help="the date to score as of, YYYY-MM-DD (default: today)")
    add_site_argument(parser)
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def load_profile(source: str, extra: dict, today: str | None) -> dict:
    """The profile to score: a JSON object, or the export at ``source`` merged with ``extra``."""
    path = Path(source)
    if source != "-" and (path.is_dir() or path.is_file()) and path.suffix.lower() != ".json":
        export = open_path(path)
        if not export.single:
            return merged(from_export(export, parse_today(today)), extra)
        if path.suffix.lower() == ".csv":
            raise InputError(
                f"{path.name} is one CSV file: give the whole export (the ZIP or its folder), or "
                "a JSON file with the profile."
            )
    text = read_source(source, "Paste the profile as a JSON object.")
    profile = read_json_object(text, "profile")
    warn_unknown(profile, [f.name for f in PROFILE_FIELDS], "score", ALIASES)
    return {**profile, **extra}


def run(args: argparse.Namespace) -> int:
    extra = read_json_object(read_source(args.extra), "--with file") if args.extra else {}
    if args.goal:
        extra["goal"] = args.goal
    if args.stage:
        extra["stage"] = args.stage
    result = score_profile(load_profile(args.source, extra, args.today), today=args.today)
    if args.json:
        print_json(result)
        return 0
    print(f"Score: {result['score']}/100 ({result['level']}), weighted for {result['goal']}")
    print(f"Advice for: {result['stage_label'].lower()} ({result['stage_why']})")
    if result["ceiling"]:
        print(f"Held at {result['ceiling']['most']} at most: {result['ceiling']['reason']}")
    print("\nSections:")
    for s in result["sections"]:
        filled = round(_BAR * s["score"] / s["max"]) if s["max"] else 0
        bar = "#" * filled + "." * (_BAR - filled)
        print(f"  {s['label']:<22} {s['score']:>5g}/{s['max']:<3} {bar}")
    status = "yes" if result["all_star"] else "missing " + "; ".join(result["all_star_missing"])
    print(f"\nAll-Star checklist: {status}\n  ({result['all_star_note']})")
    if result["fixes"]:
        print(f"\n{order_heading(result['fixes'])}:")
        for fix in result["fixes"]:
            link = full_url(fix["guide"], site_url(args))
            print(f"  +{fix['gain']:<5g} {fix['title']} [{fix['effort']}] {link}")
            for step in fix["steps"]:
                print(f"           - {step['text']}")
            if fix["after"]:
                print(f"           ({waits_for(fix['after'])})")
    if result["export_notes"]:
        print("\nFrom the export:")
        for note in result["export_notes"]:
            print(f"  - {note}")
    return 0
