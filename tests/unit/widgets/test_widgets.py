"""connectwisely.widgets: the registry, and each form as a team's copy shows it."""

from __future__ import annotations

import base64

import pytest

from connectwisely.core.team import Team
from connectwisely.widgets import MODULES, for_team, form, submit
from tests.support.paths import SAMPLES
from tests.support.zips import zipped

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


def _export_zip() -> dict:
    members = {
        n: (SAMPLES / n).read_bytes() for n in ("Profile.csv", "Positions.csv", "Skills.csv")
    }
    data = zipped(members)
    return {"name": "export.zip", "size": len(data), "base64": base64.b64encode(data).decode()}


@pytest.mark.parametrize(
    ("submitted", "filled", "kept"),
    [
        ({"export_zip": "zip"}, {"headline", "about", "location", "industry", "skills"}, {}),
        (
            {"export_zip": "zip", "headline": "My own words"},
            {"about", "location", "industry", "skills"},
            {"headline"},
        ),
        ({"headline": "Typed only"}, set(), {}),
    ],
)
def test_what_was_read_from_the_export_comes_back_for_the_empty_fields(submitted, filled, kept):
    """A scored export fills the fields the reader left empty (lists one item a line); a typed
    field is never overwritten, and with no file nothing comes back."""
    if submitted.get("export_zip"):
        submitted = {**submitted, "export_zip": _export_zip()}
    answer = submit("profile-score", submitted)
    assert set(answer.get("filled", {})) == filled
    assert not set(answer.get("filled", {})) & set(kept)
    if "skills" in filled:
        assert "\n" in answer["filled"]["skills"] and "Extract, Transform, Load (ETL)" in (
            answer["filled"]["skills"].splitlines()
        )


def test_a_form_without_files_gets_nothing_filled_in():
    """The request checker reads no file: its answer carries no ``filled``."""
    assert "filled" not in submit("request-check", {"name": "Sam Lee", "message": "Hi"})
