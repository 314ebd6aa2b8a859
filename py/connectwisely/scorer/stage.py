"""Where the reader is in their working life, and what that changes in the advice.

A coach does not tell a third-year student to collect recommendations, nor a manager with
eleven years of work to add another earlier job. The stage is read from the profile (years
of positions, student words, words of a change of career, in the six languages of
:mod:`.words`), or given by the reader, which wins.
Each stage shifts the sections' weights (``EMPHASIS``, like the goal does) and what counts
inside Experience (``EXPERIENCE_PARTS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rules import folded, words
from .words.tables import find, vocabulary

STAGES = (
    ("", "Work it out from my profile"),
    ("student", "Student or new graduate"),
    ("early-career", "Early in my career"),
    ("experienced", "Experienced"),
    ("career-change", "Changing career"),
)
LABELS = dict(STAGES)

EXPERIENCED_YEARS = 8  # years of positions from which a profile reads as experienced

# How each stage shifts the sections' weights (multipliers, with the goal's; scaled to 100).
EMPHASIS = {
    "student": {
        "education": 1.8, "skills": 1.3, "featured": 1.3, "certifications": 1.2,
        "experience": 0.8, "recommendations": 0.4, "connections": 0.8, "activity": 0.8,
    },
    "early-career": {},
    "experienced": {
        "experience": 1.25, "recommendations": 1.3, "education": 0.6, "certifications": 0.8,
        "skills": 0.9,
    },
    "career-change": {
        "headline": 1.3, "about": 1.3, "featured": 2.2, "skills": 1.2, "certifications": 1.3,
        "experience": 0.9,
    },
}  # fmt: skip


@dataclass(frozen=True)
class ExperienceParts:
    """What Experience's points are made of, as shares adding up to 1. Most of them come from
    what the descriptions say (figures and what changed), not from how many there are."""

    listed: float = 0.1  # any position at all
    current: float = 0.15
    current_described: float = 0.1
    past: float = 0.15
    past_enough: int = 2  # earlier positions that earn all of ``past``
    described: float = 0.1
    numbers: float = 0.2
    outcomes: float = 0.15
    dated: float = 0.05


EXPERIENCE_PARTS = {
    # internships, projects and volunteering count; one of them is a fine start
    "student": ExperienceParts(
        current=0.05, current_described=0.05, past=0.25, past_enough=1, described=0.2,
        numbers=0.15,
    ),
    "early-career": ExperienceParts(),
    # a long career is not judged by the number of earlier jobs but by what came of them
    "experienced": ExperienceParts(
        current=0.1, past=0.05, past_enough=1, numbers=0.25, outcomes=0.25
    ),
    "career-change": ExperienceParts(past_enough=1, outcomes=0.2, dated=0.0),
}  # fmt: skip

_JUNIOR_WORDS = {"junior", "aspiring", "entry", "trainee"}  # with years of work: a new field
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_YEARS = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\+? years?\b")


def _months(positions: list[dict], now: int, *, skip_student_jobs: bool) -> int:
    """Months covered by dated positions (overlaps counted once)."""
    covered: set[int] = set()
    for job in positions:
        if not job.get("start"):
            continue
        title = words(job.get("title") or "")
        if skip_student_jobs and any(vocabulary("TRAINEES").has(w) for w in title):
            continue
        year, month = job["start"].split("-")
        start = int(year) * 12 + int(month) - 1
        end = now
        if job.get("end"):
            year, month = job["end"].split("-")
            end = int(year) * 12 + int(month) - 1
        covered.update(range(start, end + 1))
    return len(covered)


def _years_said(text: str) -> int:
    """The most years of work the text speaks of ("for 12 years", "nine years")."""
    found = [m.group(1) for m in _YEARS.finditer(text.lower())]
    return max((int(n) if n.isdigit() else _NUMBER_WORDS[n] for n in found), default=0)


def infer_stage(profile: dict, now: int) -> tuple[str, str]:
    """The stage the profile reads as, and why (for the result to say)."""
    positions = profile.get("positions") or []
    headline = profile.get("headline") or ""
    said = " ".join(filter(None, (headline, profile.get("about"))))
    years = _months(positions, now, skip_student_jobs=False) / 12 or _years_said(said)
    worked = _months(positions, now, skip_student_jobs=True)  # internships and the like aside
    only_student_jobs = worked == 0 and bool(profile.get("education")) and years < 3
    plain = folded(said)
    if (find(plain, "STUDENT") and worked < 4 * 12) or only_student_jobs:
        return "student", "you say you study, or your jobs so far are internships and the like"
    junior = _JUNIOR_WORDS & set(words(headline)) and years >= 5
    if years >= 2 and (find(plain, "CHANGE") or junior):
        return "career-change", "your headline or About speaks of a move into a new field"
    if years >= EXPERIENCED_YEARS:
        return "experienced", f"about {int(years)} years of work"
    return "early-career", f"fewer than {EXPERIENCED_YEARS} years of work"


def stage_of(profile: dict, now: int) -> tuple[str, str]:
    """The stage to advise for: the reader's choice, else the one the profile reads as."""
    given = profile.get("stage")
    if given:
        return given, "as you chose"
    return infer_stage(profile, now)


__all__ = ["EMPHASIS", "EXPERIENCE_PARTS", "LABELS", "STAGES", "infer_stage", "stage_of"]
