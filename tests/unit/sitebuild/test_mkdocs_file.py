"""sitebuild.mkdocs_file: the plugin's options as a site's mkdocs.yml gives them, with lines."""

from __future__ import annotations

import pytest

from connectwisely.sitebuild.mkdocs_file import read_mkdocs, team_from_mkdocs
from connectwisely.sitebuild.team_config import TeamSettingsError


def test_the_cli_reads_a_sites_mkdocs_yml_through_inherit(tmp_path, monkeypatch):
    """read_mkdocs finds the plugin's options through INHERIT, with lines and !ENV read."""
    monkeypatch.setenv("TEAM_SITE", "https://acme.example/guide/")
    (tmp_path / "base.yml").write_text(
        "site_url: !ENV [TEAM_SITE, 'x']\nplugins:\n  - search\n  - connectwisely:\n"
        "      organisation: Acme\n      note_limit: 300\n",
        encoding="utf-8",
    )
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: Acme\n", encoding="utf-8")
    site = read_mkdocs(tmp_path / "mkdocs.yml")
    assert (site.path.name, site.lines, site.site_url) == (
        "base.yml",
        {"organisation": 5, "note_limit": 6},
        "https://acme.example/guide/",
    )
    team = team_from_mkdocs(tmp_path / "mkdocs.yml")
    assert (team.organisation, team.note_limit) == ("Acme", 300)
    (tmp_path / "other.yml").write_text("plugins: [search]\n", encoding="utf-8")
    with pytest.raises(TeamSettingsError, match="does not use the connectwisely plugin"):
        team_from_mkdocs(tmp_path / "other.yml")


def test_a_broken_mkdocs_yml_is_one_problem_in_plain_words(tmp_path):
    """A YAML mistake in mkdocs.yml itself names the file and line, in words."""
    (tmp_path / "mkdocs.yml").write_text("plugins:\n  - connectwisely:\n    note_limit: [300\n")
    with pytest.raises(TeamSettingsError) as caught:
        read_mkdocs(tmp_path / "mkdocs.yml")
    assert str(caught.value) == (
        "mkdocs.yml, line 3: this is not valid YAML: a list in [brackets] is not closed with ']'."
    )
