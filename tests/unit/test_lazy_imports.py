"""Imports stay lazy: one tool's call loads that tool's package and the shared helpers, never
another tool's. Each case runs in a fresh interpreter, so nothing imported by other tests counts."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support.paths import ROOT

REQUEST = {"name": "Sam Lee", "message": "Hi! Can we continue on WhatsApp? +49 151 2345678"}
PROBE = """
import json, sys
{setup}
print(json.dumps(sorted(m for m in sys.modules if m.startswith("connectwisely"))))
"""
# How the call is made -> the code that makes it (CPython direct, and as the worker does).
CALLS = {
    "public API": "from connectwisely import check_request\ncheck_request({request})",
    "worker's bridge": "from connectwisely import bridge\n"
    "assert json.loads(bridge.call('check_request', json.dumps({{'request': {request}}})))['ok']",
}
ELSEWHERE = ("scorer", "notes", "network", "widgets", "commands", "sitebuild", "export", "cli")


def modules_after(setup: str) -> list[str]:
    code = PROBE.format(setup=setup.format(request=repr(REQUEST)))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("how", sorted(CALLS))
def test_check_request_loads_only_the_checker(how):
    """After one check_request call: the checker, core and the public face, nothing else."""
    loaded = modules_after(CALLS[how])
    assert "connectwisely.checker.check" in loaded  # the call did run
    assert [m for m in loaded if m.split(".")[1:2] and m.split(".")[1] in ELSEWHERE] == []


def test_importing_the_package_loads_no_tool():
    """``import connectwisely`` alone loads the public face and nothing behind it."""
    assert set(modules_after("import connectwisely")) == {"connectwisely", "connectwisely.errors"}


TEAM_MODULES = {
    "connectwisely.core.team",
    "connectwisely.core.team_rules",
    "connectwisely.checker.team_signals",
}


@pytest.mark.parametrize("widget", ["request-check", "note-lint", "note-draft", "profile-score"])
def test_a_tool_without_team_settings_loads_none_of_their_modules(widget):
    """The public guide has no team settings: its tools, imported and rehearsed as the worker
    does before a reader's first click, never load the settings' modules (some 30 ms of a tool
    page's start in Pyodide)."""
    loaded = modules_after(f"from connectwisely import bridge\nbridge.prepare({widget!r})")
    assert f"connectwisely.widgets.{widget.replace('-', '_')}" in loaded  # it did run
    assert TEAM_MODULES & set(loaded) == set()


def test_a_team_s_settings_load_their_modules_and_add_their_signals():
    """Given a team's settings, the checker loads them and its signals count."""
    loaded = modules_after(
        "from connectwisely import check_request\n"
        "r = check_request({request}, team={{'organisation': 'Acme Bank'}})\n"
        "assert r['verdict']"
    )
    assert set(loaded) >= TEAM_MODULES
