"""``connectwisely``: the tools from a terminal, one subcommand per tool.

Each subcommand lives in ``connectwisely.commands.<name>`` with ``HELP``, ``add_arguments(parser)``
and ``run(args) -> int`` (and optionally ``EPILOG``, shown after its ``--help``); they are
imported only when used. Exit codes are the same for all (``commands.EXIT_CODES``): 0 done,
1 needs attention, 2 bad input. Output cut short by a reader (``| head``) ends quietly.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module

from . import TOOLS, __version__
from .commands import EXIT_CODES
from .errors import InputError

# One subcommand per tool (from the tools' registry), and the commands that are no tool.
COMMANDS = {
    **{tool.command: tool.command_module for tool in TOOLS},
    "team": "connectwisely.commands.team",  # checks a team's settings
}
_EXIT_CODES = """exit codes:
  0  done
  1  it needs your attention (lint, check --fail-on, team check)
  2  bad input: the message says what to fix"""


def _parser(available: dict) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="connectwisely",
        description="LinkedIn networking tools from the Connect Wisely guide. Everything runs locally.",
        epilog=_EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"connectwisely {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in available.items():
        command = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog="\n\n".join(filter(None, (getattr(module, "EPILOG", ""), EXIT_CODES))),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def _main(argv: list[str] | None) -> int:
    available = {}
    for name, path in COMMANDS.items():
        try:
            available[name] = import_module(path)
        except ModuleNotFoundError:
            continue  # a tool not shipped in this build
    args = _parser(available).parse_args(argv)
    try:
        return args.run(args)
    except InputError as exc:
        where = f" ({exc.field})" if exc.field and exc.field != "team" else ""
        print(f"connectwisely {args.command}: {exc.message}{where}", file=sys.stderr)
        return 2


def main(argv: list[str] | None = None) -> int:
    try:
        try:
            code = _main(argv)
        finally:
            sys.stdout.flush()  # here, so a closed pipe is caught below (also after --help)
        return code
    except BrokenPipeError:
        # the reader stopped reading (| head): not an error; keep Python from a second complaint
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
