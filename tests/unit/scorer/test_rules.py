"""The profile scorer's text checks: headline, About, job descriptions and clichés."""

from __future__ import annotations

import pytest

from connectwisely.scorer.rules import (
    about_facts,
    cliches,
    described,
    empty_opening,
    first_person,
    good_hook,
    has_call_to_action,
    has_numbers,
    has_specifics,
    headline_facts,
    is_bare_title,
)


@pytest.mark.parametrize(
    ("headline", "titles", "bare"),
    [
        ("Nurse", (), True),
        ("Senior Backend Engineer", (), True),
        ("Senior Backend Engineer at Adyen", (), True),
        ("CEO @ Acme", (), True),
        ("Head of Data Platform Engineering", ("Head of Data Platform Engineering",), True),
        ("Nurse educator · pediatric intensive care · simulation training", (), False),
        ("Backend engineer (Go, Kubernetes) · payments at Adyen", (), False),
        ("Helping founders raise their first round", (), False),
        ("Software Engineer at Google | ex-Meta", (), False),
        ("", (), False),
    ],
)
def test_bare_title(headline, titles, bare):
    """A headline that is only a title (or LinkedIn's 'title at company') is bare; more is not."""
    assert is_bare_title(headline, titles) is bare


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Passionate, results-driven growth ninja", ("passionate", "results-driven", "ninja")),
        ("Results driven and results-driven", ("results driven",)),  # once, as first written
        ("A self-starter and team player", ("self-starter", "team player")),
        ("Data-driven analyst", ()),
        ("I cut costs by 35%", ()),
        ("PASSIONNÉ? no: PASSIONATE", ("passionne", "passionate")),  # French is read too
        ("Apasionada, proactiva y dinámica", ("apasionada", "proactiva", "dinamica")),
    ],
)
def test_cliches_are_found_once_on_word_boundaries(text, found):
    """Clichés are matched whole, case- and accent-blind, each reported once."""
    assert cliches(text) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I lead the team", True),
        ("I've worked on it", True),
        ("I’ve worked on it", True),
        ("My work is in Go", True),
        ("She leads the team", False),
        ("Experienced engineer with a demonstrated history", False),
    ],
)
def test_first_person(text, expected):
    """First-person words (I, I've, my, me…) are seen, typographic apostrophes included."""
    assert first_person(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cut costs 35%", True),
        ("for six years", True),
        ("a few teams", False),
    ],
)
def test_numbers(text, expected):
    """Digits and spelled-out numbers count as numbers."""
    assert has_numbers(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I cut incidents 60% in 2025.", True),
        ("I led six engineers at Adyen.", True),
        ("I work with Go, Kafka, PostgreSQL and Kubernetes at Adyen.", True),
        ("I like building good things with nice people.", False),
    ],
)
def test_specifics(text, expected):
    """Numbers, or names of tools, firms and places, make an About specific."""
    assert has_specifics(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Open to conversations about fintech - message me.", True),
        ("Feel free to reach out.", True),
        ("Write to ana@example.com", True),
        ("I build payment systems.", False),
    ],
)
def test_call_to_action(text, expected):
    """An ask (message me, reach out, an e-mail address) is a call to action."""
    assert has_call_to_action(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello! I'm Ana.", True),
        ("Welcome to my profile.", True),
        ("My name is Ana and I build things.", True),
        ("Experienced engineer with a demonstrated history of working in software.", True),
        ("I build payment systems that stay up on Black Friday.", False),
        ("Hiring managers call me when pipelines break.", False),
    ],
)
def test_empty_openings(text, expected):
    """Greetings, names and LinkedIn's stock line waste the visible opening."""
    assert empty_opening(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I build payment systems that stay up on Black Friday.", True),
        ("I cut incident count by 60% in 2025.", True),
        ("Hello, welcome to my profile! I build payment systems at Adyen.", False),
        ("Payment systems at Adyen, 40k requests a second.", False),
        ("I am a passionate engineer at Adyen.", False),
        ("x" * 300 + " I work at Adyen.", False),
    ],
)
def test_hook_is_judged_on_the_visible_opening(text, expected):
    """The first ~260 characters must be first person, specific, and free of fluff."""
    assert good_hook(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [(None, False), ("", False), ("Developer.", False), ("Built the pricing API", True)],
)
def test_described(text, expected):
    """A description says something when it has three words or more."""
    assert described(text) is expected


def test_headline_facts_measure_length_in_utf16_units():
    """The headline's length is counted as LinkedIn's box counts it (emoji count twice)."""
    text = "Engineer 🚀 · Go, Kafka, Postgres, Kubernetes"
    facts = headline_facts(text)
    assert facts.length == len(text) + 1
    assert facts.keywords and not facts.bare_title


def test_about_facts_of_an_empty_about():
    """An empty About has no facts at all."""
    assert not about_facts("   ").present
    assert about_facts(None).length == 0


def test_huge_texts_are_read_in_bounded_time():
    """A 5 MB About is measured whole but read only in part: the checks stay fast."""
    import time

    started = time.perf_counter()
    facts = about_facts("I build things at Adyen. " * 200_000)
    assert facts.length == 25 * 200_000 and facts.first_person
    assert time.perf_counter() - started < 2
