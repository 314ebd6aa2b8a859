"""Field schemas: typed API values are checked, submitted form strings are coerced."""

from __future__ import annotations

import pytest

from connectwisely import InputError
from connectwisely.core.schema import Field, Form, check_all

FIELDS = (
    Field("name", "Name", required=True, max_length=20),
    Field("count", "Count", kind="int", maximum=30_000),
    Field("ok", "OK", kind="bool"),
    Field("when", "Joined", kind="month"),
    Field(
        "tone",
        "Tone",
        kind="choice",
        choices=(("warm", "Warm"), ("formal", "Formal")),
        default="warm",
    ),
    Field("tags", "Tags", kind="list", max_rows=3),
    Field(
        "jobs",
        "Jobs",
        kind="group",
        fields=(Field("title", "Title"), Field("start", "Start", kind="month")),
    ),
)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "name"),
        ({"name": 5}, "name"),
        ({"name": "x" * 21}, "name"),
        ({"name": "a", "count": "12"}, "count"),
        ({"name": "a", "count": True}, "count"),
        ({"name": "a", "count": -1}, "count"),
        ({"name": "a", "count": 30_001}, "count"),
        ({"name": "a", "ok": "yes"}, "ok"),
        ({"name": "a", "when": "2024-13"}, "when"),
        ({"name": "a", "when": "Smarch 2024"}, "when"),
        ({"name": "a", "tone": "rude"}, "tone"),
        ({"name": "a", "tags": [1]}, "tags"),
        ({"name": "a", "tags": ["a", "b", "c", "d"]}, "tags"),
        ({"name": "a", "jobs": [{"start": "spring 2020"}]}, "jobs[0].start"),
        ({"name": "a", "jobs": "none"}, "jobs"),
    ],
)
def test_bad_typed_values_name_their_field(data, field):
    """Each wrong type or value raises InputError pointing at the field."""
    with pytest.raises(InputError) as caught:
        check_all(FIELDS, data)
    assert caught.value.field == field
    assert caught.value.message


def test_good_typed_values_are_cleaned_and_defaulted():
    """Unknown keys are dropped, text is cleaned, defaults fill the gaps."""
    out = check_all(FIELDS, {"name": " Zoë\x00 ", "count": 3.0, "tags": "solo", "extra": 1})
    assert out["name"] == "Zoë"
    assert out["count"] == 3
    assert out["tags"] == ["solo"]
    assert out["tone"] == "warm"
    assert "extra" not in out


@pytest.mark.parametrize(
    ("field", "raw", "value"),
    [
        (FIELDS[1], "1,200", 1200),
        (FIELDS[1], "500+", 500),
        (FIELDS[1], "", None),
        (FIELDS[2], "on", True),
        (FIELDS[2], "", False),
        (FIELDS[4], "formal", "formal"),
        (FIELDS[5], "a, b; c", ["a", "b", "c"]),
        (FIELDS[5], "Extract, Transform, Load (ETL)\nc", ["Extract, Transform, Load (ETL)", "c"]),
        (
            FIELDS[6],
            [{"title": "CTO", "start": ""}, {"title": "", "start": ""}],
            [{"title": "CTO", "start": None}],
        ),
    ],
)
def test_form_strings_are_coerced(field, raw, value):
    """Form values arrive as strings and become typed values; empty group entries are dropped."""
    assert field.from_form(raw) == value


def test_form_with_bad_number_says_so():
    """A word where a number belongs is an InputError for that field."""
    with pytest.raises(InputError) as caught:
        FIELDS[1].from_form("lots")
    assert caught.value.field == "count"


def test_form_arguments_map_values_to_the_api():
    """Form.from_form coerces every field, then maps the values to keyword arguments."""
    form = Form(
        "demo",
        "Demo",
        FIELDS[:2],
        arguments=lambda v: {"text": v["name"], "n": v["count"]},
    )
    assert form.from_form({"name": "hi", "count": "3"}) == {"text": "hi", "n": 3}
    assert form.field_named("count").kind == "int"


def test_unknown_kind_is_a_programming_error():
    """A typo in a field kind fails at import time, not in a reader's browser."""
    with pytest.raises(ValueError):
        Field("x", "X", kind="number")


def test_fields_are_not_remembered_unless_asked():
    """remember defaults to False: nothing is kept on the device unless a tool says so."""
    assert Field("x", "X").remember is False
    assert Field("x", "X", remember=True).remember is True
