"""``connectwisely network``: a Connections.csv or the export ZIP, --invitations, --today,
--json; readable errors with exit code 2."""

from __future__ import annotations

import json
import zipfile

import pytest

from connectwisely.cli import main
from tests.support.generated_connections import TODAY, generate
from tests.support.paths import SAMPLES
from tests.support.stand_in_checker import use_stand_in_checker


@pytest.fixture
def fake_checker(monkeypatch):
    """A stand-in request checker that accepts everything."""

    def check_request(request, *, me=None, today=None, team=None):
        return {"verdict": "accept", "risk": 0, "relevance": 50, "signals": [], "summary": "Fine."}

    use_stand_in_checker(monkeypatch, check_request)


def test_json_gives_the_generators_figures(tmp_path, capsys):
    """--json prints the API result; its figures are the generator's."""
    path, truth = generate(tmp_path, rows=300, era="excel", seed=4)
    assert main(["network", str(path), "--today", TODAY, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {k: result[k] for k in truth} == truth


def test_text_report_lists_figures_companies_and_advice(tmp_path, capsys):
    """Without --json: the summary, the figures, top companies and the advice."""
    path, truth = generate(tmp_path, rows=600, seed=2)
    assert main(["network", str(path), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{truth['total']:,} connections")
    assert truth["top_companies"][0][0] in out and "Top companies:" in out


def test_the_export_zip_brings_its_invitations(tmp_path, capsys, fake_checker):
    """Given the ZIP, the review includes the ZIP's Invitations.csv."""
    archive = tmp_path / "Basic_LinkedInDataExport_11-25-2025.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(SAMPLES / "Connections.csv", "Connections.csv")
        z.write(SAMPLES / "Invitations.csv", "Invitations.csv")
    assert main(["network", str(archive), "--today", "2025-11-25", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["total"] == 16 and result["incoming_total"] == 5
    assert len(result["outgoing_pending"]) == 3  # four weeks or more


def test_invitations_given_separately(capsys, fake_checker):
    """--invitations adds the triage to a Connections.csv."""
    args = [
        "network",
        str(SAMPLES / "Connections.csv"),
        "--invitations",
        str(SAMPLES / "Invitations.csv"),
    ]
    assert main([*args, "--today", "2025-11-25"]) == 0
    out = capsys.readouterr().out
    assert "Invitations you received:" in out and "consider withdrawing" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["network", "/no/such/Connections.csv"], "Cannot read /no/such/Connections.csv"),
        (
            ["network", str(SAMPLES / "Skills.csv")],
            "Skills.csv looks like LinkedIn's Skills.csv, not LinkedIn's Connections.csv",
        ),
        (
            [
                "network",
                str(SAMPLES / "Connections.csv"),
                "--invitations",
                str(SAMPLES / "Skills.csv"),
            ],
            "Skills.csv looks like LinkedIn's Skills.csv, not LinkedIn's Invitations.csv",
        ),
        (["network", str(SAMPLES / "Connections.csv"), "--today", "yesterday"], "YYYY-MM-DD"),
    ],
)
def test_errors_are_readable_with_exit_code_2(args, words, capsys):
    """A missing file, a wrong file or a wrong date: exit code 2 and a message naming it."""
    assert main(args) == 2
    assert words in capsys.readouterr().err


def test_the_new_sections_in_json_and_text(tmp_path, capsys):
    """--messages, --earlier, --interests, --company: the same sections as the page, with the
    generator's figures in --json and each list titled in the text report."""
    path, truth = generate(tmp_path, rows=400, seed=6, messages="2026", later=True)
    later = path.with_name(f"{path.stem}-later.csv")
    messages = path.with_name(f"{path.stem}-messages-2026.csv")
    common = ["--messages", str(messages), "--interests", "Hooli, data", "--company", "Hooli"]
    assert main(["network", str(later), "--earlier", str(path), *common, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["compare"]["new_count"] == truth["compare"]["new_count"]
    assert result["compare"]["gone_count"] == truth["compare"]["gone_count"]
    assert result["reconnect"]["terms"] == ["Hooli", "data"]
    assert result["lookup"]["count"] > 0 and result["quiet"]["people"] > 0
    assert main(["network", str(path), *common, "--today", TODAY]) == 0
    out = capsys.readouterr().out
    for title in (
        "People to reconnect with (Hooli, data; known 1+ years)",
        "Who you know at Hooli",
        "Conversations quiet for six months or more",
        "They wrote last and got no reply",
        f"as of {TODAY} (the date you gave",
    ):
        assert title in out
    quiet = truth["quiet"]
    assert f"Conversations quiet for six months or more ({quiet['went_quiet_count']}):" in out


def test_the_zip_gives_its_date_and_its_messages(tmp_path, capsys):
    """The ZIP's name dates the review; its messages.csv is read."""
    archive = tmp_path / "Basic_LinkedInDataExport_11-25-2025.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(SAMPLES / "Connections.csv", "Connections.csv")
        z.write(SAMPLES / "messages.csv", "messages.csv")
    assert main(["network", str(archive), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["as_of"]["date"] == "2025-11-25" and result["as_of"]["source"] == "export-name"
    assert result["quiet"]["went_quiet_count"] == 2
