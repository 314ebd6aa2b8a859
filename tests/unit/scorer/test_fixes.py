"""The fixes: each one, once made, raises the score by the gain it claims; best first."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from connectwisely.core.guide import PAGES
from connectwisely.core.schema import check_all
from connectwisely.scorer.facts import profile_facts
from connectwisely.scorer.fields import FIELDS
from connectwisely.scorer.fixes import EFFORTS, FIXES, ranked_fixes
from connectwisely.scorer.score import total
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


@pytest.mark.parametrize("profile", PROFILES)
def test_every_suggested_fix_raises_the_score_by_its_gain(profile):
    """Re-scoring with each suggested fix applied gives the current score plus the gain."""
    facts = facts_of(profile)
    by_id = {fix.id: fix for fix in FIXES}
    for suggestion in ranked_fixes(facts, total):
        after = total(by_id[suggestion["id"]].apply(facts))
        assert suggestion["gain"] > 0
        assert round(after - total(facts), 1) == suggestion["gain"]


@pytest.mark.parametrize("profile", PROFILES)
def test_no_applicable_fix_lowers_the_score(profile):
    """Every fix that applies, suggested or not, leaves the score at least where it was."""
    facts = facts_of(profile)
    for fix in FIXES:
        if fix.applies(facts):
            assert total(fix.apply(facts)) >= total(facts) - 1e-9, fix.id


@pytest.mark.parametrize("profile", PROFILES)
def test_fixes_are_ranked_by_gain_then_effort(profile):
    """The list is sorted by gain (highest first), then by the least effort, then by id."""
    found = ranked_fixes(facts_of(profile), total)
    keys = [(-f["gain"], EFFORTS.index(f["effort"]), f["id"]) for f in found]
    assert keys == sorted(keys)
    assert len({f["id"] for f in found}) == len(found)


def test_every_fix_is_well_formed():
    """Ids are unique, efforts are known, guide links exist, messages read as text."""
    assert len({fix.id for fix in FIXES}) == len(FIXES)
    empty = facts_of({})
    for fix in FIXES:
        assert fix.effort in EFFORTS
        assert fix.guide in PAGES.values()
        assert fix.message(empty).strip()


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
    assert all(f["gain"] < 2 for f in ranked_fixes(facts_of(PROFILES[0]), total))
    assert ranked_fixes(facts_of(maxed), total) == []


@pytest.mark.parametrize(
    ("profile", "first"),
    [
        ({**PROFILES[0], "photo": False}, "add-photo"),
        ({**PROFILES[0], "positions": []}, "add-positions"),
        ({**PROFILES[0], "headline": "Nurse"}, "headline-beyond-title"),
        ({**PROFILES[0], "about": None}, "write-about"),
        ({**PROFILES[0], "skills": [], "goal": "job-search"}, "add-skills"),
    ],
)
def test_the_biggest_gap_comes_first(profile, first):
    """The one big gap in an otherwise good profile is the first fix."""
    assert ranked_fixes(facts_of(profile), total)[0]["id"] == first


def test_fix_messages_quote_the_readers_numbers():
    """Messages carry the reader's own figures (connections, posts, lengths)."""
    found = {
        f["id"]: f["message"]
        for f in ranked_fixes(facts_of({"connections": 120, "posts_last_90_days": 4}), total)
    }
    assert "150" in found["grow-connections"] and "120" in found["grow-connections"]
    assert "6" in found["post-more"] and "4" in found["post-more"]
