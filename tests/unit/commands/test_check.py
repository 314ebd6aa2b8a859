"""``connectwisely check``: pasted text or JSON in, the verdict and its reasons out."""

from __future__ import annotations

import io
import json

from connectwisely.cli import main

PASTE = "Victor Lam\nWealth Manager\n12 connections\n\nHi! 25% monthly returns, guaranteed. Message me on Telegram."


def test_pasted_text_from_stdin_prints_the_verdict_and_signals(monkeypatch, capsys):
    """A pasted scam prints REPORT, the fields read, the steps and each signal with its evidence."""
    monkeypatch.setattr("sys.stdin", io.StringIO(PASTE))
    assert main(["check", "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("REPORT")
    assert "Read from the pasted text: name, headline, message, connections" in out
    assert "RQ001" in out and "Evidence: “Telegram”" in out
    assert "What to do next:" in out


def test_json_file_with_me_and_json_output(tmp_path, capsys):
    """A JSON request (with 'me') gives the API's result as JSON; --me-* flags add to 'me'."""
    request = {
        "name": "Kenji",
        "relationship": "studied-together",
        "mutual_connections": 11,
        "me": {"company": "Obayashi"},
    }
    path = tmp_path / "request.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    assert (
        main(
            [
                "check",
                str(path),
                "--json",
                "--today",
                "2026-11-25",
                "--me-interests",
                "bridges, tunnels",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["verdict"] == "accept"
    assert result["suggested_reply"] is None


def test_reply_first_prints_the_reply(monkeypatch, capsys):
    """A thin request prints the suggested reply."""
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "Sam Lee", "message": ""}'))
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("REPLY FIRST") and "> Hi Sam," in out


def test_bad_input_exits_2_with_a_message(monkeypatch, capsys):
    """Broken JSON, an empty input or a bad field exits 2 with a readable message."""
    for stdin in ('{"name": ', "   ", '{"joined": "2030-01"}', '{"name": "x", "me": 5}'):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        assert main(["check", "--today", "2026-11-25"]) == 2
        assert capsys.readouterr().err.startswith("connectwisely check:")


def test_team_flag_reads_a_sites_mkdocs_yml(tmp_path, monkeypatch, capsys):
    """--team mkdocs.yml applies the site's team settings; a bad one exits 2 naming the line."""
    (tmp_path / "rules.yml").write_text(
        "red_flags:\n  - id: desk\n    phrases: [Acme Talent Desk]\n    message: No such desk.\n"
        "    severity: report\n",
        encoding="utf-8",
    )
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "plugins:\n  - connectwisely:\n      organisation: Acme\n      team_rules: rules.yml\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO('{"headline": "Acme Talent Desk"}'))
    assert main(["check", "--team", str(config), "--json", "--today", "2026-11-25"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["verdict"] == "report"
    assert "team:desk" in {s["id"] for s in result["signals"]}
    (tmp_path / "rules.yml").write_text(
        "red_flags:\n  - id: desk\n    weight: 0\n", encoding="utf-8"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "Sam"}'))
    assert main(["check", "--team", str(config)]) == 2
    assert "rules.yml, red_flags[0].weight (line 3)" in capsys.readouterr().err


def test_team_flag_reads_the_json_form(tmp_path, monkeypatch, capsys):
    """--team settings.json works without MkDocs; a bad setting exits 2 with its name."""
    settings = tmp_path / "team.json"
    settings.write_text(
        '{"organisation": "Acme", "company_domains": ["acme.example"]}', encoding="utf-8"
    )
    monkeypatch.setattr(
        "sys.stdin",
        io.StringIO('{"headline": "Recruiter", "message": "Acme job: mail x@acme-hr.com"}'),
    )
    assert main(["check", "--team", str(settings), "--json", "--today", "2026-11-25"]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "report"
    settings.write_text('{"note_limit": 250}', encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "Sam"}'))
    assert main(["check", "--team", str(settings)]) == 2
    assert "note_limit" in capsys.readouterr().err


def test_team_flag_refuses_a_misspelt_option_and_a_broken_guide_link(tmp_path, monkeypatch, capsys):
    """--team mkdocs.yml runs the build's checks: `note_limits` is not silently 200, and a rule's
    guide link to a missing page is caught, both listed, exit 2."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "rules.yml").write_text(
        "red_flags:\n  - id: desk\n    phrases: [Acme Talent Desk]\n    message: No such desk.\n"
        "    severity: report\n    guide: team/desk/\n",
        encoding="utf-8",
    )
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "plugins:\n  - connectwisely:\n      note_limits: 300\n      team_rules: rules.yml\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO('{"name": "Sam"}'))
    assert main(["check", "--team", str(config)]) == 2
    err = capsys.readouterr().err
    assert "note_limits (line 3): unknown option. Did you mean 'note_limit'?" in err
    assert "rules.yml, red_flags[0].guide (line 6): rule 'desk' links to 'team/desk/'" in err
