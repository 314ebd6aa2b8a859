"""The note linter: the shared lint cases, plus default lines, pitches, links, job asks,
moves off LinkedIn, markup, emoji counting, empty notes and huge pastes."""

from __future__ import annotations

import json

import pytest

from connectwisely import InputError, lint_note
from tests.support.paths import CASES_DIR

CASES = json.loads((CASES_DIR / "notes.json").read_text("utf-8"))["lint"]


def failed(text: str, limit: int = 200) -> list[str]:
    return [c["id"] for c in lint_note(text, limit=limit)["checks"] if not c["ok"]]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_table(case):
    """fits as stated; some check fails exactly when the case says so."""
    result = lint_note(case["text"], limit=case["limit"])
    assert result["fits"] is case["fits"]
    assert bool(failed(case["text"], case["limit"])) is case["some_check_fails"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # default lines
        ("Hi, I'd like to add you to my professional network.", {"LN003", "LN004"}),
        ("Dear Sir/Madam, I would like to add you to my professional network.", {"LN003", "LN004"}),
        ("Hi, I came across your profile and your profile is impressive.", {"LN003", "LN004"}),
        # a stock phrase beside real context is not the stock line (the checker agrees)
        ("LET’S CONNECT! Saw your post on Rust.", set()),
        # moves off LinkedIn and scam signs: the checker's reading
        ("great meeting you at PyData! Can we continue on WhatsApp? +49 151 2345 6789", {"LN007"}),
        ("Hi Ana, we met at PyCon. Text me on +1 415 555 0134 so we can chat.", {"LN007"}),
        ("Hi, we met at the summit. Kindly send the $200 registration fee to start.", {"LN007"}),
        # markup is text to LinkedIn
        ("Hi Ana, loved your <b>talk</b> at PyCon!", {"LN008"}),
        ("Hi Ana, loved your talk at PyCon &amp; the slides!", {"LN008"}),
        ("Hi Ana, loved your [talk](https://pycon.org/t) at PyCon!", {"LN005", "LN008"}),
        # pitches and links
        ("Hi Tom, we help SaaS teams grow. Book a 15-min demo: calendly.com/acme", {"LN005"}),
        ("Hi Ana, great to meet you at PyCon. Our packages start at $99 this month.", {"LN005"}),
        ("Hey, can we set up a quick demo? We met at the summit.", {"LN005"}),
        ("Loved your talk! Slides: https://example.com/talk", {"LN005"}),
        ("Loved your post, more at www.example.org", {"LN005"}),
        # job asks
        ("Hi Elena, fellow Strathclyde grad. Could you refer me for the open role?", {"LN006"}),
        ("We met at PyCon. Are there any openings on your team? My CV is attached.", {"LN006"}),
        # no context at all
        ("Hi Ana, hope you are well.", {"LN004"}),
        # good notes, including topics that sound like sales words
        ("Hi Mateo, I read your thread on pricing experiments with great interest.", set()),
        ("Hi Ana, loved your demo at the PyData meetup!", set()),
        ("Hi Kim, I read your post about buy vs build decisions.", set()),
        ("Hi Roi, great meeting you at PyCon!", set()),
        ("Hi Marco - your talk at FOSDEM on reproducible builds was great.", set()),
    ],
)
def test_rules(text, expected):
    """Each rule fires on what it describes and stays quiet on a good note."""
    assert set(failed(text)) == expected


def test_emoji_count_as_two_units():
    """An emoji counts as two characters, as LinkedIn's box counts it."""
    text = "Hi Ana, we met at PyCon! " + "🎉" * 88
    result = lint_note(text)
    assert len(text) == 113 and result["length"] == 201
    assert result["fits"] is False and "LN002" in failed(text)
    assert lint_note(text, limit=300)["fits"] is True


def test_empty_note():
    """An empty note fails only 'has something in it' and 'says how you know them'."""
    assert set(failed("")) == {"LN001", "LN004"}
    assert set(failed("   \n ")) == {"LN001", "LN004"}


def test_huge_paste_is_judged_quickly():
    """A 5 MB paste gets an answer: too long, with its full length counted."""
    text = "We met at PyCon. " * 300_000
    result = lint_note(text)
    assert result["length"] == len(text) and result["fits"] is False


@pytest.mark.parametrize(("text", "limit"), [(42, 200), (None, 200), ("ok", 250), ("ok", True)])
def test_bad_input(text, limit):
    """A non-text note or a limit other than 200/300 is an InputError."""
    with pytest.raises(InputError):
        lint_note(text, limit=limit)


def test_result_shape():
    """Each check has an id, an outcome, a message and a guide link."""
    result = lint_note("Hi Ana, we met at PyCon.")
    assert set(result) >= {"length", "limit", "fits", "checks", "summary"}
    for check in result["checks"]:
        assert set(check) >= {"id", "ok", "message", "guide"}
