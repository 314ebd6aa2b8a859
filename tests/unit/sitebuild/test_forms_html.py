"""The build-time form HTML keeps the page contract and is accessible before any script runs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from connectwisely.core.schema import Field, Form
from connectwisely.sitebuild.forms_html import render_form
from connectwisely.widgets import MODULES, form


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict]]:
    collector = _Collect()
    collector.feed(html)
    return collector.tags


def shipped_forms():
    found = []
    for name in MODULES:
        try:
            found.append(form(name))
        except ModuleNotFoundError:
            continue
    return found


@pytest.mark.parametrize("tool", shipped_forms(), ids=lambda f: f.name)
def test_every_control_is_named_and_labelled(tool):
    """Each input has a name, an id with a <label for> (or sits in a legend'd fieldset)."""
    html = render_form(tool)
    tags = parse(html)
    label_for = {attrs.get("for") for tag, attrs in tags if tag == "label"}
    ids = [attrs["id"] for _, attrs in tags if "id" in attrs]
    assert len(ids) == len(set(ids)), "ids are unique"
    for tag, attrs in tags:
        if tag in ("input", "textarea", "select"):
            assert attrs.get("name"), attrs
            if attrs.get("type") != "radio":
                assert attrs.get("id") in label_for, attrs


@pytest.mark.parametrize("tool", shipped_forms(), ids=lambda f: f.name)
def test_the_page_contract_holds(tool):
    """data-widget, data-state=idle, one submit button, a result area and a status line inside."""
    html = render_form(tool)
    tags = parse(html)
    assert tags[0][0] == "form"
    assert tags[0][1]["data-widget"] == tool.name
    assert tags[0][1]["data-state"] == "idle"
    assert [a for t, a in tags if t == "button" and a.get("type") == "submit"]
    assert [a for t, a in tags if "cw-result" in a.get("class", "")]
    assert [a for t, a in tags if a.get("role") == "status"]


def test_help_and_error_lines_are_tied_to_their_field():
    """aria-describedby names the help and the error line, which exist."""
    demo = Form("demo", "Demo", (Field("note", "Note", kind="textarea", help="Say hi"),))
    html = render_form(demo)
    described = re.search(r'<textarea[^>]*aria-describedby="([^"]+)"', html).group(1).split()
    assert described == ["cw-demo-note-help", "cw-demo-note-error"]
    for id_ in described:
        assert f'id="{id_}"' in html


def test_labels_and_choices_are_escaped():
    """Text from the schema cannot inject markup into the form."""
    demo = Form(
        "demo",
        "<b>Demo</b>",
        (Field("x", 'A "quoted" <label>', kind="choice", choices=(("<v>", "<Opt>"),)),),
    )
    html = render_form(demo)
    assert "<b>" not in html and "<label>" not in html and "<Opt>" not in html
    assert "&lt;Opt&gt;" in html


def test_a_second_instance_gets_its_own_ids():
    """Two copies of one tool on a page do not share element ids."""
    tool = shipped_forms()[0]
    first = {a["id"] for _, a in parse(render_form(tool)) if "id" in a}
    second = {a["id"] for _, a in parse(render_form(tool, instance=1)) if "id" in a}
    assert first and not first & second


def test_group_fields_render_numbered_entries():
    """A repeatable group shows `rows` entries with names like jobs.0.title."""
    demo = Form(
        "demo",
        "Demo",
        (Field("jobs", "Job", kind="group", rows=2, fields=(Field("title", "Title"),)),),
    )
    names = [a["name"] for t, a in parse(render_form(demo)) if t == "input"]
    assert names == ["jobs.0.title", "jobs.1.title"]


def test_a_remembered_field_is_marked_for_the_page():
    """A field with remember=True carries data-remember; others don't."""
    demo = Form(
        "demo",
        "Demo",
        (Field("mine", "Mine", remember=True), Field("theirs", "Theirs")),
    )
    marked = {a["name"]: "data-remember" in a for t, a in parse(render_form(demo)) if t == "input"}
    assert marked == {"mine": True, "theirs": False}
