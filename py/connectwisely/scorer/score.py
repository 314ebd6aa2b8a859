"""The profile scorer: how a reader's own profile looks to the people they invite.

``score_profile`` checks the profile against the same field records the page's form is built
from, boils it down to facts, rates each section with partial credit (weighted by the reader's
goal), checks the All-Star list, and ranks the fixes by the points they would gain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..core.dates import parse_today
from ..core.guide import link
from ..core.schema import check_all
from ..errors import InputError
from . import ratings as rate
from .facts import ProfileFacts, profile_facts
from .fields import FIELDS
from .fixes import ranked_fixes


@dataclass(frozen=True)
class Section:
    """One section of a profile as the scorer weighs it; ``rated_by`` lives in profile_ratings."""

    id: str
    label: str
    weight: int  # points out of 100 for the general goal
    guide: str
    rated_by: Callable[[ProfileFacts], rate.Rating]  # partial credit 0–1 and notes


SECTIONS = (
    Section("photo", "Photo and banner", 10, link("photo"), rate.photo),
    Section("headline", "Headline", 11, link("headline"), rate.headline),
    Section("about", "About", 12, link("about"), rate.about),
    Section("experience", "Experience", 20, link("experience"), rate.experience),
    Section("education", "Education", 6, link("education"), rate.education),
    Section("skills", "Skills", 8, link("skills"), rate.skills),
    Section("recommendations", "Recommendations", 6, link("recommendations"), rate.recommendations),
    Section("connections", "Connections", 8, link("profile-connections"), rate.connections),
    Section("basics", "Location and industry", 4, link("all-star"), rate.basics),
    Section("custom_url", "Custom URL", 3, link("custom-url"), rate.custom_url),
    Section("featured", "Featured", 3, link("featured"), rate.featured),
    Section("certifications", "Certifications", 3, link("certifications"), rate.certifications),
    Section("activity", "Recent activity", 6, link("activity"), rate.activity),
)

# How each goal shifts the weights (multipliers; the result is scaled back to 100 points).
EMPHASIS = {
    "general": {},
    "job-search": {
        "headline": 1.4, "skills": 1.8, "experience": 1.2, "recommendations": 1.3,
        "certifications": 1.3, "education": 1.2, "activity": 0.6, "featured": 0.7,
    },
    "hiring": {
        "about": 1.3, "headline": 1.2, "activity": 1.3, "featured": 1.3, "connections": 1.2,
        "skills": 0.7, "certifications": 0.6, "education": 0.7,
    },
    "sales": {
        "about": 1.3, "recommendations": 1.4, "featured": 1.5, "activity": 1.5,
        "connections": 1.3, "education": 0.5, "certifications": 0.6, "skills": 0.6,
    },
    "thought-leadership": {
        "activity": 2.3, "featured": 1.8, "about": 1.3, "headline": 1.1, "skills": 0.6,
        "education": 0.5, "certifications": 0.5, "experience": 0.8,
    },
}  # fmt: skip


def maxima(goal: str) -> dict[str, int]:
    """Each section's points for ``goal``: whole numbers that add up to exactly 100."""
    emphasis = EMPHASIS.get(goal, {})
    raw = {s.id: s.weight * emphasis.get(s.id, 1.0) for s in SECTIONS}
    scale = 100 / sum(raw.values())
    exact = {key: value * scale for key, value in raw.items()}
    points = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(exact, key=lambda key: (-(exact[key] - points[key]), key))
    for key in by_remainder[: 100 - sum(points.values())]:
        points[key] += 1
    return points


def rate_all(facts: ProfileFacts) -> list[tuple[Section, float, float, list[str]]]:
    """Each section with its points, its maximum and its notes."""
    top = maxima(facts.goal)
    out = []
    for section in SECTIONS:
        credit, notes = section.rated_by(facts)
        credit = min(1.0, max(0.0, credit))
        out.append((section, credit * top[section.id], top[section.id], notes))
    return out


def total(facts: ProfileFacts) -> float:
    """The unrounded score, 0–100."""
    return sum(points for _, points, _, _ in rate_all(facts))


LEVELS = ((90, "Excellent"), (75, "Strong"), (55, "Good"), (30, "Basic"), (0, "Bare"))

ALL_STAR_NOTE = (
    "LinkedIn does not publish an All-Star checklist. This is the list widely attributed to "
    "its old profile-strength meter; treat it as a floor, not a target."
)


@dataclass(frozen=True)
class AllStarItem:
    id: str
    label: str  # lower case: it reads inside a sentence and in the missing list
    guide: str
    met: Callable[[ProfileFacts], bool]


ALL_STAR = (
    AllStarItem("photo", "a profile photo", link("photo"), lambda f: f.photo),
    AllStarItem(
        "industry-location",
        "industry and location",
        link("all-star"),
        lambda f: f.industry and f.location,
    ),
    AllStarItem(
        "current-position",
        "a current position with a description",
        link("experience"),
        lambda f: f.experience.current_described,
    ),
    AllStarItem(
        "past-positions", "two past positions", link("experience"), lambda f: f.experience.past >= 2
    ),
    AllStarItem("education", "education", link("education"), lambda f: f.education > 0),
    AllStarItem("skills", "at least 3 skills", link("skills"), lambda f: f.skills >= 3),
    AllStarItem(
        "connections",
        "at least 50 connections",
        link("profile-connections"),
        lambda f: f.connections >= 50,
    ),
)


def level_of(score: int) -> str:
    return next(name for least, name in LEVELS if score >= least)


def score_profile(profile: dict, *, today: str | None = None) -> dict:
    """Score a LinkedIn profile 0–100, check the All-Star list and rank the fixes.

    Keys and result as documented in DESIGN.md; ``export_notes`` (optional list of text) is
    echoed back so a page that read LinkedIn's export can say what the export could not see.
    """
    if not isinstance(profile, Mapping):
        raise InputError("The profile must be a set of named fields (a JSON object).")
    checked = check_all(FIELDS, profile)
    facts = profile_facts(checked, parse_today(today))
    rated = rate_all(facts)
    score = max(0, min(100, round(sum(points for _, points, _, _ in rated))))
    checklist = [
        {"id": item.id, "label": item.label, "ok": bool(item.met(facts)), "guide": item.guide}
        for item in ALL_STAR
    ]
    missing = [item["label"] for item in checklist if not item["ok"]]
    fixes = ranked_fixes(facts, total)
    level = level_of(score)
    return {
        "score": score,
        "level": level,
        "goal": facts.goal,
        "all_star": not missing,
        "all_star_missing": missing,
        "all_star_checklist": checklist,
        "all_star_note": ALL_STAR_NOTE,
        "sections": [
            {
                "id": section.id,
                "label": section.label,
                "score": round(points, 1),
                "max": top,
                "notes": notes,
                "guide": section.guide,
            }
            for section, points, top, notes in rated
        ],
        "fixes": fixes,
        "export_notes": checked["export_notes"] or [],
        "summary": _summary(score, level, fixes),
    }


def _summary(score: int, level: str, fixes: list[dict]) -> str:
    head = f"Your profile scores {score}/100 ({level})."
    if not fixes:
        return head + " Nothing left that would raise it."
    best = fixes[0]
    return f"{head} Biggest gain: {best['message']} (+{best['gain']:g} points)"


__all__ = ["ALL_STAR", "LEVELS", "score_profile"]
