"""sitebuild.team_config: a team's options and rule file, every mistake found and located."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from connectwisely.sitebuild.team_config import check_site, load_team
from tests.support.paths import ROOT

TEAM = ROOT / "tests" / "team"
DOCS = ROOT / "docs"

BAD_FILES = [
    (
        "weight out of range",
        """\
        red_flags:
          - id: fine
            phrases: [wire transfer]
            message: Never pay.
            severity: warn
          - id: broken
            phrases: [crypto wallet]
            severity: warn
            weight: 500
            message: Report it.
        """,
        "rules.yml, red_flags[1].weight (line 9): weight must be a whole number from 1 to 100",
    ),
    (
        "a misspelt key",
        """\
        trusted_phrases:
          - id: alumni
            phrase: [Acme Alumni Network]
            message: Real.
        """,
        "rules.yml, trusted_phrases[0].phrase (line 3): Unknown key 'phrase' in a rule. "
        "Did you mean 'phrases'?",
    ),
    (
        "a missing message points at the rule",
        """\
        red_flags:
          - id: no-message
            phrases: [gift card]
            severity: warn
        """,
        "rules.yml, red_flags[0].message (line 2): The message must be non-empty text",
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
            severity: warn
        """,
        "rules.yml, red_flags[0].phrases[1] (line 5): Each phrase needs at least 3 characters",
    ),
    (
        "an unclosed list, on the line where it opens",
        """\
        red_flags:
          - id: x
            phrases: [unclosed
            message: x
        """,
        "rules.yml, line 3: this is not valid YAML: a list in [brackets] is not closed",
    ),
    (
        "a key indented too far, in plain words",
        """\
        red_flags:
          - id: x
            phrases: [gift card]
              message: x
        """,
        "rules.yml, line 4: this is not valid YAML: this line is indented differently",
    ),
    (
        "a rule indented less than the one before",
        """\
        red_flags:
          - id: x
            phrases: [gift card]
         - id: y
        """,
        "rules.yml, line 4: this is not valid YAML: this line is indented differently",
    ),
    (
        "an unknown section",
        """\
        red_flags: []
        trusted_phrase: []
        """,
        "rules.yml, trusted_phrase (line 2): Unknown section 'trusted_phrase'. "
        "Did you mean 'trusted_phrases'?",
    ),
    (
        "a deleted trusted_phrases header",
        """\
        red_flags:
          - id: desk
            phrases: [talent desk]
            message: No such desk.
            severity: report
          - id: alumni
            phrases: [Acme Alumni Network]
            message: Real shared context.
        """,
        "rules.yml, red_flags[1] (line 6): A red flag needs a severity: report, warn or caution. "
        "If this rule is a trusted phrase, the line 'trusted_phrases:' above it is missing.",
    ),
    ("an empty file", "# nothing yet\n", "rules.yml: the rule file has no rules."),
    ("empty sections", "red_flags: []\n", "rules.yml: the rule file has no rules."),
    (
        "a guide anchor that doesn't exist",
        """\
        red_flags:
          - id: desk
            phrases: [talent desk]
            message: No such desk.
            severity: report
            guide: team/connecting-with-clients/#recruiter
        """,
        "rules.yml, red_flags[0].guide (line 6): rule 'desk' links to "
        "'team/connecting-with-clients/#recruiter': team/connecting-with-clients/ has no heading "
        "with the id #recruiter. Did you mean 'recruiters'?",
    ),
    (
        "a guide page that doesn't exist",
        """\
        red_flags:
          - id: desk
            phrases: [talent desk]
            message: No such desk.
            severity: report
            guide: guide/scam/
        """,
        "'guide/scam/' is not a page of this site. Did you mean 'guide/scams/'?",
    ),
]


def check_rules(tmp_path: Path, text: str, **options):
    (tmp_path / "rules.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    settings = {"team_rules": "rules.yml", "team_dir": str(TEAM / "pages"), **options}
    return check_site(settings, tmp_path, DOCS)


@pytest.mark.parametrize(
    ("text", "message"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_a_bad_rule_file_names_the_file_place_line_and_fix(tmp_path, text, message):
    """Every mistake in the rule file is one problem naming the file, the rule, the line."""
    problems = [str(p) for p in check_rules(tmp_path, text).problems]
    assert len(problems) == 1, problems
    assert message in problems[0]


def test_every_mistake_in_a_file_is_reported(tmp_path):
    """Three mistakes in three rules give three problems, in the file's order."""
    text = """\
    red_flags:
      - id: a
        phrases: [gift card]
        message: x
        severity: block
      - id: b
        phrases: [wire transfer]
        message: x
        severity: warn
        weight: 0
    trusted_phrases:
      - id: c
        phrases: [xy]
        message: x
    """
    problems = check_rules(tmp_path, text).problems
    assert [(p.where, p.line) for p in problems] == [
        ("red_flags[0].severity", 5),
        ("red_flags[1].weight", 10),
        ("trusted_phrases[0].phrases[0]", 13),
    ]


def test_the_sample_rules_load():
    """The sample team's rule file (used by the build and browser tests) is valid."""
    team = load_team({"team_rules": "rules.yml"}, TEAM)
    assert [r.id for r in team.rules] == ["fake-talent-desk", "gift-cards", "alumni-network"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            {"team_rules": "missing.yml"},
            "mkdocs.yml, plugins → connectwisely → team_rules (line 4): ",
        ),
        (
            {"company_domains": ["acme"]},
            "mkdocs.yml, plugins → connectwisely → company_domains[0] (line 3): 'acme' is not a domain",
        ),
        (
            {"note_limit": 250},
            "mkdocs.yml, plugins → connectwisely → note_limit (line 2): note_limit must be 200 "
            "(free accounts) or 300 (Premium), not 250.",
        ),
        (
            {"organization": "Acme"},
            "mkdocs.yml, plugins → connectwisely → organization (line 1): unknown option. "
            "Did you mean 'organisation'?",
        ),
        ({"note_limits": 300}, "unknown option. Did you mean 'note_limit'?"),
        ({"team_dir": "pages"}, "team_dir (line 5): the folder"),
        ({"hosting_page": "no"}, "hosting_page must be true or false"),
    ],
)
def test_bad_options_name_the_option_and_line(tmp_path, options, message):
    """A bad plugin option says where it is in mkdocs.yml, on its line, with the fix."""
    lines = {"organization": 1, "note_limit": 2, "company_domains": 3, "team_rules": 4,
             "team_dir": 5}  # fmt: skip
    problems = check_site(options, tmp_path, lines=lines).problems
    assert len(problems) == 1 and message in str(problems[0])


def test_a_rule_file_inside_docs_is_refused(tmp_path):
    """A rule file in docs/ would be published with the site: refused, with where to move it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rules.yml").write_text((TEAM / "rules.yml").read_text(), encoding="utf-8")
    problems = check_site({"team_rules": "docs/rules.yml"}, tmp_path, docs).problems
    assert any("inside docs/, so it would be published" in str(p) for p in problems)


def test_normalised_domains_are_reported(tmp_path):
    """A www. domain works and the check says what it read it as."""
    checked = check_site({"company_domains": ["www.fjordline.example"]}, tmp_path)
    assert checked.team.company_domains == ("fjordline.example",)
    assert checked.notes == [
        "company_domains: 'www.fjordline.example' is read as 'fjordline.example'."
    ]
