"""Note phrase data: each list matches the kinds of phrasing it names."""

from __future__ import annotations

import pytest

from connectwisely.checker.words import note_phrases as N
from connectwisely.checker.words.phrases import find


@pytest.mark.parametrize(
    ("patterns", "text"),
    [
        (N.PITCH_OFFER, "We've helped 40 startups"),
        (N.PITCH_ASK, "Worth a 15-min call?"),
        (N.PITCH_OUTCOME, "double their pipeline in 90 days"),
        (N.PITCH_PRICE, "packages from $199"),
        (N.MLM, "be their own boss"),
        (N.OPEN_NETWORKER, "accepting all invitations"),
        (N.DEFAULT_NOTE, "I'd like to add you to my professional network on LinkedIn"),
        (N.MASS_MESSAGE, "came across your profile"),
        (N.JOB_ASK, "seeking new opportunities"),
        (N.SHARED_CONTEXT, "we worked together at Criteo"),
        (N.ABOUT_YOU, "your question during the panel"),
    ],
)
def test_each_list_matches_its_kind(patterns, text):
    """A typical phrasing of each kind is matched."""
    assert find(patterns, text)


def test_lion_is_case_sensitive():
    """'LION' (the open-networker tag) matches; the word 'lion' doesn't."""
    assert N.LION.search("Sales | LION") and not N.LION.search("lion tamer")
