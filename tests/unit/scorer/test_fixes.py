"""The fixes: one per section, each raising the score by the gain it claims, its sub-points
inside it, a missing photo or current role first, then by gain; stage-aware wording."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from connectwisely.core.guide import PAGES
from connectwisely.core.schema import check_all
from connectwisely.scorer.facts import profile_facts
from connectwisely.scorer.fields import FIELDS
from connectwisely.scorer.fixes import apply_fix, ranked_fixes
from connectwisely.scorer.score import lift, total
from tests.support.paths import CASES_DIR

TODAY = dt.date(2026, 11, 25)
CASES = json.loads((CASES_DIR / "profiles.json").read_text())
PROFILES = [c["profile"] for c in CASES if "profile" in c and not c.get("expect_error")]
PROFILES += [c[k] for c in CASES if c["kind"] == "order" for k in ("better", "worse")]
PROFILES += [
    {"headline": "Passionate ninja", "about": "Hello. " * 600, "connections": 12, "skills": ["Go"]},
    {
        "positions": [{"title": "Intern", "start": "2020-01", "end": "2020-06"}],
        "education": [{"school": "X"}],
    },
    {**PROFILES[0], "goal": "thought-leadership", "posts_last_90_days": 0},
    {**PROFILES[0], "goal": "job-search", "skills": []},
]


def facts_of(profile: dict):
    return profile_facts(check_all(FIELDS, profile), TODAY)


def fixes_of(facts):
    from connectwisely.scorer.score import ceiling

    return ranked_fixes(facts, total, lift(facts) if ceiling(facts) else None)


@pytest.mark.parametrize("profile", PROFILES)
def test_every_suggested_fix_raises_the_score_by_its_gain(profile):
    """Re-scoring with a section's whole fix done gives the score plus the gain (measured from
    the lifted profile when the fix counts only once a ceiling is lifted)."""
    facts = facts_of(profile)
    for suggestion in fixes_of(facts):
        base = lift(facts)[0] if suggestion["after"] else facts
        after = total(apply_fix(suggestion["id"], base))
        assert suggestion["gain"] > 0
        assert round(after - total(base), 1) == suggestion["gain"]


@pytest.mark.parametrize("profile", PROFILES)
def test_one_fix_a_section_gates_first_then_by_gain(profile):
    """One fix per section; fixes that count now come first: a missing photo or current role
    (the gate), then the rest by gain, biggest first (the order the page's heading states)."""
    found = fixes_of(facts_of(profile))
    assert len({f["id"] for f in found}) == len(found)
    keys = [(bool(f["after"]), not f["gate"], -f["gain"]) for f in found]
    assert keys == sorted(keys)
    gates = [f for f in found if f["gate"]]
    assert all(f["id"] in {"photo", "experience"} for f in gates)


def test_guides_exist():
    """Every fix links a real guide section."""
    for fix in fixes_of(facts_of({})):
        assert fix["guide"] in PAGES.values()


def test_a_complete_profile_has_little_left_to_fix():
    """A strong profile gets only small fixes; a maxed-out one gets none."""
    maxed = {
        **PROFILES[0],
        "featured": 3,
        "certifications": 2,
        "posts_last_90_days": 12,
        "about": PROFILES[0]["about"] * 2,
        "positions": [
            {**p, "description": (p["description"] or "") + " Cut costs 20%."}
            for p in PROFILES[0]["positions"]
        ],
    }
    assert all(f["gain"] < 3 for f in fixes_of(facts_of(PROFILES[0])))
    assert fixes_of(facts_of(maxed)) == []


@pytest.mark.parametrize(
    ("profile", "first"),
    [
        ({**PROFILES[0], "photo": False}, "photo"),
        ({**PROFILES[0], "photo": False, "about": None}, "photo"),  # the gate goes first
        ({**PROFILES[0], "positions": []}, "experience"),
        ({**PROFILES[0], "headline": "Nurse"}, "headline"),
        ({**PROFILES[0], "about": None}, "about"),
        (
            {
                **PROFILES[0],
                "skills": [],
                "goal": "job-search",
                "headline": PROFILES[0]["headline"] + " · seeking staff product designer roles",
                "about": "I'm seeking a staff product designer role. " + PROFILES[0]["about"],
            },
            "skills",
        ),
        ({**PROFILES[0], "goal": "job-search"}, "headline"),  # says no role sought
    ],
)
def test_the_biggest_gap_comes_first(profile, first):
    """The one big gap in an otherwise good profile is the first fix."""
    assert fixes_of(facts_of(profile))[0]["id"] == first


def test_the_about_rewrite_is_one_fix_with_its_sub_points():
    """A cliché About gets one fix, carrying the whole gain, with each step inside it."""
    about = (
        "Dynamic, results-driven professional with a proven track record. Passionate team player."
    )
    found = fixes_of(facts_of({**PROFILES[0], "about": about}))
    fix = next(f for f in found if f["id"] == "about")
    assert [f["id"] for f in found].count("about") == 1
    assert {"about-cliches", "about-specifics", "about-call-to-action"} <= {
        s["id"] for s in fix["steps"]
    }
    assert fix["message"].startswith("Rewrite your About: ") and "clichés" in fix["message"]


def test_an_experienced_reader_is_asked_for_results_not_more_jobs():
    """Eleven years in two jobs without numbers: results first, no 'earlier position' step."""
    profile = {
        "positions": [
            {"title": "Engineering Manager", "company": "Acme", "start": "2020-03",
             "description": "Manage the platform teams and the internal tooling."},
            {"title": "Senior Engineer", "company": "Beta", "start": "2015-01", "end": "2020-02",
             "description": "Worked on the claims platform and mentored engineers."},
        ]
    }  # fmt: skip
    fix = next(f for f in fixes_of(facts_of(profile)) if f["id"] == "experience")
    assert fix["steps"][0]["id"] == "numbers-in-positions"
    assert "add-past-positions" not in {s["id"] for s in fix["steps"]}


@pytest.mark.parametrize(
    ("stage", "words"),
    [("student", "internships"), ("career-change", "past jobs"), ("early-career", "current job")],
)
def test_fix_words_follow_the_stage(stage, words):
    """The same empty Experience is worded for the reader's stage."""
    fix = next(f for f in fixes_of(facts_of({"stage": stage})) if f["id"] == "experience")
    assert words in fix["message"]


def test_fix_messages_quote_the_readers_numbers():
    """Messages carry the reader's own figures (connections, posts)."""
    found = {
        f["id"]: f["message"]
        for f in fixes_of(facts_of({"connections": 120, "posts_last_90_days": 4, "positions": [
            {"title": "Nurse", "start": "2020-01"}]}))
    }  # fmt: skip
    assert "120" in found["connections"]
    assert "posted 4 times" in found["activity"]
