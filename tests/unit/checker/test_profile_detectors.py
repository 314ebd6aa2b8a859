"""The profile's facts, trust and relevance: each detector fires on its fact, and not on unknowns."""

from __future__ import annotations

import pytest

from connectwisely.checker import profile_detectors as pd
from connectwisely.checker.facts import Facts

FIRES = [
    (pd.no_photo, {"has_photo": False}, "no profile photo"),
    (pd.new_account, {"joined": "2026-09", "age_months": 2, "today": "2026-11-25"}, "2 months"),
    (pd.tiny_network, {"connections": 12}, "12 connections"),
    (pd.no_experience, {"positions": 0}, "no positions"),
    (pd.vague_headline, {"headline": "Hiring Coordinator"}, "Hiring Coordinator"),
    (pd.no_mutual, {"mutual_connections": 0}, "0 mutual"),
    (pd.no_mutual, {"degree": 3}, "3rd-degree"),
    (pd.known, {"relationship": "studied-together"}, "studied together"),
    (pd.follows_work, {"relationship": "follows-my-work"}, "follow your work"),
    (pd.many_mutual, {"mutual_connections": 27}, "27 mutual"),
    (pd.some_mutual, {"mutual_connections": 1}, "1 mutual connection"),
    (pd.some_mutual, {"degree": 2}, "2nd-degree"),
    (pd.verified, {"verified": True}, "verification"),
    (pd.established, {"joined": "2013-05", "age_months": 162}, "13 years"),
    (pd.full_profile, {"positions": 3, "connections": 500}, "500+"),
    (pd.workplace, {"company": "Acme Corp.", "me_company": "acme corp"}, "acme"),
    (
        pd.interest_overlap,
        {"headline": "Senior Data Scientist", "me_industry": "data science"},
        "data science",
    ),
    (
        pd.interest_overlap,
        {"headline": "Application Security Engineer", "me_industry": "cybersecurity"},
        "security",
    ),
    (
        pd.unrelated,
        {"headline": "Insurance Broker at Allstate", "me_industry": "biotech"},
        "biotech",
    ),
]
QUIET = [
    (pd.no_photo, {"has_photo": None}),
    (pd.new_account, {"joined": "2026-03", "age_months": 8}),
    (pd.tiny_network, {"connections": 30}),
    (pd.no_experience, {"positions": None}),
    (pd.vague_headline, {"headline": "Director of Engineering at Spotify"}),
    (pd.vague_headline, {"headline": "Director", "company": "Acme"}),
    (pd.vague_headline, {"headline": "Civil Engineer"}),
    (pd.no_mutual, {"mutual_connections": None}),
    (pd.known, {"relationship": "none"}),
    (pd.known, {"relationship": "follows-my-work"}),
    (pd.some_mutual, {"mutual_connections": 12}),
    (pd.unrelated, {"headline": "Insurance Broker"}),
    (pd.unrelated, {"me_industry": "biotech"}),
    (pd.interest_overlap, {"headline": "Civil Engineer", "me_industry": "software"}),
]


@pytest.mark.parametrize(
    ("detect", "facts", "word"), FIRES, ids=lambda x: getattr(x, "__name__", "")
)
def test_fires_on_its_fact(detect, facts, word):
    """The detector fires and its evidence states the fact."""
    evidence = detect(Facts(**facts))
    assert evidence and word.casefold() in " ".join(evidence).casefold()


@pytest.mark.parametrize(("detect", "facts"), QUIET, ids=lambda x: getattr(x, "__name__", ""))
def test_quiet_on_unknowns_and_near_misses(detect, facts):
    """Unknown facts ("not said") and near misses fire nothing."""
    assert detect(Facts(**facts)) == []
