"""How a detector gives its evidence: quoted and bounded, and each detector run once per Facts."""

from __future__ import annotations

import pytest

from connectwisely.checker.evidence import found, once, quote
from connectwisely.checker.facts import Facts
from connectwisely.checker.words import phrases as P


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("WhatsApp", "“WhatsApp”"),
        ("word " * 40, "“" + ("word " * 16).strip() + "…”"),  # cut at a word, within 80
        ("x" * 200, "“" + "x" * 80 + "”"),  # one long word is cut, never dropped
    ],
)
def test_quote_wraps_and_bounds_each_snippet(snippet, expected):
    assert quote([snippet]) == [expected]


def test_found_quotes_the_words_the_patterns_match():
    assert found(P.OFF_PLATFORM, "Add me on WhatsApp please") == ["“WhatsApp”"]
    assert found(P.OFF_PLATFORM, "Loved your talk on typing") == []


def test_once_runs_a_detector_once_per_facts_and_again_for_new_facts():
    """The second ask of the same Facts is answered from the first; other Facts run anew."""
    calls = []

    @once
    def detect(f: Facts) -> list[str]:
        calls.append(f.message)
        return [f.message]

    first, second = Facts(message="a"), Facts(message="b")
    assert detect(first) == detect(first) == ["a"]
    assert detect(second) == ["b"]
    assert calls == ["a", "b"]
    assert detect.__name__ == "detect"
