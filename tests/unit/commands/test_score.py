"""`connectwisely score`: a JSON profile, or LinkedIn's export as a folder or a ZIP."""

from __future__ import annotations

import json
import shutil
import zipfile

from connectwisely import score_profile
from connectwisely.cli import main
from tests.support.paths import CASES_DIR, SAMPLES

CASES = json.loads((CASES_DIR / "profiles.json").read_text())
GOOD = CASES[0]["profile"]


def test_a_json_profile_prints_the_score_and_fixes(tmp_path, capsys):
    """A JSON file gives the score, the sections, the All-Star line and the fixes."""
    path = tmp_path / "me.json"
    path.write_text(json.dumps(GOOD), encoding="utf-8")
    assert main(["score", str(path), "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    expected = score_profile(GOOD, today="2026-11-25")
    assert out.startswith(f"Score: {expected['score']}/100 ({expected['level']})")
    assert "All-Star checklist: yes" in out and "does not publish" in out


def test_json_output_is_the_api_result(tmp_path, capsys, monkeypatch):
    """--json prints exactly what score_profile returns; --goal overrides the file's goal."""
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(json.dumps(GOOD)))
    assert main(["score", "--json", "--goal", "job-search", "--today", "2026-11-25"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result == score_profile({**GOOD, "goal": "job-search"}, today="2026-11-25")


def test_an_export_folder_and_its_zip_agree(tmp_path, capsys):
    """The unpacked folder and the ZIP give the same result, with --with filling the gaps."""
    folder = tmp_path / "Basic_LinkedInDataExport_07-11-2023"
    shutil.copytree(SAMPLES, folder)
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in sorted(folder.glob("*.csv")):
            handle.write(path, path.name)
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"photo": True, "featured": 2}), encoding="utf-8")
    results = []
    for source in (folder, archive):
        assert (
            main(["score", str(source), "--with", str(extra), "--json", "--today", "2026-11-25"])
            == 0
        )
        results.append(json.loads(capsys.readouterr().out))
    assert results[0]["score"] == results[1]["score"]
    assert results[0]["all_star"] is False  # 16 connections
    assert any("Connections.csv (16 connections)" in n for n in results[0]["export_notes"])


def test_a_single_csv_or_bad_json_is_a_readable_error(tmp_path, capsys):
    """One CSV is not an export, and broken JSON is not a profile: exit 2 with a message."""
    assert main(["score", str(SAMPLES / "Positions.csv")]) == 2
    assert "give the whole export" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    assert main(["score", str(bad)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    bad.write_text('{"photo": "yes please"}', encoding="utf-8")
    assert main(["score", str(bad)]) == 2
    assert "(photo)" in capsys.readouterr().err
