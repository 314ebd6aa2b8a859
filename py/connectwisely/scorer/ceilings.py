"""The ceilings: gaps that hold the whole score down, however good the rest is.

A hard ceiling (no positions; a headline and About that say nothing; a job search the profile
does not show) is reached only by a profile perfect in every other section, so the rest still
counts under it. A soft one (no photo; no proof but the reader's own words) binds only above
its mark and keeps part of the points over it. The scorer (:mod:`.score`) applies them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..core.guide import link
from .facts import ProfileFacts
from .goals import CHECKS_BY_GOAL, goal_credit


@dataclass(frozen=True)
class Ceiling:
    """A most the whole score can reach while something a visitor looks for first is missing,
    however good the rest is: a coach would not call such a profile strong."""

    id: str
    most: int
    applies: Callable[[ProfileFacts], bool]
    lifted_by: tuple[str, ...]  # the sections whose fixes lift it
    reason: str
    guide: str
    # A hard ceiling (``slope`` None) is reached only by a profile perfect in every other
    # section: it holds the score at ``most`` × the lifted profile's points / 100, so the rest
    # still counts under it. A soft one binds only above ``most`` and keeps ``slope`` of the
    # points over it.
    slope: float | None = None
    base: float = 0.0  # of ``most``, held whatever the rest (a hard ceiling's floor share)
    # the facts with only what the ceiling is about made good (default: its sections' fixes)
    lifts: Callable[[ProfileFacts], ProfileFacts] | None = None


def _says_nothing(grade: str, present: bool) -> bool:
    return not present or grade != "specific"


def says_nothing(f: ProfileFacts) -> bool:
    """Neither the headline nor the About says anything specific."""
    return _says_nothing(f.headline.grade, f.headline.present) and _says_nothing(
        f.about.grade, f.about.present
    )


GOAL_SHOWN = 0.35  # of the goal's checks: below it, the profile does not show the goal
# Goals whose profile is held down when it does not show them: a job seeker whose profile
# points at the old career is not found for the new one. (For the other goals the goal's
# section carries the cost.)
HELD_GOALS = frozenset({"job-search"})


def _goal_shown(f: ProfileFacts) -> ProfileFacts:
    """The facts with every check of the goal met, and nothing else changed."""
    met = frozenset(c.id for c in CHECKS_BY_GOAL.get(f.goal, ()))
    return replace(f, goal_fit=replace(f.goal_fit, met=met))


CEILINGS = (
    Ceiling(
        "PS-C0", 68, lambda f: not f.photo, ("photo",),
        "No profile photo: people look at it first when deciding whether to accept you, and "
        "many skip a profile without one, however good the rest is.",
        link("photo"), slope=0.4,
    ),
    Ceiling(
        "PS-C1", 60, lambda f: not f.experience.count, ("experience",),
        "No positions: Experience is what recruiters and clients read after the headline, "
        "and what LinkedIn's search matches job titles and employers against.",
        link("experience"),
    ),
    Ceiling(
        "PS-C2", 43,
        says_nothing,
        ("headline", "about"),
        "Neither the headline nor the About says anything specific: they are what a visitor "
        "reads first, and few read further.",
        link("headline"), base=0.5,
    ),
    Ceiling(
        "PS-C4", 78, lambda f: not (f.recommendations or f.featured or f.posts),
        ("recommendations", "featured", "activity"),
        "Nothing but your own words: no recommendation, nothing in Featured and no post in 90 "
        "days. Visitors have only what you say about yourself.",
        link("recommendations"), slope=0.4,
    ),
    Ceiling(
        "PS-C3", 55,
        lambda f: f.goal in HELD_GOALS and goal_credit(f.goal, f.goal_fit) < GOAL_SHOWN,
        ("headline", "about", "skills"),
        "Your profile does not show your goal where people look first (the headline and the "
        "first lines of About): a visitor cannot tell what you want from them.",
        link("headline"), base=0.3, lifts=lambda f: _goal_shown(f),
    ),
)  # fmt: skip


__all__ = ["CEILINGS", "Ceiling", "says_nothing"]
