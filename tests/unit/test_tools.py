"""The tools' one registry, ``connectwisely.TOOLS``: every other list of tools is derived from it
or checked against it here (the lazy API, the worker's allowlist, the page's forms, the CLI's
subcommands, the page script's headline keys), and every name in it leads to real code."""

from __future__ import annotations

import re
from importlib import import_module

import pytest

import connectwisely
from connectwisely import TOOLS, bridge, cli, widgets
from tests.support.paths import ROOT

PACKAGE = ROOT / "py" / "connectwisely"
FEEDBACK_JS = ROOT / "overrides" / "assets" / "connectwisely" / "feedback.js"
BY_NAME = {tool.function: tool for tool in TOOLS}
NOT_TOOLS = {"team"}  # CLI commands that run no tool (``team check`` checks a team's settings)


def test_each_name_is_given_once():
    """No two tools share a function, a widget or a command."""
    for attribute in ("function", "widget", "command"):
        names = [getattr(tool, attribute) for tool in TOOLS]
        assert len(names) == len(set(names)), attribute


def test_the_derived_lists_say_the_same():
    """The public API, bridge.CALLS, widgets.MODULES and cli.COMMANDS list the same tools."""
    assert connectwisely.__all__ == ["InputError", *BY_NAME]
    assert tuple(bridge.CALLS) == (*BY_NAME, "submit")
    assert set(widgets.MODULES) == {tool.widget for tool in TOOLS}
    assert set(cli.COMMANDS) == {tool.command for tool in TOOLS} | NOT_TOOLS


@pytest.mark.parametrize("tool", TOOLS, ids=lambda t: t.function)
def test_each_tool_is_real_code(tool):
    """The function is defined where the registry says; its widget's form carries the widget's
    name; its command has HELP, arguments and run."""
    function = getattr(connectwisely, tool.function)
    assert function.__module__ == tool.module and function.__name__ == tool.function
    form = import_module(tool.widget_module).FORM
    assert form.name == tool.widget
    command = import_module(tool.command_module)
    assert command.HELP and callable(command.add_arguments) and callable(command.run)


def test_no_widget_or_command_is_left_out():
    """Every widget module with a FORM and every command module (but the few that run no
    tool) is in the registry."""
    forms = {p.stem for p in (PACKAGE / "widgets").glob("*.py") if "\nFORM = " in p.read_text()}
    assert forms == {tool.widget.replace("-", "_") for tool in TOOLS}
    commands = {p.stem for p in (PACKAGE / "commands").glob("*.py") if p.stem != "__init__"}
    assert commands == {tool.command for tool in TOOLS} | NOT_TOOLS


def test_the_page_script_clears_every_headline_key():
    """feedback.js's HEADLINE_KEYS (the form's data-* figures it clears before a new answer)
    are the registry's headline keys."""
    match = re.search(r"const HEADLINE_KEYS = \[(.*?)\];", FEEDBACK_JS.read_text(encoding="utf-8"))
    assert match, "feedback.js no longer declares HEADLINE_KEYS as a list literal"
    assert set(re.findall(r'"([a-z]+)"', match.group(1))) == {
        t.headline for t in TOOLS if t.headline
    }
