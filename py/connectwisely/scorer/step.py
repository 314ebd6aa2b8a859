"""What a step of a fix is, and the small helpers the step tables (:mod:`.steps`,
:mod:`.steps_words`) are written with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .facts import ExperienceFacts, ProfileFacts
from .goals import GoalCheck
from .rules import (
    FULL_ABOUT_LENGTH,
    AboutFacts,
    HeadlineFacts,
)
from .stage import EXPERIENCE_PARTS

EFFORTS = ("quick", "medium", "ongoing")  # minutes · an hour or two · weeks of habit
FULL_CONNECTIONS = 500
FULL_POSTS = 12  # in 90 days: about one a week


@dataclass(frozen=True)
class Step:
    id: str
    section: str
    effort: str
    applies: Callable[[ProfileFacts], bool]
    apply: Callable[[ProfileFacts], ProfileFacts]
    says: Callable[[ProfileFacts], str]  # a clause of the section's fix, lower case


def headline_with(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, headline=replace(f.headline, **changes))


def about_with(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, about=replace(f.about, **changes))


def jobs_with(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, experience=replace(f.experience, **changes))


def quoted(found: tuple[str, ...]) -> str:
    return ", ".join(f"“{c}”" for c in found)


def past_enough(f: ProfileFacts) -> int:
    return EXPERIENCE_PARTS[f.stage].past_enough


def add_jobs(e: ExperienceFacts, past: int, current: bool) -> ExperienceFacts:
    """Experience with ``past`` earlier jobs (and a current one) added, each done well."""
    added = past + current
    return replace(
        e,
        count=e.count + added,
        current=e.current or current,
        current_described=e.current_described or current,
        past=e.past + past,
        described=e.described + added,
        with_numbers=e.with_numbers + added,
        with_outcomes=e.with_outcomes + added,
        dated=e.dated + added,
    )


def by_stage(student: str, change: str, other: str) -> Callable[[ProfileFacts], str]:
    return lambda f: (
        student if f.stage == "student" else change if f.stage == "career-change" else other
    )


DONE = ("…",)  # evidence of a step done: what the reader will write
SPECIFIC = {
    "roles": DONE, "specialties": ("…", "…"), "audience": DONE, "labels": (),
    "credentials": (), "bare_title": False, "keywords": True, "grade": "specific",
}  # fmt: skip
GOOD_HEADLINE = HeadlineFacts(length=120, segments=3, **SPECIFIC)
GOOD_ABOUT = AboutFacts(
    length=FULL_ABOUT_LENGTH,
    hook=True,
    first_person=True,
    specifics=True,
    call_to_action=True,
    results=DONE,
)


def goal_check(check: GoalCheck) -> Step:
    """The step that makes the profile show ``check`` (goals.GOAL_CHECKS): part of the fix of
    the section it is written in, so the headline's fix says first what the goal needs."""
    return Step(
        check.id, check.section, "quick",
        lambda f: f.goal == check.goal and check.id not in f.goal_fit.met,
        lambda f: replace(f, goal_fit=replace(f.goal_fit, met=f.goal_fit.met | {check.id})),
        lambda f: check.fix,
    )  # fmt: skip
