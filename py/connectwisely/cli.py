"""``connectwisely``: the tools from a terminal, one subcommand per tool.

Each subcommand lives in ``connectwisely.commands.<name>`` with ``HELP``, ``add_arguments(parser)``
and ``run(args) -> int``; they are imported only when used.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from . import __version__
from .errors import InputError

COMMANDS = {
    "lint": "connectwisely.commands.lint",
    "check": "connectwisely.commands.check",
    "score": "connectwisely.commands.score",
    "draft": "connectwisely.commands.draft",
    "network": "connectwisely.commands.network",
}


def _parser(available: dict) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="connectwisely",
        description="LinkedIn networking tools from the Connect Wisely guide. Everything runs locally.",
    )
    parser.add_argument("--version", action="version", version=f"connectwisely {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in available.items():
        command = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
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
        where = f" ({exc.field})" if exc.field else ""
        print(f"connectwisely {args.command}: {exc.message}{where}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
