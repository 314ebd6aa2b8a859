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
    import connectwisely.lint

    def broken(text, *, limit=200):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(connectwisely.lint, "lint_note", broken)
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
