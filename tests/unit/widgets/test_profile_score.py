"""The profile scorer's widget: its form (typed and export paths) and its result view."""

from __future__ import annotations

import base64
import json
import re

import pytest

from connectwisely import InputError, score_profile
from connectwisely.scorer.fields import PROFILE_FIELDS
from connectwisely.sitebuild.forms_html import render_form
from connectwisely.widgets import submit
from connectwisely.widgets.profile_score import EXPORT_FIELDS, FORM, present
from tests.support.paths import CASES_DIR, SAMPLES
from tests.support.view_tree import assert_only_allowed, walk

CASES = json.loads((CASES_DIR / "profiles.json").read_text())
GOOD = CASES[0]["profile"]


def as_form(profile: dict) -> dict:
    """A profile as the page's form submits it: strings, groups as lists of string dicts."""
    out = {}
    for key, value in profile.items():
        if isinstance(value, bool):
            out[key] = "on" if value else ""
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            out[key] = [{k: "" if v is None else str(v) for k, v in e.items()} for e in value]
        elif isinstance(value, list):
            out[key] = "\n".join(value)
        else:
            out[key] = "" if value is None else str(value)
    return out


def test_the_form_holds_the_api_fields_and_the_export_files():
    """Every API field is a form field; the export's files are file fields; data-score is set."""
    names = [f.name for f in FORM.fields]
    assert {f.name for f in PROFILE_FIELDS} <= set(names)
    assert [f.name for f in EXPORT_FIELDS] == [
        "export_zip", "profile_csv", "positions_csv", "education_csv", "skills_csv",
        "recommendations_csv", "certifications_csv",
    ]  # fmt: skip
    assert FORM.name == "profile-score"
    html = render_form(FORM)
    for name in ("positions.2.title", "positions.0.start", "education.1.school", "skills", "photo"):
        assert f'name="{name}"' in html
    assert len(re.findall(r'type="file"', html)) == 7


def test_a_typed_submission_scores_as_the_api_does():
    """The form path (strings in) gives the same result as calling score_profile directly."""
    answer = submit("profile-score", as_form(GOOD))
    expected = score_profile(GOOD)
    assert answer["result"]["score"] == expected["score"]
    assert answer["headline"] == {"score": expected["score"]}


def test_an_export_submission_merges_what_was_typed():
    """Uploaded files give the profile; the typed checkboxes and numbers fill in the rest."""

    def record(name):
        data = (SAMPLES / name).read_bytes()
        return {"name": name, "size": len(data), "base64": base64.b64encode(data).decode()}

    submitted = {
        "goal": "general",
        "photo": "on",
        "connections": "500+",
        "profile_csv": record("Profile.csv"),
        "positions_csv": record("Positions.csv"),
        "skills_csv": record("Skills.csv"),
        "positions": [{"title": "", "company": "", "start": "", "end": "", "description": ""}],
    }
    result = submit("profile-score", submitted)["result"]
    assert result["export_notes"] and "Positions.csv (4 positions)" in result["export_notes"][0]
    checklist = {item["id"]: item["ok"] for item in result["all_star_checklist"]}
    assert checklist["photo"] and checklist["connections"] and checklist["past-positions"]
    assert not checklist["education"]


def test_the_view_uses_only_allowed_tags_and_attributes():
    """The page's builder would keep every element: known tags, allowed attributes only."""
    view = present(score_profile({**GOOD, "export_notes": ["A note."]}))
    assert_only_allowed(view)
    json.dumps(view)


def test_the_chart_and_its_table_carry_the_same_numbers():
    """Each section's bar, its label and the table row agree with the result."""
    result = score_profile(CASES[2]["profile"])
    view = present(result)
    texts = [n for n, _ in walk(view) if isinstance(n, str)]
    svg = next(n for n, _ in walk(view) if isinstance(n, dict) and n["tag"] == "svg")
    assert svg["attrs"]["role"] == "img" and "aria-label" in svg["attrs"]
    for section in result["sections"]:
        assert f"{section['score']:g} / {section['max']}" in texts  # the bar's label
        assert section["label"] in texts and str(section["max"]) in texts  # the table


def test_fixes_and_the_checklist_are_marked_for_tests_and_styles():
    """Fixes carry data-fix and data-gain; checklist items data-item and data-ok."""
    result = score_profile({**GOOD, "photo": False})
    nodes = [n for n, _ in walk(present(result)) if isinstance(n, dict)]
    fixes = [n["attrs"]["data-fix"] for n in nodes if "data-fix" in n.get("attrs", {})]
    assert fixes[0] == "photo"
    items = {
        n["attrs"]["data-item"]: n["attrs"]["data-ok"]
        for n in nodes
        if "data-item" in n.get("attrs", {})
    }
    assert items["photo"] == "false" and items["skills"] == "true"


def test_hostile_text_stays_text_in_the_view():
    """Markup typed into the profile is only ever a string in the view."""
    hostile = '<img src=x onerror="window.__xss=1">'
    result = score_profile({"headline": hostile, "about": hostile, "export_notes": [hostile]})
    nodes = [n for n, _ in walk(present(result)) if isinstance(n, dict)]
    assert all(n["tag"] != "img" for n in nodes)
    assert hostile in [n for n, _ in walk(present(result)) if isinstance(n, str)]


def upload(name: str, data: bytes) -> dict:
    return {"name": name, "size": len(data), "base64": base64.b64encode(data).decode()}


def test_a_single_file_in_the_zip_input_is_read_as_the_file_it_is():
    """The ZIP input also offers CSVs: Positions.csv put there scores as in its own input."""
    data = (SAMPLES / "Positions.csv").read_bytes()
    in_zip_input = submit("profile-score", {"export_zip": upload("Positions.csv", data)})
    in_own_input = submit("profile-score", {"positions_csv": upload("Positions.csv", data)})
    assert in_zip_input["result"] == in_own_input["result"]
    assert "Positions.csv (4 positions)" in in_zip_input["result"]["export_notes"][0]


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a text file"),
        ("export.zip", b"", "export.zip is empty"),
        ("Invitations.csv", (SAMPLES / "Invitations.csv").read_bytes(), "LinkedIn's Invitations"),
        ("Connections.csv", (SAMPLES / "Connections.csv").read_bytes(), "number of connections"),
        ("notes.csv", b"a,b\n1,2\n", "none of their headers"),
    ],
    ids=["binary", "empty", "another export file", "connections", "not an export file"],
)
def test_anything_else_in_the_zip_input_gets_a_message_there(name, data, words):
    """A file in the ZIP input that is neither a ZIP nor a file the scorer reads is not skipped
    unread (the profile scored as if nothing was given): a message names it, at that input."""
    with pytest.raises(InputError, match=re.escape(words)) as caught:
        submit("profile-score", {"export_zip": upload(name, data)})
    assert caught.value.message.startswith(name) and caught.value.field == "export_zip"


def test_a_bad_file_moved_from_the_zip_input_is_named_there():
    """A Positions.csv with a bad date, put in the ZIP input, gets its message at that input."""
    data = b"Company Name,Title,Started On\nAcme,Engineer,someday\n"
    with pytest.raises(InputError, match="someday") as caught:
        submit("profile-score", {"export_zip": upload("Positions.csv", data)})
    assert caught.value.field == "export_zip"


def test_skills_typed_in_the_form_split_as_the_api_splits_them():
    """The form's skills box and the API read "Python, SQL; dbt" alike: three skills."""
    from connectwisely.widgets.profile_score import FORM

    typed = FORM.from_form({"skills": "Python, SQL; dbt"})["profile"]
    assert typed["skills"] == ["Python", "SQL", "dbt"]
    assert score_profile(typed) == score_profile({"skills": "Python, SQL; dbt"})


def test_the_stage_and_any_ceiling_are_shown():
    """The view says which stage the advice is for, and why a ceiling holds the score."""
    result = score_profile({**GOOD, "positions": []})
    nodes = [n for n, _ in walk(present(result)) if isinstance(n, dict)]
    assert any(n.get("attrs", {}).get("data-ceiling") == "PS-C1" for n in nodes)
    assert any("data-stage" in n.get("attrs", {}) for n in nodes)
    steps = [n for n in nodes if "data-step" in n.get("attrs", {})]
    assert steps and all(isinstance(n["children"][0], str) for n in steps)


def test_the_fixes_heading_states_their_order_and_a_pasted_page_is_warned_about():
    """With a gate fix the heading says it comes first; a pasted page's warning shows above
    the fixes, as text, with the allowed tags only."""
    page = "Home\nMy Network\nJobs\n48 reactions\nShow all"  # a page, no About text in it
    result = score_profile({**GOOD, "photo": False, "about": page, "skills": []})
    assert result["fixes"][0]["gate"] and len(result["fixes"]) > 1
    view = present(result)
    assert_only_allowed(view)
    texts = [n for n, _ in walk(view) if isinstance(n, str)]
    assert "Fixes: a missing photo or current role first, then biggest gain first" in texts
    assert result["warnings"] and result["warnings"][0] in texts
    plain = present(score_profile(GOOD))
    assert "Fixes, biggest gain first" in [n for n, _ in walk(plain) if isinstance(n, str)]
