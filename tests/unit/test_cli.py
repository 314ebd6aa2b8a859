"""The terminal entry point: subcommands, exit codes, and readable errors."""

from __future__ import annotations

import json

import pytest

from connectwisely.cli import main
from connectwisely.notes.lint import CHECKS


def test_lint_reads_stdin_and_prints_the_checks(monkeypatch, capsys):
    """A good note passes with exit code 0 and a line per check."""
    monkeypatch.setattr(
        "sys.stdin", __import__("io").StringIO("Hi Ana - loved your talk at PyCon.\n")
    )
    assert main(["lint"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("34/200 characters")
    assert out.count("LN0") == len(CHECKS)


def test_lint_json_and_failing_note(tmp_path, capsys):
    """--json prints the API result; a failing note exits 1."""
    note = tmp_path / "note.txt"
    note.write_text("I'd like to join your LinkedIn network.", encoding="utf-8")
    assert main(["lint", str(note), "--json", "--limit", "300"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert result["limit"] == 300 and not all(c["ok"] for c in result["checks"])


def test_a_missing_file_is_a_readable_error(capsys):
    """An unreadable input file gives exit code 2 and a message, not a traceback."""
    assert main(["lint", "/no/such/file.txt"]) == 2
    assert "/no/such/file.txt does not exist." in capsys.readouterr().err


def test_version_and_help(capsys):
    """--version names the package."""
    with pytest.raises(SystemExit):
        main(["--version"])
    assert "connectwisely" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "limit"),
    [([], 300), (["--limit", "200"], 200)],
)
def test_lint_and_draft_take_the_teams_note_limit(tmp_path, capsys, args, limit):
    """--team sets the default limit for lint and draft; an explicit --limit wins."""
    settings = tmp_path / "team.json"
    settings.write_text('{"note_limit": 300}', encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("Hi Ana - loved your talk at PyCon.", encoding="utf-8")
    main(["lint", str(note), "--json", "--team", str(settings), *args])
    assert json.loads(capsys.readouterr().out)["limit"] == limit
    draft = ["draft", "--name", "Ana", "--relationship", "met-at-event", "--detail", "PyCon"]
    assert main([*draft, "--json", "--team", str(settings), *args]) == 0
    assert json.loads(capsys.readouterr().out)["limit"] == limit
