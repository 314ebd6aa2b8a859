"""Lists of people in the page: profile links only to LinkedIn over https, a note-drafter
button carrying the person, and a CSV a spreadsheet opens safely."""

from __future__ import annotations

import csv
import io
import json

import pytest

from connectwisely.widgets.people_view import (
    draft_button,
    is_profile_url,
    people_csv,
    people_list,
    profile_link,
)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.linkedin.com/in/wrencastellano", True),
        ("https://linkedin.com/in/x", True),
        ("http://www.linkedin.com/in/x", False),
        ("https://www.linkedin.com.evil.example/in/x", False),
        ("javascript:alert(1)", False),
        ("urn:li:member:123", False),
        ("", False),
    ],
)
def test_only_https_linkedin_addresses_become_links(url, ok):
    """Anything else stays the plain name (the page checks again before setting href)."""
    assert is_profile_url(url) == ok
    link = profile_link("Wren", url)
    assert (isinstance(link, dict) and link["attrs"]["data-profile"] == url) == ok


def test_the_draft_button_opens_the_drafter_with_the_person():
    """data-action=send to the note-draft form: their name, a purpose, a detail and the
    ``reconnect`` relationship (everyone the review lists is a connection already)."""
    button = draft_button({"name": "Wren Castellano"}, "stay-in-touch", "your work at Halden")
    attrs = button["attrs"]
    assert (attrs["data-action"], attrs["data-widget"], attrs["data-field"]) == (
        "send", "note-draft", "name",
    )  # fmt: skip
    assert attrs["data-value"] == "Wren Castellano"
    assert json.loads(attrs["data-also"]) == {
        "purpose": "stay-in-touch",
        "detail": "your work at Halden",
        "relationship": "reconnect",
    }
    assert attrs["aria-label"] == "Draft a note to Wren Castellano"


def test_the_csv_quotes_what_a_spreadsheet_would_run():
    """A company such as "=HYPERLINK(…)" is written with a leading apostrophe."""
    text = people_csv(
        [{"name": "A", "company": '=HYPERLINK("x")', "years": 3}],
        [("Name", "name"), ("Company", "company"), ("Years", "years")],
    )
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["Name", "Company", "Years"], ["A", '\'=HYPERLINK("x")', "3"]]


def test_a_long_list_shows_a_page_and_says_the_csv_has_the_rest():
    """Over SHOWN people: the table stops, the note says how many, the CSV has them all."""
    people = [{"name": f"P{i}", "profile": ""} for i in range(120)]
    view = people_list(
        key="k", title="T", intro="I", people=people, count=500,
        columns=[("Name", "name")], header=[], cells=lambda p: [],
    )  # fmt: skip
    text = json.dumps(view)
    assert "T (500)" in text and "Showing 50 of 500; the CSV has 120." in text
