"""connectwisely.core.team: a team's settings and rules are checked, and a bad one is located."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from connectwisely.core.team import (
    Team,
    TeamConfigError,
    check_team,
    normalise_domain,
    rules_from_data,
    team_from_json,
)
from connectwisely.errors import InputError

RULE = {"id": "gift-cards", "phrases": ["gift card"], "message": "Report it."}
RED = {**RULE, "severity": "warn"}  # a red flag must say its severity
SAMPLE = {
    "organisation": "Acme Robotics",
    "company_names": ["Acme", "acme"],
    "company_domains": ["@Acme.Example"],
    "note_limit": 300,
    "remember_context": False,
    "red_flags": [{**RED, "severity": "report", "weight": 80, "guide": "team/x/#y"}],
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
    (warn,) = rules_from_data({"red_flags": [RED]})
    (caution,) = rules_from_data({"red_flags": [{**RED, "severity": "caution"}]})
    assert (warn.flag, warn.weight, warn.label) == ("scam", 40, "it mentions “gift card”")
    assert (caution.flag, caution.weight) == ("caution", 15)


BAD_SETTINGS = [
    ({"note_limit": 250}, ("note_limit",), "200"),
    ({"note_limit": True}, ("note_limit",), "200"),
    ({"remember_context": "no"}, ("remember_context",), "true or false"),
    ({"company_domains": ["acme"]}, ("company_domains", 0), "domain"),
    ({"company_domains": ["https://acme"]}, ("company_domains", 0), "domain"),
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
    ({"red_flags": [{**RED, "phrase": "x"}]}, ("red_flags", 0, "phrase"), "Unknown key 'phrase'"),
    ({"red_flags": [{**RED, "id": "Gift Cards"}]}, ("red_flags", 0, "id"), "lowercase"),
    ({"red_flags": [{**RED, "phrases": []}]}, ("red_flags", 0, "phrases"), "at least one"),
    (
        {"red_flags": [{**RED, "phrases": ["ok phrase", "a"]}]},
        ("red_flags", 0, "phrases", 1),
        "3 characters",
    ),
    ({"red_flags": [{**RED, "phrases": [12]}]}, ("red_flags", 0, "phrases", 0), "text"),
    ({"red_flags": [{**RED, "message": None}]}, ("red_flags", 0, "message"), "non-empty"),
    ({"red_flags": [{**RED, "message": "x" * 501}]}, ("red_flags", 0, "message"), "too long"),
    (
        {"red_flags": [{**RED, "severity": "block"}]},
        ("red_flags", 0, "severity"),
        "report, warn, caution",
    ),
    ({"red_flags": [{**RED, "weight": 0}]}, ("red_flags", 0, "weight"), "1 to 100"),
    ({"red_flags": [{**RED, "weight": "50"}]}, ("red_flags", 0, "weight"), "1 to 100"),
    (
        {"red_flags": [{**RED, "guide": "https://evil.example/"}]},
        ("red_flags", 0, "guide"),
        "no http",
    ),
    ({"red_flags": [{**RED, "guide": "/team/x/"}]}, ("red_flags", 0, "guide"), "leading slash"),
    (
        {"trusted_phrases": [{**RULE, "severity": "warn"}]},
        ("trusted_phrases", 0, "severity"),
        "no severity",
    ),
    ({"red_flags": [RED], "trusted_phrases": [RULE]}, ("trusted_phrases", 0, "id"), "unique"),
    ({"red_flags": [RED] * 101}, ("red_flags",), "at most 100"),
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


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("www.fjordline.example", "fjordline.example"),
        ("https://www.Fjordline.example/careers", "fjordline.example"),
        ("@acme.example", "acme.example"),
        ("hr@acme.example", "acme.example"),
        ("jobs.acme.example:443", "jobs.acme.example"),
        ("acme.example.", "acme.example"),
    ],
)
def test_domains_are_normalised(written, read):
    """Schemes, www., the part before @, paths, ports and a final dot are dropped; case too."""
    assert normalise_domain(written) == read


def test_normalising_a_domain_is_reported_and_duplicates_kept_once():
    """What was changed is said (for the build output); two spellings of one domain count once."""
    checked = check_team({"company_domains": ["www.Acme.example", "acme.example", "@acme.example"]})
    assert checked.team.company_domains == ("acme.example",)
    assert checked.notes == ("company_domains: 'www.Acme.example' is read as 'acme.example'.",)
    assert not checked.problems


def test_every_mistake_is_collected_not_only_the_first():
    """Three mistakes in one set of settings give three problems, each located."""
    checked = check_team(
        {
            "organization": "Acme",
            "note_limit": 250,
            "red_flags": [{**RULE, "weight": 0}],
        }
    )
    assert [p.where for p in checked.problems] == [
        "organization",
        "note_limit",
        "red_flags[0]",
        "red_flags[0].weight",
    ]
    assert "Did you mean 'organisation'?" in checked.problems[0].message
    assert "not 250" in checked.problems[1].message


def test_a_red_flag_without_severity_points_at_a_missing_trusted_phrases_line():
    """Deleting the `trusted_phrases:` line would make trusted phrases red flags: refused."""
    with pytest.raises(TeamConfigError, match="trusted_phrases:' above it is missing") as caught:
        rules_from_data({"red_flags": [RED, {**RULE, "id": "alumni"}]})
    assert caught.value.path == ("red_flags", 1)


def test_a_misspelt_rule_key_names_the_nearest_key():
    """An unknown key in a rule suggests the key it most likely meant."""
    with pytest.raises(TeamConfigError, match="Did you mean 'severity'") as caught:
        rules_from_data({"red_flags": [{**RED, "severty": "warn"}]})
    assert caught.value.path == ("red_flags", 0, "severty")


_LABEL = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)


@given(
    labels=st.lists(_LABEL, min_size=1, max_size=3),
    tld=st.sampled_from(["com", "example", "no", "co"]),
    scheme=st.sampled_from(["", "http://", "https://", "HTTPS://"]),
    www=st.booleans(),
    upper=st.booleans(),
    tail=st.sampled_from(["", "/", "/careers/", ":443", "."]),
)
def test_how_a_domain_is_written_does_not_change_it(labels, tld, scheme, www, upper, tail):
    """Scheme, www., case and a path or port around a domain: the same domain comes out."""
    domain = ".".join([*labels, tld])
    if domain.startswith("www."):
        return  # "www" as the domain's own first label is dropped too, by design
    written = f"{scheme}{'www.' if www else ''}{domain.upper() if upper else domain}{tail}"
    assert normalise_domain(written) == domain
    assert team_from_json({"company_domains": [written]}).company_domains == (domain,)
