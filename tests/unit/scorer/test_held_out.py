"""The scorer on profiles it was never tuned on, each set reported apart.

``profiles-frozen.json`` was written by an independent coach before the scorer was tuned;
``profiles-after.json`` by a second coach after tuning. Neither was read while tuning, and
neither is edited to pass: a failure here is a finding about the scorer, not about the case.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from connectwisely import score_profile
from tests.support.paths import CASES_DIR
from tests.unit.scorer.test_score import case_failures

HELD_OUT = {name: json.loads((CASES_DIR / name).read_text()) for name in
            ("profiles-frozen.json", "profiles-after.json")}  # fmt: skip
BAR = 0.95  # the bar for held-out sets, per set


def run(profile: dict, today: str) -> dict:
    return score_profile(profile, today=today)


def failures(data: dict) -> list[str]:
    today = data["today"]
    return [case["id"] for case in data["cases"] if case_failures(case, lambda p: run(p, today))]


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_each_held_out_set_scores_at_least_ninety_five_percent(name):
    """Each held-out set, on its own, gets 95% of its pairs and bands right."""
    data = HELD_OUT[name]
    missed = failures(data)
    assert 1 - len(missed) / len(data["cases"]) >= BAR, missed


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_each_held_out_set_spans_the_goals_languages_and_kinds(name):
    """A set that measures the scorer covers all six languages, every goal and both kinds."""
    cases = HELD_OUT[name]["cases"]
    assert {c["lang"] for c in cases} == {"en", "es", "pt", "de", "fr", "it"}
    assert set(Counter(c["goal"] for c in cases)) >= {"job-search", "hiring", "sales"}
    assert {c["kind"] for c in cases} == {"order", "range"}
