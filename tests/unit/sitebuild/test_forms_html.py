"""The build-time form HTML keeps the page contract and is accessible before any script runs."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from connectwisely import InputError
from connectwisely.core.schema import Field, Form, check_all
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


@pytest.mark.parametrize("tool", shipped_forms(), ids=lambda f: f.name)
def test_the_main_input_comes_first_with_the_submit_button_right_under_it(tool):
    """Every control of the main input comes before the submit button; every other control
    after it, inside a <details> whose summary says what it adds."""
    html = render_form(tool)
    submit_at = html.index('type="submit"')
    for f in tool.fields:
        if f.kind == "group":
            continue
        at = html.index(f'name="{f.name}"')
        assert (at < submit_at) is (f in tool.main_fields()), f.name
    for fold in re.findall(r'<details class="cw-fold".*?</details>', html):
        assert re.search(r"<summary><span class=\"cw-fold-title\">[^<]+</span>", fold)


@pytest.mark.parametrize(
    ("field", "attrs"),
    [
        (
            Field("joined", "Joined", kind="month"),
            {
                "pattern": None,
                "data-error-pattern": "Joined must be a month, like 2024-03, Mar 2024 or 03/2024.",
            },
        ),
        (
            Field("count", "Count", kind="int", maximum=30_000),
            {
                "pattern": None,
                "data-min": "0",
                "data-max": "30000",
                "data-error-pattern": "Count must be a whole number, like 12.",
                "data-error-over": "Count cannot be more than 30,000.",
            },
        ),
        (
            Field("who", "Who", required=True),
            {"required": None, "data-error-missing": "Who is needed."},
        ),
        (Field("csv", "A file", kind="file", accept=".csv"), {"accept": ".csv"}),
    ],
)
def test_constraints_and_pythons_words_for_them_are_rendered(field, attrs):
    """Each field carries HTML's constraint attributes and, beside each, the message Python
    raises for breaking it (None: present, whatever its value)."""
    (control,) = [
        a
        for t, a in parse(render_form(Form("demo", "Demo", (field,))))
        if a.get("name") == field.name
    ]
    for key, value in attrs.items():
        assert key in control, key
        if value is not None:
            assert control[key] == value, key
    assert "data-error-missing" in control or not field.required


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-13", "must be a month"),
        ("30001", "cannot be more than 30,000"),
        ("a lot", "whole number"),
    ],
)
def test_the_rendered_words_are_the_ones_python_raises(value, message):
    """Python's own check of the same value raises the very words the page shows."""
    fields = (
        Field("joined", "Joined", kind="month"),
        Field("count", "Count", kind="int", maximum=30_000),
    )
    demo = Form("demo", "Demo", fields)
    name = "joined" if "month" in message else "count"
    shown = {a["name"]: a for t, a in parse(render_form(demo)) if a.get("name")}[name]
    with pytest.raises(InputError) as caught:
        check_all(fields, {k: v for k, v in demo.from_form({name: value}).items() if v is not None})
    assert caught.value.message in shown.values()
    assert message in caught.value.message


def test_a_form_that_needs_one_of_some_fields_says_so_in_the_tools_words():
    """data-needs lists the fields; data-needs-message is the tool's own message for none."""
    (top,) = [a for t, a in parse(render_form(form("request-check"))) if t == "form"]
    assert "text" in top["data-needs"].split() and "message" in top["data-needs"].split()
    assert top["data-needs-message"].startswith("Describe the invitation")
