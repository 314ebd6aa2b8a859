"""connectwisely.core.team: a team's settings and rules are checked, and a bad one is located."""

from __future__ import annotations

import pytest

from connectwisely.core.team import Team, TeamConfigError, rules_from_data, team_from_json
from connectwisely.errors import InputError

RULE = {"id": "gift-cards", "phrases": ["gift card"], "message": "Report it."}
SAMPLE = {
    "organisation": "Acme Robotics",
    "company_names": ["Acme", "acme"],
    "company_domains": ["@Acme.Example"],
    "note_limit": 300,
    "remember_context": False,
    "red_flags": [{**RULE, "severity": "report", "weight": 80, "guide": "team/x/#y"}],
    "trusted_phrases": [{"id": "alumni", "phrases": "Acme Alumni Network", "message": "Real."}],
}


def test_no_settings_is_the_public_guide():
    """None and {} both give the defaults: no organisation, limit 200, remembering allowed."""
    assert team_from_json(None) == team_from_json({}) == Team()
    assert Team().note_limit == 200 and Team().remember_context and not Team().rules


def test_settings_are_normalised():
    """Domains lose '@' and case; a single phrase becomes a list; names are kept once each."""
    team = team_from_json(SAMPLE)
    assert team.company_domains == ("acme.example",)
    assert team.names == ("Acme Robotics", "Acme")
    flag, trusted = team.rules
    assert (flag.flag, flag.weight, flag.guide) == ("red", 80, "team/x/#y")
    assert (trusted.kind, trusted.flag, trusted.phrases) == (
        "trusted",
        "claimed",
        ("Acme Alumni Network",),
    )


def test_json_form_round_trips():
    """to_json then team_from_json gives the same settings (what the page and CLI rely on)."""
    team = team_from_json(SAMPLE)
    assert team_from_json(team.to_json()) == team


def test_default_labels_and_weights_follow_severity():
    """Without a label or weight, a rule gets one from its severity."""
    (warn,) = rules_from_data({"red_flags": [RULE]})
    (caution,) = rules_from_data({"red_flags": [{**RULE, "severity": "caution"}]})
    assert (warn.flag, warn.weight, warn.label) == ("scam", 40, "it mentions “gift card”")
    assert (caution.flag, caution.weight) == ("caution", 15)


BAD_SETTINGS = [
    ({"note_limit": 250}, ("note_limit",), "200"),
    ({"note_limit": True}, ("note_limit",), "200"),
    ({"remember_context": "no"}, ("remember_context",), "true or false"),
    ({"company_domains": ["acme"]}, ("company_domains", 0), "domain"),
    ({"company_domains": ["http://acme.example"]}, ("company_domains", 0), "domain"),
    ({"company_names": [""]}, ("company_names", 0), "non-empty"),
    ({"company_names": ["x"] * 21}, ("company_names",), "at most 20"),
    ({"organisation": ["Acme"]}, ("organisation",), "text"),
    ({"colour": "red"}, ("colour",), "Unknown team setting"),
    ("Acme", (), "named values"),
]


@pytest.mark.parametrize(("settings", "path", "words"), BAD_SETTINGS)
def test_bad_settings_name_the_setting(settings, path, words):
    """Each bad setting is a TeamConfigError (an InputError) whose path names the setting."""
    with pytest.raises(TeamConfigError) as caught:
        team_from_json(settings)
    assert caught.value.path == path
    assert words in caught.value.message
    assert isinstance(caught.value, InputError) and caught.value.field == "team"


BAD_RULES = [
    ({"red_flag": []}, ("red_flag",), "Unknown section"),
    ({"red_flags": {"id": "x"}}, ("red_flags",), "must be a list"),
    ({"red_flags": ["gift card"]}, ("red_flags", 0), "set of keys"),
    ({"red_flags": [{**RULE, "phrase": "x"}]}, ("red_flags", 0, "phrase"), "Unknown key 'phrase'"),
    ({"red_flags": [{**RULE, "id": "Gift Cards"}]}, ("red_flags", 0, "id"), "lowercase"),
    ({"red_flags": [{**RULE, "phrases": []}]}, ("red_flags", 0, "phrases"), "at least one"),
    (
        {"red_flags": [{**RULE, "phrases": ["ok phrase", "a"]}]},
        ("red_flags", 0, "phrases", 1),
        "3 characters",
    ),
    ({"red_flags": [{**RULE, "phrases": [12]}]}, ("red_flags", 0, "phrases", 0), "text"),
    ({"red_flags": [{**RULE, "message": None}]}, ("red_flags", 0, "message"), "non-empty"),
    ({"red_flags": [{**RULE, "message": "x" * 501}]}, ("red_flags", 0, "message"), "too long"),
    (
        {"red_flags": [{**RULE, "severity": "block"}]},
        ("red_flags", 0, "severity"),
        "report, warn, caution",
    ),
    ({"red_flags": [{**RULE, "weight": 0}]}, ("red_flags", 0, "weight"), "1 to 100"),
    ({"red_flags": [{**RULE, "weight": "50"}]}, ("red_flags", 0, "weight"), "1 to 100"),
    (
        {"red_flags": [{**RULE, "guide": "https://evil.example/"}]},
        ("red_flags", 0, "guide"),
        "no http",
    ),
    ({"red_flags": [{**RULE, "guide": "/team/x/"}]}, ("red_flags", 0, "guide"), "leading slash"),
    (
        {"trusted_phrases": [{**RULE, "severity": "warn"}]},
        ("trusted_phrases", 0, "severity"),
        "no severity",
    ),
    ({"red_flags": [RULE], "trusted_phrases": [RULE]}, ("trusted_phrases", 0, "id"), "unique"),
    ({"red_flags": [RULE] * 101}, ("red_flags",), "at most 100"),
]


@pytest.mark.parametrize(("rules", "path", "words"), BAD_RULES)
def test_bad_rules_are_located(rules, path, words):
    """Each mistake in a rule file is reported with the path to the offending key."""
    with pytest.raises(TeamConfigError) as caught:
        rules_from_data(rules)
    assert caught.value.path == path
    assert words in caught.value.message


def test_paths_read_as_written():
    """The path is shown the way a reader writes it."""
    assert TeamConfigError("x", ("red_flags", 2, "weight")).where == "red_flags[2].weight"
    assert TeamConfigError("x", ()).where == ""
