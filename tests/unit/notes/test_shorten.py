"""Shorter forms of a detail come from its structure: a trailing clause goes first, then a
trailing phrase; titles are abbreviated and their lists cut to the first item. No form ends
mid-phrase."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectwisely.core.text import fold, words
from connectwisely.notes.shorten import TITLE_ABBREVIATIONS, shorter_forms

OPEN_ENDS = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "to",
    "at",
    "on",
    "in",
    "for",
    "with",
    "which",
    "when",
    "your",
    "our",
}


@pytest.mark.parametrize(
    ("phrase", "kind", "first"),
    [
        ("the 2019 billing migration at Acme, when we rewrote the invoicing pipeline over one fondly remembered weekend",
         "project", "the 2019 billing migration at Acme"),
        ("your work as Senior Vice President, Enterprise Data Governance and Regulatory Reporting Transformation at Deutsche Bank",
         "role", "your work as SVP, Enterprise Data Governance at Deutsche Bank"),
        ("your talk on data contracts at PyData Amsterdam", "talk", "your talk on data contracts"),
        ("your open-source work on accessible charts, which I've used to make our dashboards readable", "project",
         "your open-source work on accessible charts"),
    ],
)  # fmt: skip
def test_first_shorter_form(phrase, kind, first):
    """The first form a long draft tries is the phrase without its optional part."""
    assert shorter_forms(phrase, kind)[0] == first


def test_titles_are_abbreviated_then_trimmed():
    """A long title becomes "SVP, Enterprise Data Governance at Deutsche Bank"."""
    forms = shorter_forms(
        "your work as Senior Vice President, Enterprise Data Governance and Regulatory "
        "Reporting Transformation at Deutsche Bank",
        "role",
    )
    assert "your work as SVP, Enterprise Data Governance at Deutsche Bank" in forms
    assert TITLE_ABBREVIATIONS["chief executive officer"] == "CEO"


def test_a_phrase_with_no_structure_has_no_shorter_form():
    """One long word, or a name, cannot be shortened by structure: no form at all."""
    assert shorter_forms("x" * 300, "other") == []
    assert shorter_forms("PyData Amsterdam", "event") == []


PIECES = st.sampled_from(
    ["the", "migration", "at", "Acme", ",", "when", "we", "rewrote", "pipeline", "over", "one",
     "weekend", "and", "which", "your", "talk", "on", "data", "contracts", "(", ")", "for", "team"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=30).map(" ".join))
def test_forms_are_whole_and_shorter(phrase):
    """Every form is shorter, made of the phrase's own words, and never ends on a word that
    leaves the phrase open ("the", "of", "when")."""
    for form in shorter_forms(phrase, "project"):
        assert len(form) < len(phrase)
        assert set(words(form)) <= set(words(phrase))
        assert fold(form.split()[-1]) not in OPEN_ENDS
