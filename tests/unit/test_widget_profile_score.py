"""The profile scorer's widget: its form (typed and export paths) and its result view."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from connectwisely import score_profile
from connectwisely.profile_fields import PROFILE_FIELDS
from connectwisely.sitebuild.forms_html import render_form
from connectwisely.widgets import submit
from connectwisely.widgets.profile_score import EXPORT_FIELDS, FORM, present

SAMPLES = Path(__file__).parents[1] / "samples"
CASES = json.loads((Path(__file__).parents[1] / "cases" / "profiles.json").read_text())
GOOD = CASES[0]["profile"]
# The allowlists of widgets.js build().
HTML_TAGS = {
    "a",
    "b",
    "br",
    "button",
    "caption",
    "code",
    "details",
    "div",
    "em",
    "figcaption",
    "figure",
    "h3",
    "h4",
    "h5",
    "li",
    "meter",
    "ol",
    "p",
    "pre",
    "progress",
    "section",
    "small",
    "span",
    "strong",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "blockquote",
    "dl",
    "dt",
    "dd",
}
SVG_TAGS = {
    "svg",
    "g",
    "rect",
    "line",
    "path",
    "text",
    "tspan",
    "title",
    "desc",
    "circle",
    "polyline",
}
ATTRS = {
    "class",
    "role",
    "scope",
    "colspan",
    "rowspan",
    "title",
    "hidden",
    "tabindex",
    "min",
    "max",
    "low",
    "high",
    "optimum",
    "value",
    "type",
    "viewBox",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "d",
    "r",
    "cx",
    "cy",
    "points",
    "transform",
    "text-anchor",
    "dominant-baseline",
    "focusable",
    "preserveAspectRatio",
}


def walk(node, svg=False):
    if isinstance(node, str):
        yield node, svg
        return
    inside = svg or node["tag"] == "svg"
    yield node, inside
    for child in node.get("children", []):
        yield from walk(child, inside)


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
    assert FORM.name == "profile-score" and FORM.api == "score_profile" and FORM.headline == "score"
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
    for node, svg in walk(view):
        if isinstance(node, str):
            continue
        assert node["tag"] in (SVG_TAGS if svg else HTML_TAGS) or node["tag"] == "a", node["tag"]
        for name in node.get("attrs", {}):
            assert name in ATTRS or re.fullmatch(r"(aria|data)-[a-z0-9-]+", name), name
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
    assert fixes[0] == "add-photo"
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
