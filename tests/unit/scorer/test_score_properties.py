"""Properties of the profile scorer over generated profiles: any input gives a result or an
InputError; scores stay within 0–100; no suggested fix lowers the score; same input, same result."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectwisely import InputError, score_profile
from connectwisely.core.schema import check_all
from connectwisely.scorer.facts import profile_facts
from connectwisely.scorer.fields import FIELDS
from connectwisely.scorer.fixes import FIXES
from connectwisely.scorer.score import total

TODAY = "2026-11-25"
WORDS = st.sampled_from(
    ["I", "built", "passionate", "Adyen", "40%", "message me", "ninja", "·", "|", "at", "Go",
     "<script>", "team", "2025", "Hello", "🚀", "\u202e", "é", "results-driven", "grew"]
)  # fmt: skip
TEXT = st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=60).map(" ".join))
MONTH = st.one_of(
    st.none(),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(1990, 2026), st.integers(1, 12)),
    st.text(max_size=8),
)
POSITION = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(st.none(), TEXT),
        "company": st.one_of(st.none(), TEXT),
        "start": MONTH,
        "end": MONTH,
        "description": st.one_of(st.none(), TEXT),
    },
)
# Well-formed profiles, mostly; the odd wrong type or value on purpose.
PROFILE = st.fixed_dictionaries(
    {},
    optional={
        "photo": st.one_of(st.booleans(), st.none(), st.just("yes")),
        "banner": st.booleans(),
        "custom_url": st.booleans(),
        "headline": st.one_of(TEXT, st.integers()),
        "about": TEXT,
        "location": TEXT,
        "industry": TEXT,
        "positions": st.one_of(st.lists(POSITION, max_size=5), st.just("none")),
        "education": st.lists(
            st.fixed_dictionaries({}, optional={"school": TEXT, "degree": TEXT, "field": TEXT}),
            max_size=3,
        ),
        "skills": st.one_of(st.lists(TEXT, max_size=15), st.lists(st.integers(), max_size=2)),
        "recommendations": st.one_of(st.integers(-2, 20), st.floats(allow_nan=True)),
        "connections": st.integers(-5, 40_000),
        "featured": st.integers(0, 10),
        "certifications": st.integers(0, 5),
        "posts_last_90_days": st.integers(0, 100),
        "goal": st.sampled_from(
            ["general", "job-search", "hiring", "sales", "thought-leadership", "x"]
        ),
    },
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(PROFILE)
def test_any_input_gives_a_result_or_an_input_error(profile):
    """Whatever comes in, the answer is a result with a 0–100 score, or an InputError."""
    try:
        result = score_profile(profile, today=TODAY)
    except InputError as exc:
        assert exc.message
        return
    assert 0 <= result["score"] <= 100
    assert all(0 <= s["score"] <= s["max"] for s in result["sections"])
    assert result["all_star"] is (not result["all_star_missing"])


@FAST
@given(PROFILE)
def test_no_suggested_fix_lowers_the_score(profile):
    """Re-scoring with any suggested fix made never gives a lower score; gains are positive."""
    try:
        result = score_profile(profile, today=TODAY)
    except InputError:
        return
    facts = profile_facts(check_all(FIELDS, profile), dt.date(2026, 11, 25))
    by_id = {fix.id: fix for fix in FIXES}
    before = total(facts)
    for suggestion in result["fixes"]:
        assert suggestion["gain"] > 0
        assert total(by_id[suggestion["id"]].apply(facts)) > before


@FAST
@given(PROFILE)
def test_the_same_profile_always_scores_the_same(profile):
    """Scoring twice gives identical results (or the identical error)."""

    def attempt():
        try:
            return score_profile(profile, today=TODAY)
        except InputError as exc:
            return ("error", exc.message, exc.field)

    assert attempt() == attempt()
