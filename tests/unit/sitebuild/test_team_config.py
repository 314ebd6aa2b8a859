"""sitebuild.team_config: a team's rule file and options, checked with the line named."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from connectwisely.sitebuild.team_config import (
    TeamSettingsError,
    load_team,
    read_rules,
    team_from_mkdocs,
)

TEAM = Path(__file__).resolve().parents[2] / "team"

BAD_FILES = [
    (
        "weight out of range",
        """\
        red_flags:
          - id: fine
            phrases: [wire transfer]
            message: Never pay.
          - id: broken
            phrases: [crypto wallet]
            weight: 500
            message: Report it.
        """,
        "line 7 (red_flags[1].weight): weight must be a whole number from 1 to 100",
    ),
    (
        "a misspelt key",
        """\
        trusted_phrases:
          - id: alumni
            phrase: [Acme Alumni Network]
            message: Real.
        """,
        "line 3 (trusted_phrases[0].phrase): Unknown key 'phrase'",
    ),
    (
        "a missing message points at the rule",
        """\
        red_flags:
          - id: no-message
            phrases: [gift card]
        """,
        "line 2 (red_flags[0].message): The message must be non-empty text",
    ),
    (
        "a second phrase too short",
        """\
        red_flags:
          - id: short
            phrases:
              - long enough
              - ab
            message: x
        """,
        "line 5 (red_flags[0].phrases[1]): Each phrase needs at least 3 characters",
    ),
    (
        "broken YAML",
        """\
        red_flags:
          - id: x
            phrases: [unclosed
        """,
        "line 4: this is not valid YAML",
    ),
    (
        "an unknown section",
        """\
        red_flags: []
        green_flags: []
        """,
        "line 2 (green_flags): Unknown section 'green_flags'",
    ),
]


@pytest.mark.parametrize(
    ("text", "message"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_a_bad_rule_file_names_the_line(tmp_path, text, message):
    """Every mistake in the rule file gives the file's name, the line and what is wrong."""
    path = tmp_path / "rules.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(TeamSettingsError) as caught:
        read_rules(path)
    assert str(caught.value).startswith("rules.yml, ")
    assert message in str(caught.value)


def test_the_sample_rules_load():
    """The sample team's rule file (used by the build and browser tests) is valid."""
    data = read_rules(TEAM / "rules.yml")
    assert [r["id"] for r in data["red_flags"]] == ["fake-talent-desk", "gift-cards"]


def test_an_empty_rule_file_is_no_rules(tmp_path):
    """An empty file (or one of comments) adds nothing and is not an error."""
    path = tmp_path / "rules.yml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert read_rules(path) == {}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"team_rules": "missing.yml"}, "missing.yml does not exist"),
        (
            {"company_domains": ["acme"]},
            "connectwisely → company_domains[0]: 'acme' is not a domain",
        ),
    ],
)
def test_bad_options_name_the_option(tmp_path, options, message):
    """A bad plugin option says where it is in mkdocs.yml."""
    with pytest.raises(TeamSettingsError) as caught:
        load_team(options, tmp_path)
    assert message in str(caught.value)


def test_options_and_rules_make_one_team():
    """The options and the rule file combine into the team the tools use."""
    team = load_team(
        {"organisation": "Acme Robotics", "note_limit": 300, "team_rules": "rules.yml"}, TEAM
    )
    assert (team.organisation, team.note_limit, len(team.rules)) == ("Acme Robotics", 300, 3)


def test_the_cli_reads_a_sites_mkdocs_yml_through_inherit(tmp_path):
    """team_from_mkdocs finds the plugin's options, following INHERIT, ignoring !ENV tags."""
    (tmp_path / "base.yml").write_text(
        "site_url: !ENV [SITE_URL, 'x']\nplugins:\n  - search\n  - connectwisely:\n"
        "      organisation: Acme\n      note_limit: 300\n",
        encoding="utf-8",
    )
    (tmp_path / "mkdocs.yml").write_text("INHERIT: base.yml\nsite_name: Acme\n", encoding="utf-8")
    team = team_from_mkdocs(tmp_path / "mkdocs.yml")
    assert (team.organisation, team.note_limit) == ("Acme", 300)
    (tmp_path / "other.yml").write_text("plugins: [search]\n", encoding="utf-8")
    with pytest.raises(TeamSettingsError, match="does not use the connectwisely plugin"):
        team_from_mkdocs(tmp_path / "other.yml")
