"""``connectwisely team check``: everything the build checks in a team's copy, and its examples.

It runs :func:`connectwisely.sitebuild.team_config.check_site`, the check the build and the
preview run, so it finds the same problems in the same words, without building the site;
then the team's own examples (``examples.yml`` beside the rule file). The Pages workflow
runs it before deploying. It needs PyYAML and Markdown, which MkDocs installs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError

HELP = "Check a team's copy: its settings, rule file, guide links and examples."
EPILOG = """example:
  connectwisely team check              # the mkdocs.yml in this folder
  connectwisely team check site/mkdocs.yml"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = sub.add_parser(
        "check",
        help="validate everything the build validates, then run the team's examples",
        description="Validate everything the build validates, then run the team's examples. "
        "Exit 0 when all is well, 1 on any problem, 2 when mkdocs.yml can't be read.",
    )
    check.add_argument("config", nargs="?", default="mkdocs.yml", help="the site's mkdocs.yml")
    check.add_argument(
        "--examples", metavar="FILE", help="the examples (default: examples.yml by the rule file)"
    )


def run(args: argparse.Namespace) -> int:
    try:
        from ..sitebuild.mkdocs_file import read_mkdocs
        from ..sitebuild.team_config import TeamSettingsError, check_site
        from ..sitebuild.team_examples import run_examples
    except ImportError:
        raise InputError(
            "team check needs the build's packages (PyYAML, Markdown): run `nox -s team`, or "
            "install the docs dependencies."
        ) from None
    config = Path(args.config)
    try:
        site = read_mkdocs(config)
    except TeamSettingsError as exc:
        raise InputError(str(exc)) from None
    if site.options is None:
        raise InputError(f"{config} does not use the connectwisely plugin.")
    checked = check_site(site.options, config.parent, site.docs_dir, site.lines, site.path.name)
    problems = list(checked.problems)
    for note in checked.notes:
        print(f"note: {note}")
    examples = Path(args.examples) if args.examples else checked.examples
    count = 0
    if problems and examples is not None and (args.examples or examples.exists()):
        print("The examples are run once the settings above are fixed.", file=sys.stderr)
    elif examples is not None and (args.examples or examples.exists()):
        base = config.parent.resolve()
        inside = examples.resolve().is_relative_to(base)
        shown = args.examples or (
            str(examples.resolve().relative_to(base)) if inside else str(examples)
        )
        count, failed = run_examples(examples, checked.team, shown)
        problems += failed
    for problem in problems:
        print(problem)
    rules = len(checked.team.rules)
    summary = f"{rules} rule{'s' * (rules != 1)}, {count} example{'s' * (count != 1)}"
    if problems:
        print(f"{len(problems)} problem{'s' * (len(problems) != 1)} ({summary}).", file=sys.stderr)
        return 1
    print(f"All good: {summary}, every check the build runs passed.")
    return 0
