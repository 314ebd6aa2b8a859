"""Each section's rating: partial credit for partial work, halving over LinkedIn's limits, and
notes that say what is missing; and the goals' weights over the sections."""

from __future__ import annotations

import pytest

from connectwisely.core.guide import PAGES
from connectwisely.scorer.facts import ExperienceFacts, ProfileFacts
from connectwisely.scorer.rules import AboutFacts, HeadlineFacts
from connectwisely.scorer.score import EMPHASIS, SECTIONS, maxima, rate_all, total
from connectwisely.scorer.skills import SkillFacts
from connectwisely.scorer.stage import EXPERIENCE_PARTS


@pytest.mark.parametrize("goal", sorted(EMPHASIS))
def test_each_goal_shares_out_exactly_100_points(goal):
    """Every goal's section maxima are whole numbers adding up to 100, none of them zero but
    the goal's own section for a general reader (there is no goal to check)."""
    points = maxima(goal)
    assert sum(points.values()) == 100
    assert min(v for k, v in points.items() if k != "goal") >= 1
    assert (points["goal"] == 0) is (goal == "general")
    assert set(points) == {s.id for s in SECTIONS}


@pytest.mark.parametrize("goal", sorted(EMPHASIS))
@pytest.mark.parametrize("stage", ["student", "early-career", "experienced", "career-change"])
def test_above_the_gate_at_least_half_the_points_are_what_the_profile_says(goal, stage):
    """Photo and a current role are the gate; of the points above it, at least half come from
    what the headline, About, experience and skills say (and the goal read in them)."""
    points = maxima(goal, stage)
    parts = EXPERIENCE_PARTS[stage]
    said_in_jobs = points["experience"] * (parts.described + parts.numbers + parts.outcomes)
    gate = points["photo"] + points["experience"] * (parts.current + parts.listed)
    said = points["headline"] + points["about"] + points["skills"] + points["goal"] + said_in_jobs
    assert said / (100 - gate) >= 0.5


def test_sections_are_well_formed():
    """Unique ids, general weights adding to 100 (the goal's section aside: it counts only
    for a goal), and real guide links."""
    assert len({s.id for s in SECTIONS}) == len(SECTIONS)
    assert sum(s.weight for s in SECTIONS if s.id != "goal") == 100
    assert all(s.guide in PAGES.values() for s in SECTIONS)


SAYS = HeadlineFacts(length=60, roles=("Nurse",))  # reach counts once the profile says something


@pytest.mark.parametrize(
    ("facts", "section", "points"),
    [
        (ProfileFacts(photo=True), "photo", 8),
        (ProfileFacts(banner=True), "photo", 2),
        (ProfileFacts(location=True), "basics", 2),
        (ProfileFacts(skill_fit=SkillFacts(matched=("a", "b"))), "skills", 1.6),
        (ProfileFacts(skill_fit=SkillFacts(matched=("a",) * 5)), "skills", 5.6),
        (ProfileFacts(skill_fit=SkillFacts(unmatched=("a",) * 5)), "skills", 3.6),  # 0.6 each
        (ProfileFacts(skill_fit=SkillFacts(matched=("a",) * 8)), "skills", 8),
        # thirty generic skills never help: a long generic list costs a fifth
        (
            ProfileFacts(skill_fit=SkillFacts(matched=("a",) * 8, generic=("g",) * 30)),
            "skills",
            6.4,
        ),
        # a long list that mostly matches nothing else reads as keywords: a fifth less
        (
            ProfileFacts(skill_fit=SkillFacts(matched=("a",) * 8, unmatched=("u",) * 30)),
            "skills",
            6.4,
        ),
        (ProfileFacts(headline=SAYS, connections=25), "connections", 0.8),
        (ProfileFacts(headline=SAYS, connections=50), "connections", 2.5),
        (ProfileFacts(headline=SAYS, connections=499), "connections", 4.2),
        (ProfileFacts(connections=499), "connections", 0),  # a profile that says nothing
        (ProfileFacts(recommendations=1), "recommendations", 2.5),
        (ProfileFacts(headline=SAYS, posts=12), "activity", 3),
        (ProfileFacts(posts=12), "activity", 0),
        (
            ProfileFacts(headline=HeadlineFacts(length=5, bare_title=True, roles=("Nurse",))),
            "headline",
            6.4,
        ),
        (ProfileFacts(about=AboutFacts(length=100, substance=10)), "about", 1.8),
    ],
)
def test_partial_credit(facts, section, points):
    """Each section earns a share of its points for a share of the work."""
    found = {s.id: round(p, 1) for s, p, _, _ in rate_all(facts)}
    assert found[section] == points


def test_over_the_limit_halves_the_credit():
    """A headline or About LinkedIn would refuse earns half of what it would otherwise."""
    fine = AboutFacts(
        length=1000, hook=True, first_person=True, specifics=True, call_to_action=True
    )
    long = AboutFacts(
        length=3000, hook=True, first_person=True, specifics=True, call_to_action=True
    )
    assert total(ProfileFacts(about=long)) == pytest.approx(total(ProfileFacts(about=fine)) / 2)


def test_notes_say_what_is_missing():
    """An empty profile's notes tell the reader what to add, section by section."""
    notes = {s.id: " ".join(n) for s, _, _, n in rate_all(ProfileFacts())}
    assert "No profile photo" in notes["photo"]
    assert "No headline" in notes["headline"]
    assert "All-Star" in notes["skills"] and "All-Star" in notes["connections"].replace(
        "Counts once", ""
    )
    assert "location and industry" in notes["basics"]


def test_experience_notes_quote_the_numbers():
    """The experience notes count descriptions and numbers and mention long gaps."""
    facts = ProfileFacts(
        experience=ExperienceFacts(
            count=3, current=True, past=2, described=2, with_numbers=1, with_outcomes=2,
            dated=3, longest_gap_months=18, current_months=14,
        )
    )  # fmt: skip
    notes = " ".join(next(n for s, _, _, n in rate_all(facts) if s.id == "experience"))
    assert "2 of 3 positions have a description" in notes
    assert "1 of 2 descriptions show a number" in notes
    assert "gap of 18 months" in notes and "1 year 2 months" in notes
