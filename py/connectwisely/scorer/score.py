"""The profile scorer: how a reader's own profile looks to the people they invite.

``score_profile`` checks the profile against the same field records the page's form is built
from, boils it down to facts, rates each section with partial credit (weighted by the reader's
goal), checks the All-Star list, and ranks the fixes by the points they would gain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from math import fsum

from ..core.dates import parse_today
from ..core.guide import link
from ..core.schema import check_all
from ..errors import InputError
from . import ratings as rate
from .ceilings import CEILINGS, Ceiling, says_nothing
from .facts import ProfileFacts, profile_facts
from .fields import FIELDS
from .fixes import apply_fix, ranked_fixes
from .stage import EMPHASIS as STAGE_EMPHASIS
from .stage import LABELS as STAGE_LABELS


@dataclass(frozen=True)
class Section:
    """One section of a profile as the scorer weighs it; ``rated_by`` lives in profile_ratings."""

    id: str
    label: str
    weight: int  # points out of 100 for the general goal
    guide: str
    rated_by: Callable[[ProfileFacts], rate.Rating]  # partial credit 0–1 and notes


# Points out of 100 for a general reader. What others see first weighs most: the photo,
# headline and first lines of About show in search results and invitations, and the current
# position is what a visitor reads next (see "How the score is made" on the scorer's page).
# Above the gate of a photo and a current role, most points come from what the headline,
# About, experience and skills say (their ratings are mostly quality), and from the goal.
SECTIONS = (
    Section("photo", "Photo and banner", 10, link("photo"), rate.photo),
    Section("headline", "Headline", 16, link("headline"), rate.headline),
    Section("about", "About", 15, link("about"), rate.about),
    Section("experience", "Experience", 22, link("experience"), rate.experience),
    Section("goal", "Fit with your goal", 12, link("headline"), rate.goal),
    Section("education", "Education", 5, link("education"), rate.education),
    Section("skills", "Skills", 8, link("skills"), rate.skills),
    Section("recommendations", "Recommendations", 5, link("recommendations"), rate.recommendations),
    Section("connections", "Connections", 5, link("profile-connections"), rate.connections),
    Section("basics", "Location and industry", 4, link("all-star"), rate.basics),
    Section("custom_url", "Custom URL", 2, link("custom-url"), rate.custom_url),
    Section("featured", "Featured", 3, link("featured"), rate.featured),
    Section("certifications", "Certifications", 2, link("certifications"), rate.certifications),
    Section("activity", "Recent activity", 3, link("activity"), rate.activity),
)

# Reach brings people to the profile; it counts once the profile says something to them.
REACH = ("connections", "activity", "featured")
REACH_NOTE = (
    "Counts once your headline or About says something specific: more reach on a profile "
    "that says nothing does not make it better."
)

# How each goal shifts the weights (multipliers; the result is scaled back to 100 points).
EMPHASIS = {
    "general": {"goal": 0.0},  # no goal to check
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
        "activity": 3.0, "featured": 2.0, "about": 1.3, "headline": 1.1, "skills": 0.6,
        "education": 0.5, "certifications": 0.5, "experience": 0.8,
    },
}  # fmt: skip


@lru_cache(maxsize=64)
def maxima(goal: str, stage: str = "early-career") -> dict[str, int]:
    """Each section's points for ``goal`` and ``stage``: whole numbers adding up to exactly 100."""
    emphasis, shift = EMPHASIS.get(goal, {}), STAGE_EMPHASIS.get(stage, {})
    raw = {s.id: s.weight * emphasis.get(s.id, 1.0) * shift.get(s.id, 1.0) for s in SECTIONS}
    scale = 100 / fsum(raw.values())
    exact = {key: value * scale for key, value in raw.items()}
    points = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(exact, key=lambda key: (-(exact[key] - points[key]), key))
    for key in by_remainder[: 100 - sum(points.values())]:
        points[key] += 1
    return points


def rate_all(
    facts: ProfileFacts, silent: bool | None = None
) -> list[tuple[Section, float, float, list[str]]]:
    """Each section with its points, its maximum and its notes. Reach sections count nothing
    while the profile says nothing (``silent``: whether it does, if not the facts' own)."""
    top = maxima(facts.goal, facts.stage)
    silent = says_nothing(facts) if silent is None else silent
    out = []
    for section in SECTIONS:
        credit, notes = section.rated_by(facts)
        credit = min(1.0, max(0.0, credit))
        if silent and section.id in REACH and credit:
            credit, notes = 0.0, [REACH_NOTE, *notes]
        out.append((section, credit * top[section.id], top[section.id], notes))
    return out


def _points(facts: ProfileFacts, silent: bool | None = None) -> float:
    # fsum: the same exact sum on every Python (sum() itself changed in 3.12), so CPython and
    # Pyodide round every gain alike
    return fsum(points for _, points, _, _ in rate_all(facts, silent))


def _held(cap: Ceiling, facts: ProfileFacts, points: float) -> float:
    """What ``cap`` lets the score be (see ``Ceiling``)."""
    if cap.slope is not None:
        return cap.most + (points - cap.most) * cap.slope
    lifted = cap.lifts(facts) if cap.lifts else facts
    for section in () if cap.lifts else cap.lifted_by:
        lifted = apply_fix(section, lifted)
    # reach the profile has not earned yet does not lift what the ceiling lets it be
    reach = _points(lifted, says_nothing(facts) or None)
    return cap.most * (cap.base + (1 - cap.base) * min(1.0, reach / 100))


def limits(facts: ProfileFacts, points: float) -> list[tuple[float, Ceiling]]:
    """Each ceiling that holds the profile, with the most it lets the score be."""
    found = [c for c in CEILINGS if c.applies(facts) and (c.slope is None or points > c.most)]
    return [(_held(c, facts, points), c) for c in found]


def ceiling(facts: ProfileFacts) -> Ceiling | None:
    """The ceiling that holds the score lowest, if any applies."""
    found = limits(facts, _points(facts))
    return min(found, key=lambda pair: (pair[0], pair[1].most))[1] if found else None


def lift(facts: ProfileFacts) -> tuple[ProfileFacts, tuple[str, ...]]:
    """The facts with every ceiling that applies lifted (by fixing its sections), and those
    sections: what the other fixes are measured against while a ceiling holds the score."""
    sections: tuple[str, ...] = ()
    while cap := ceiling(facts):
        sections += cap.lifted_by
        for section in cap.lifted_by:
            facts = apply_fix(section, facts)
        if ceiling(facts) is cap:  # cannot happen with the table above; never loop forever
            break
    return facts, sections


def total(facts: ProfileFacts) -> float:
    """The unrounded score, 0–100: the sections' points, held under any ceiling that applies."""
    points = _points(facts)
    return min([points, *(most for most, _ in limits(facts, points))])


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
    Also in the result: ``warnings`` (what to know before the score, such as a LinkedIn page
    pasted into About and left out of it), each fix's ``gate`` (a missing photo or current
    role: such fixes come first, the rest by gain) and ``steps``, and the ``ceiling`` that
    holds the score, if any. A ``goal`` other than ``general`` adds the section ``goal``.
    """
    if not isinstance(profile, Mapping):
        raise InputError("The profile must be a set of named fields (a JSON object).")
    checked = check_all(FIELDS, profile)
    facts = profile_facts(checked, parse_today(today))
    rated = rate_all(facts)
    score = max(0, min(100, round(total(facts))))
    cap = ceiling(facts)
    held = cap is not None  # whether or not it binds now, it bounds what the other fixes gain
    checklist = [
        {"id": item.id, "label": item.label, "ok": bool(item.met(facts)), "guide": item.guide}
        for item in ALL_STAR
    ]
    missing = [item["label"] for item in checklist if not item["ok"]]
    fixes = ranked_fixes(facts, total, lift(facts) if held else None)
    level = level_of(score)
    return {
        "score": score,
        "level": level,
        "goal": facts.goal,
        "stage": facts.stage,
        "stage_label": STAGE_LABELS[facts.stage],
        "stage_why": facts.stage_why,
        "ceiling": {"id": cap.id, "most": cap.most, "reason": cap.reason, "guide": cap.guide}
        if held
        else None,
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
            if top
        ],
        "warnings": rate.warnings(facts),
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
