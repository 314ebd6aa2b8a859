"""Properties of the profile scorer over generated profiles: any input gives a result or an
InputError; scores stay within 0–100; no suggested fix lowers the score; same input, same
result; a specific headline or About in place of a cliché one raises the score by at least that
section's share; skills as text and as a list score the same."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectwisely import InputError, score_profile
from connectwisely.core.schema import check_all
from connectwisely.scorer.facts import profile_facts
from connectwisely.scorer.fields import FIELDS
from connectwisely.scorer.fixes import apply_fix
from connectwisely.scorer.score import lift, total
from connectwisely.scorer.stage import STAGES

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
    for suggestion in result["fixes"]:
        base = lift(facts)[0] if suggestion["after"] else facts
        assert suggestion["gain"] > 0
        assert total(apply_fix(suggestion["id"], base)) > total(base)


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


# Headlines and Abouts as people write them: cliché-made, and specific ones saying the same job.
CLICHE_HEADLINES = st.lists(
    st.sampled_from(["Passionate professional", "Results-driven", "Team player", "Go-getter",
                     "Hard worker", "Self-starter", "Highly motivated", "Visionary leader",
                     "Strategic thinker", "Seeking new opportunities"]),
    min_size=2, max_size=4, unique=True,
).map(" | ".join)  # fmt: skip
SPECIFIC_HEADLINES = st.builds(
    "{} · {}, {} · {}".format,
    st.sampled_from(["Data engineer", "Pediatric nurse", "Product designer", "Staff accountant",
                     "History teacher", "Account executive"]),
    st.sampled_from(["Python", "Figma", "NetSuite", "Epic", "Salesforce", "primary sources"]),
    st.sampled_from(["SQL", "user research", "month-end close", "simulation training", "pricing"]),
    st.sampled_from(["helping retail teams forecast demand", "for restaurant groups in Ohio",
                     "10 years in intensive care", "B2B SaaS in Toronto"]),
)  # fmt: skip
CLICHE_ABOUTS = st.lists(
    st.sampled_from(["I am a dynamic, results-driven professional.",
                     "Passionate team player with a proven track record.",
                     "A self-starter who thrives in fast-paced environments.",
                     "Highly motivated and detail-oriented, always eager to learn.",
                     "Strategic thinker and go-getter with extensive experience.",
                     "Let's connect!"]),
    min_size=2, max_size=5, unique=True,
).map(" ".join)  # fmt: skip
SPECIFIC_ABOUTS = st.builds(
    "I {} at {}. In 2025 I {} by {}%. Message me about {}.".format,
    st.sampled_from(["build data pipelines", "lead a 12-nurse ICU team", "design checkout flows"]),
    st.sampled_from(["Adyen", "Banner Health", "Shopify", "Kroger"]),
    st.sampled_from(["cut processing time", "reduced falls", "raised conversion"]),
    st.integers(5, 60),
    st.sampled_from(["reliability work", "nurse training", "payments UX"]),
)  # fmt: skip
BASE = st.fixed_dictionaries(
    {
        "photo": st.booleans(),
        "positions": st.lists(POSITION, max_size=3),
        "skills": st.lists(st.sampled_from(["Go", "SQL", "Figma", "Epic"]), max_size=4),
        "connections": st.integers(0, 600),
        "goal": st.sampled_from([g for g in ("general", "job-search", "hiring", "sales")]),
        "stage": st.sampled_from([s for s, _ in STAGES]),
    }
)


def _score(profile: dict) -> dict | None:
    try:
        return score_profile(profile, today=TODAY)
    except InputError:
        return None


def _share(result: dict, section: str) -> float:
    """What the quality rule moves: the section's points between the cliché row and full
    (two thirds of it while a ceiling holds the score: under one the rest counts in part)."""
    from connectwisely.scorer.quality import most

    top = next(s["max"] for s in result["sections"] if s["id"] == section)
    held = 2 / 3 if result["ceiling"] else 1
    return top * (1 - most(section, "cliche")) / 2 * held


@FAST
@given(BASE, CLICHE_HEADLINES, SPECIFIC_HEADLINES, st.one_of(CLICHE_ABOUTS, SPECIFIC_ABOUTS))
def test_a_specific_headline_in_place_of_a_cliche_one_raises_the_score(
    base, cliche, specific, about
):
    """Swapping a cliché headline for a specific one never lowers the score, and raises it by
    at least half of what the quality rule holds back in that section."""
    before = _score({**base, "headline": cliche, "about": about})
    after = _score({**base, "headline": specific, "about": about})
    if before is None:
        return
    assert after["score"] >= before["score"] + round(_share(after, "headline")) - 1


@FAST
@given(BASE, CLICHE_ABOUTS, SPECIFIC_ABOUTS, st.one_of(CLICHE_HEADLINES, SPECIFIC_HEADLINES))
def test_a_specific_about_in_place_of_a_cliche_one_raises_the_score(
    base, cliche, specific, headline
):
    """Swapping a buzzword About for a specific one never lowers the score, and raises it by at
    least half of what the quality rule holds back in that section."""
    before = _score({**base, "about": cliche, "headline": headline})
    after = _score({**base, "about": specific, "headline": headline})
    if before is None:
        return
    assert after["score"] >= before["score"] + round(_share(after, "about")) - 1


SKILL = st.text(
    st.characters(blacklist_characters="\n,;•·", blacklist_categories=("Cs", "Cc")),
    min_size=1,
    max_size=20,
).filter(str.strip)


@FAST
@given(PROFILE, st.lists(SKILL, min_size=1, max_size=12), st.sampled_from([", ", ";", "\n", " • "]))
def test_skills_as_text_score_as_the_same_list(profile, skills, separator):
    """A skills string and the list it splits into give the very same result."""
    if not isinstance(profile.get("positions", []), list):
        return
    as_list = _score({**profile, "skills": skills})
    as_text = _score({**profile, "skills": separator.join(skills)})
    assert as_list == as_text
