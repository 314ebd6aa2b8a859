"""connectwisely.widgets: the registry, and each form as a team's copy shows it."""

from __future__ import annotations

import pytest

from connectwisely.core.team import Team
from connectwisely.widgets import MODULES, for_team, form

TEAM = Team(organisation="Acme Robotics", note_limit=300, remember_context=False)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_the_public_guides_forms_are_unchanged_by_no_team(name):
    """for_team with the defaults gives back the same form."""
    assert for_team(form(name), Team()) == form(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_a_team_that_turns_remembering_off_leaves_nothing_to_remember(name):
    """remember_context: false clears every field's remember flag."""
    assert not any(f.remember for f in for_team(form(name), TEAM).fields)


@pytest.mark.parametrize("name", ["note-lint", "note-draft"])
def test_the_note_limit_defaults_to_the_teams(name):
    """The limit field starts at the team's limit."""
    assert for_team(form(name), TEAM).field_named("limit").default == 300


def test_the_readers_company_defaults_to_the_organisation():
    """The checker's "Your company" starts as the organisation; other fields keep theirs."""
    shown = for_team(form("request-check"), TEAM)
    assert shown.field_named("me_company").default == "Acme Robotics"
    assert shown.field_named("me_industry").default is None
