"""The worker's one door: JSON in, JSON out, allowlisted names, no exception escapes."""

from __future__ import annotations

import json

import pytest

from connectwisely import bridge


def call(name, payload):
    return json.loads(
        bridge.call(name, json.dumps(payload) if not isinstance(payload, str) else payload)
    )


def test_an_allowed_call_returns_its_result():
    """lint_note through the bridge returns exactly what the function returns."""
    from connectwisely import lint_note

    reply = call("lint_note", {"text": "Hi", "limit": 300})
    assert reply == {"ok": True, "result": lint_note("Hi", limit=300)}


@pytest.mark.parametrize(
    ("name", "payload", "field"),
    [
        ("eval", {}, None),
        ("__import__", {}, None),
        ("lint_note", {"text": "x", "limit": 150}, "limit"),
        ("lint_note", {"text": "x", "bogus": 1}, None),
        ("lint_note", [1, 2], None),
        ("lint_note", "{not json", None),
        ("submit", {"name": "no-such-tool", "submitted": {}}, None),
    ],
)
def test_refusals_are_input_errors(name, payload, field):
    """Unknown names, bad arguments and malformed JSON come back as readable input errors."""
    reply = call(name, payload)
    assert reply["ok"] is False
    assert reply["error"]["kind"] == "input"
    assert reply["error"]["field"] == field
    assert reply["error"]["message"]


def test_an_unexpected_exception_is_contained(monkeypatch):
    """A bug inside a tool becomes an 'internal' error reply, never an exception."""
    import connectwisely.notes.lint

    def broken(text, *, limit=200):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(connectwisely.notes.lint, "lint_note", broken)
    reply = call("lint_note", {"text": "x"})
    assert reply["ok"] is False
    assert reply["error"]["kind"] == "internal"
    assert "ZeroDivisionError" in reply["error"]["detail"]


def test_submit_runs_a_widget_and_returns_its_view():
    """A submitted form comes back with the API result and a view tree."""
    reply = call(
        "submit", {"name": "note-lint", "submitted": {"message": "Hi <b>x</b>", "limit": "200"}}
    )
    assert reply["ok"]
    assert reply["result"]["result"]["length"] == 11
    assert reply["result"]["view"]["tag"] == "div"


TEAM = {"organisation": "Acme", "company_domains": ["acme.example"]}
BORROWED = {"headline": "Recruiter", "message": "Hiring for Acme: mail jobs@acme-jobs.com"}


def test_submit_passes_the_pages_team_settings_to_the_tool():
    """The team JSON a page sends with a submission changes the checker's answer."""
    plain = call("submit", {"name": "request-check", "submitted": BORROWED})
    team = call("submit", {"name": "request-check", "submitted": BORROWED, "team": TEAM})
    assert plain["ok"] and team["ok"]
    assert plain["result"]["result"]["verdict"] != "report"
    assert team["result"]["result"]["verdict"] == "report"


def test_submit_ignores_team_settings_for_tools_without_them():
    """The linter takes no team: the settings are not passed, and nothing fails."""
    reply = call(
        "submit",
        {"name": "note-lint", "submitted": {"message": "Hi", "limit": "300"}, "team": TEAM},
    )
    assert reply["ok"] and reply["result"]["result"]["limit"] == 300


def test_bad_team_settings_are_an_input_error_for_the_team_field():
    """Broken settings come back as a message about 'team', never a crash."""
    reply = call("check_request", {"request": {"name": "Sam"}, "team": {"note_limit": 1}})
    assert reply["ok"] is False
    assert reply["error"]["kind"] == "input" and reply["error"]["field"] == "team"


@pytest.mark.parametrize(
    "widget", ["request-check", "profile-score", "note-draft", "note-lint", "network-review"]
)
def test_prepare_imports_the_tool_behind_a_widget(widget, monkeypatch):
    """What the worker warms before ready: the widget's module and its tool's module."""
    import sys

    from connectwisely import TOOLS

    tool = next(t for t in TOOLS if t.widget == widget)
    for name in (tool.widget_module, tool.module):
        monkeypatch.delitem(sys.modules, name, raising=False)
    bridge.prepare(widget)
    assert tool.widget_module in sys.modules
    assert tool.module in sys.modules


@pytest.mark.parametrize("widget", ["request-check", "note-draft", "network-review"])
def test_prepare_rehearses_the_tool_on_its_placeholders_and_never_fails(widget, monkeypatch):
    """The rehearsal submits the form's own text placeholders, and a text area with none its
    label (so the paths that read a note run: their patterns compile before ready), once; a
    tool that refuses them (a file-only form) raises nothing out of prepare."""
    from connectwisely import widgets

    seen = []

    def refuse(name, submitted, team=None):
        seen.append((name, submitted))
        raise widgets.InputError("refused")

    monkeypatch.setattr(widgets, "submit", refuse)
    monkeypatch.setattr(bridge, "_REHEARSED", set())
    assert bridge.prepare(widget) is None
    fields = [f for f in widgets.form(widget).fields if f.kind in ("text", "textarea")]
    expected = {f.name: f.placeholder for f in fields if f.placeholder}
    expected |= {f.name: f.label for f in fields if f.kind == "textarea" and not f.placeholder}
    assert seen == [(widget, expected)]
    if widget == "request-check":  # the note and the pasted text, which have no placeholder
        assert {"message", "text"} <= set(expected)


@pytest.mark.parametrize("widget", ["request-check", "note-draft", "note-lint"])
def test_prepare_rehearses_a_widget_only_the_first_time(widget, monkeypatch):
    """The worker prepares the page's tools before ready and again when the page listens: the
    second time imports nothing new and rehearses nothing, so the reader's first answer does
    not queue behind a second rehearsal."""
    from connectwisely import widgets

    seen = []
    monkeypatch.setattr(widgets, "submit", lambda name, submitted, team=None: seen.append(name))
    monkeypatch.setattr(bridge, "_REHEARSED", set())
    bridge.prepare(widget)
    bridge.prepare(widget)
    bridge.prepare(widget)
    assert seen == [widget]


def test_a_rehearsed_checker_compiles_nothing_on_its_first_real_note(monkeypatch):
    """After prepare, a first real request (a rate, an app's nickname, a number in words)
    compiles none of the checker's tables or rules: its first answer is as fast as later ones.
    Only the small patterns that read a number found in words may compile (the unit after it,
    built per note and language, and the word splitter)."""
    import re._compiler as compiler

    bridge.prepare("request-check")
    compiled = []
    real = compiler.compile
    monkeypatch.setattr(
        compiler, "compile", lambda p, flags=0: compiled.append(p) or real(p, flags)
    )
    reply = bridge.call(
        "submit",
        '{"name": "request-check", "submitted": {"name": "Angela Moore", "message": "Fifteen '
        'dollars per hour, text me on WA so I can share the details."}}',
    )
    assert '"ok": true' in reply
    small = [p for p in compiled if str(p).startswith(r"\s*(?:") or p == r"[^\W\d_]+"]
    assert compiled == small


def test_prepare_ignores_names_it_does_not_know():
    """Warming is an optimization: a page's unknown widget name is never an error."""
    assert bridge.prepare("no-such-tool") is None


def test_stdlib_modules_lists_only_what_came_from_a_stdlib_archive():
    """In CPython the standard library is not in a zip, so nothing is listed."""
    assert bridge.stdlib_modules() == []


def test_without_a_precompiled_table_re_compiles_as_usual():
    """The source tree has no patterns.bin (only the site's wheel does): nothing is installed."""
    import re

    before = re.compile
    assert bridge.use_precompiled_patterns() == 0
    assert re.compile is before
    assert json.loads(bridge.precompiled_report()) == {"table": 0, "built": 0, "differing": []}
