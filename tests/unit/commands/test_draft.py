"""``connectwisely draft``: flags or a JSON file (flags win), the drafts with their counts,
--json, and readable errors with exit code 2."""

from __future__ import annotations

import io
import json

from connectwisely import draft_notes
from connectwisely.cli import main

FLAGS = [
    "draft", "--name", "José María García", "--relationship", "met-at-event",
    "--detail", "PyCon Lisbon", "--purpose", "learn", "--tone", "warm", "--limit", "300",
]  # fmt: skip


def test_flags_print_the_drafts_with_counts(capsys):
    """Each draft is printed with its count out of the limit, then the follow-up."""
    assert main(FLAGS) == 0
    out = capsys.readouterr().out
    assert out.count("/300 characters") == 3
    assert "Hi José María," in out and "After they accept:" in out


def test_json_output_is_the_api_result(capsys):
    """--json prints exactly what draft_notes returns."""
    assert main([*FLAGS, "--variant", "2", "--my-name", "Sam", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result == draft_notes(
        {"name": "José María García", "relationship": "met-at-event", "detail": "PyCon Lisbon",
         "purpose": "learn", "tone": "warm", "limit": 300, "variant": 2, "my_name": "Sam"}
    )  # fmt: skip


def test_a_json_file_with_flags_winning(tmp_path, capsys):
    """A context file is read; a flag overrides its key."""
    path = tmp_path / "context.json"
    path.write_text(json.dumps({"name": "Ana", "relationship": "cold", "limit": 300}), "utf-8")
    assert main(["draft", str(path), "--limit", "200", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["limit"] == 200 and "Ana" in result["drafts"][0]["text"]


def test_standard_input(monkeypatch, capsys):
    """'-' reads the context from standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "李娜", "detail": "your podcast"}'))
    assert main(["draft", "-"]) == 0
    assert "李娜" in capsys.readouterr().out


def test_errors_are_readable(tmp_path, capsys):
    """Nothing given, bad JSON and bad values exit 2 with a message, not a traceback."""
    assert main(["draft"]) == 2
    assert "--name" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", "utf-8")
    assert main(["draft", str(bad)]) == 2
    assert "JSON object" in capsys.readouterr().err
    assert main(["draft", "--name", "x" * 120]) == 2
    assert "(name)" in capsys.readouterr().err
