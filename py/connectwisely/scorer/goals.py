"""What the profile must show for the reader's goal, checked in its words.

A job seeker's headline and first lines of About point at the role they want; a recruiter's
headline says what they hire for; a seller's About speaks to buyers and their problems, not
to quota ranks; a thought leader names a niche and what they write or speak about. Each goal
is a few ``GoalCheck`` rows (a share of the goal's points, what it asks, how to fix it); the
facts record which are met and the words read as evidence. ``general`` has no checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..core.text import squash
from .rules import ABOUT_PREVIEW, HeadlineFacts, asks, content_words, empty_word, folded
from .words.tables import find, vocabulary


@dataclass(frozen=True)
class GoalFacts:
    met: frozenset[str] = frozenset()  # ids of the checks the profile meets
    evidence: tuple[tuple[str, str], ...] = ()  # (check id, the words read)
    target: tuple[str, ...] = ()  # words of the role sought, from "seeking …", "busco …"


@dataclass(frozen=True)
class GoalCheck:
    id: str
    goal: str
    section: str  # the section whose fix makes the profile show it
    share: float  # of the goal section's points
    shows: str  # what the profile must show, for the notes
    fix: str  # a clause of the goal's fix, lower case


GOAL_CHECKS = (
    GoalCheck("job-headline", "job-search", "headline", 0.45,
              "your headline names the role you want",
              "name the role you want in your headline (“… · seeking …”), not only the one you had"),
    GoalCheck("job-opening", "job-search", "about", 0.35,
              "the first lines of your About say what you are looking for",
              "say in the first two lines of your About which role you want and why you fit"),
    GoalCheck("job-skills", "job-search", "skills", 0.2,
              "three or more skills match that role",
              "put three or more skills of the role you want at the top of your skills"),
    GoalCheck("hire-headline", "hiring", "headline", 0.45,
              "your headline says what you hire for",
              "say in your headline which roles or teams you hire for, and where"),
    GoalCheck("hire-about", "hiring", "about", 0.35,
              "your About tells candidates about the roles and the team",
              "tell candidates in your About what the roles are and what the team does"),
    GoalCheck("hire-ask", "hiring", "about", 0.2,
              "your About says how to apply or reach you",
              "end your About with how candidates should apply or reach you"),
    GoalCheck("sell-headline", "sales", "headline", 0.4,
              "your headline says who you help and with what",
              "say in your headline who you help and with what (“… for …”)"),
    GoalCheck("sell-buyers", "sales", "about", 0.4,
              "your About speaks to buyers and their problems",
              "write your About to buyers: their problem, what you change for them, a client result"),
    GoalCheck("sell-ask", "sales", "about", 0.2,
              "your About ends with a next step for a buyer",
              "end your About with the next step for a buyer (a call, a question to send you)"),
    GoalCheck("lead-niche", "thought-leadership", "headline", 0.45,
              "your headline names your niche",
              "name your niche in your headline: the topic you want to be known for"),
    GoalCheck("lead-topics", "thought-leadership", "about", 0.35,
              "your About says what you write or speak about",
              "say in your About what you write or speak about, and where to find it"),
    GoalCheck("lead-proof", "thought-leadership", "featured", 0.2,
              "something of yours is pinned in Featured",
              "pin your best post, talk or article in Featured"),
)  # fmt: skip
CHECKS_BY_GOAL: dict[str, tuple[GoalCheck, ...]] = {}
for _check in GOAL_CHECKS:
    CHECKS_BY_GOAL[_check.goal] = (*CHECKS_BY_GOAL.get(_check.goal, ()), _check)

_TARGET_WORDS = 4  # words after "seeking", "busco"… read as the role sought


def target_words(text: str) -> tuple[str, ...]:
    """The words of the role sought, after a target phrase ("seeking ICU nurse roles")."""
    plain = folded(text)
    found: list[str] = []
    for phrase in find(plain, "TARGET"):
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)([^.|·•;!?\n]{{0,80}})", plain):
            after = [
                w for w in content_words(match.group(1)) if not empty_word(w) and not w.isdigit()
            ]
            found += [w for w in after[:_TARGET_WORDS] if w not in found]
    return tuple(found)


def _names(text: str, wanted: tuple[str, ...]) -> list[str]:
    """The words of ``text`` that name one of ``wanted``: the same stem (first five letters),
    or a stem inside a compound ("anleiten" in "Praxisanleiterin")."""
    stems = {w[:5] for w in wanted}
    long = [w for w in wanted if len(w) > 8]
    return [
        w
        for w in content_words(text)
        if w[:5] in stems or (len(w) >= 5 and any(w[:5] in t for t in long))
    ]


def goal_facts(
    goal: str, headline: str, h: HeadlineFacts, about: str, skills: tuple[str, ...], featured: int
) -> GoalFacts:
    """Which of ``goal``'s checks the profile meets, and the words read."""
    checks = {c.id for c in CHECKS_BY_GOAL.get(goal, ())}
    if not checks:
        return GoalFacts()
    about = squash(about)
    opening = about[:ABOUT_PREVIEW]
    wanted = target_words(f"{headline} . {about}")
    evidence: dict[str, str] = {}
    met: set[str] = set()
    test: dict[str, Callable[[], str]] = {
        "job-headline": lambda: _job_headline(headline, h, wanted),
        "job-opening": lambda: " ".join(_names(opening, wanted)),
        "job-skills": lambda: _skills_for(skills, (*wanted, *content_words(headline))),
        "hire-headline": lambda: _hires_for(headline),
        "hire-about": lambda: _hiring_story(about),
        "hire-ask": lambda: ", ".join(asks(about)[:2]),
        "sell-headline": lambda: (h.audience or ("",))[0],
        "sell-buyers": lambda: _buyers(about),
        "sell-ask": lambda: ", ".join(asks(about)[:2]),
        "lead-niche": lambda: (h.specialties or h.audience or ("",))[0],
        "lead-topics": lambda: ", ".join(find(folded(about), "WRITING")[:3]),
        "lead-proof": lambda: f"{featured} featured" if featured else "",
    }
    for check_id in sorted(checks):
        said = test[check_id]()
        if said:
            met.add(check_id)
            evidence[check_id] = said
    return GoalFacts(frozenset(met), tuple(sorted(evidence.items())), wanted)


def _job_headline(headline: str, h: HeadlineFacts, wanted: tuple[str, ...]) -> str:
    """The headline's words that name the role sought ("open to opportunities" names none)."""
    return " ".join(_names(headline, wanted))


def _skills_for(skills: tuple[str, ...], wanted: tuple[str, ...]) -> str:
    """Three or more skills that match the role sought (or the headline), as read."""
    found = [s for s in skills if _names(s, wanted)]
    return ", ".join(found[:4]) if len(found) >= 3 else ""


def _hiring_words(text: str) -> set[str]:
    return {w for phrase in find(folded(text), "HIRING") for w in content_words(phrase)}


def _hires_for(headline: str) -> str:
    """What a recruiter's headline says they hire for: its words beyond "recruiter" and the
    like, roles of their own and filler."""
    if not find(folded(headline), "HIRING"):
        return ""
    hiring = _hiring_words(headline)
    rest = [
        w
        for w in content_words(headline)
        if w not in hiring
        and not empty_word(w)
        and not find(w, "HIRING")
        and not vocabulary("ROLES").has(w)
    ]
    return " ".join(rest[:4])


def _hiring_story(about: str) -> str:
    """The About's words about the roles and the team, with a word of hiring."""
    found = find(folded(about), "HIRING")
    roles = [w for w in content_words(about) if vocabulary("ROLES").has(w)]
    return ", ".join(found[:2] + roles[:2]) if len(found) >= 2 or (found and roles) else ""


def _buyers(about: str) -> str:
    """The buyer words of the About, when they outweigh its quota ranks."""
    plain = folded(about)
    buyers, brags = find(plain, "BUYERS"), find(plain, "BRAGS")
    return ", ".join(buyers[:4]) if len(buyers) >= 2 and len(buyers) > len(brags) else ""


def brags(about: str) -> list[str]:
    return find(folded(about), "BRAGS")


def goal_credit(goal: str, facts: GoalFacts) -> float:
    return sum(c.share for c in CHECKS_BY_GOAL.get(goal, ()) if c.id in facts.met)


__all__ = ["CHECKS_BY_GOAL", "GOAL_CHECKS", "GoalCheck", "GoalFacts", "goal_credit", "goal_facts"]
