"""A checked profile boiled down to the plain facts the scorer counts.

Scoring and the fixes both work on these frozen records: a fix is a change to the facts
("the About now has a call to action"), and its gain is the score of the changed facts minus
the score of the reader's. The records keep the evidence (clichés found, lengths, tenure) the
notes quote back to the reader.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ..core.text import utf16_len, words
from ..errors import InputError
from .goals import GoalFacts, goal_facts
from .rules import (
    DESCRIPTION_LIMIT,
    AboutFacts,
    HeadlineFacts,
    about_facts,
    cliches,
    clip,
    described,
    duties,
    folded,
    has_numbers,
    headline_facts,
    results,
)
from .skills import SkillFacts, skill_facts
from .stage import stage_of
from .words.tables import find

_READ_POSITIONS = 30  # the most recent positions read closely (bounds the work)


@dataclass(frozen=True)
class ExperienceFacts:
    count: int = 0
    current: bool = False
    current_described: bool = False
    past: int = 0
    described: int = 0  # of the positions read
    with_numbers: int = 0
    with_outcomes: int = 0
    dated: int = 0
    too_long: int = 0  # descriptions over LinkedIn's limit
    current_months: int | None = None  # tenure in the current job
    longest_gap_months: int = 0
    cliches: tuple[str, ...] = ()
    duties: int = 0  # descriptions that list duties and say nothing of what came of them
    results: tuple[str, ...] = ()  # verbs of what changed, as read
    duty_words: tuple[str, ...] = ()  # "responsible for", as read
    idle_months: int = 0  # since the last position ended, when none is current
    pause_said: str = ""  # the words that explain a pause ("career break"), if any

    @property
    def read(self) -> int:
        """How many positions were read closely (the shares below are of these)."""
        return min(self.count, _READ_POSITIONS)


@dataclass(frozen=True)
class ProfileFacts:
    goal: str = "general"
    photo: bool = False
    banner: bool = False
    custom_url: bool = False
    location: bool = False
    industry: bool = False
    headline: HeadlineFacts = field(default_factory=HeadlineFacts)
    about: AboutFacts = field(default_factory=AboutFacts)
    experience: ExperienceFacts = field(default_factory=ExperienceFacts)
    education: int = 0  # entries
    education_detail: float = 0.0  # the fullest entry: school 0.6, degree 0.2, field 0.2
    skills: int = 0  # distinct
    recommendations: int = 0
    connections: int = 0
    featured: int = 0
    certifications: int = 0
    posts: int = 0
    not_given: tuple[str, ...] = ()  # number fields left empty (counted as zero)
    skill_fit: SkillFacts = field(default_factory=SkillFacts)
    goal_fit: GoalFacts = field(default_factory=GoalFacts)
    default_headline: bool = False  # no headline written: LinkedIn shows "title at company"
    stage: str = "early-career"  # see stage.STAGES
    stage_why: str = ""


def month_index(month: str) -> int:
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def _check_dates(positions: list[dict], now: int) -> None:
    for i, job in enumerate(positions):
        start, end = job.get("start"), job.get("end")
        where = f"positions[{i}]"
        if start and month_index(start) > now:
            raise InputError(
                f"Position {i + 1} starts in {start}, after this month: use the month you started.",
                f"{where}.start",
            )
        if end and month_index(end) > now:
            raise InputError(
                f"Position {i + 1} ends in {end}, after this month: leave Ended empty for a job "
                "you still hold.",
                f"{where}.end",
            )
        if start and end and month_index(end) < month_index(start):
            raise InputError(
                f"Position {i + 1} ends ({end}) before it starts ({start}).", f"{where}.end"
            )
        if not (job.get("title") or job.get("company")):
            raise InputError(f"Position {i + 1} needs a job title or a company.", f"{where}.title")


def experience_facts(positions: list[dict], today: dt.date) -> ExperienceFacts:
    now = today.year * 12 + today.month - 1
    _check_dates(positions, now)
    if not positions:
        return ExperienceFacts()
    read = positions[:_READ_POSITIONS]
    texts = [clip(p.get("description")) for p in read]
    said = [described(t) for t in texts]
    current = [p for p in positions if not p.get("end")]
    current_starts = [month_index(p["start"]) for p in current if p.get("start")]
    spans = sorted(
        (month_index(p["start"]), month_index(p["end"]) if p.get("end") else now)
        for p in positions
        if p.get("start")
    )
    gap, reach = 0, None
    for start, end in spans:
        if reach is not None:
            gap = max(gap, start - reach - 1)
        reach = end if reach is None else max(reach, end)
    found: list[str] = []
    for text in texts:
        found += [c for c in cliches(text) if c not in found]
    verbs = [results(t) if s else [] for t, s in zip(texts, said, strict=True)]
    listed = [duties(t) if s else [] for t, s in zip(texts, said, strict=True)]
    # a verb of change, or a figure, is a result; a duty list without a figure is not
    done = [
        (bool(v) or (s and has_numbers(t))) and not (d and not has_numbers(t))
        for v, d, t, s in zip(verbs, listed, texts, said, strict=True)
    ]
    ends = [month_index(p["end"]) for p in positions if p.get("end")]
    return ExperienceFacts(
        count=len(positions),
        current=bool(current),
        current_described=any(described(p.get("description")) for p in current),
        past=len(positions) - len(current),
        described=sum(said),
        with_numbers=sum(1 for t, s in zip(texts, said, strict=True) if s and has_numbers(t)),
        with_outcomes=sum(done),
        duties=sum(1 for d, ok in zip(listed, done, strict=True) if d and not ok),
        results=tuple(dict.fromkeys(v for found_verbs in verbs for v in found_verbs[:2]))[:4],
        duty_words=tuple(dict.fromkeys(d for found_duties in listed for d in found_duties))[:3],
        idle_months=now - max(ends) if ends and not current else 0,
        dated=sum(1 for p in read if p.get("start")),
        too_long=sum(1 for p in read if utf16_len(p.get("description") or "") > DESCRIPTION_LIMIT),
        current_months=now - max(current_starts) if current_starts else None,
        longest_gap_months=gap,
        cliches=tuple(found),
    )


def _education_detail(entry: dict) -> float:
    return (
        0.6 * bool(entry.get("school"))
        + 0.2 * bool(entry.get("degree"))
        + 0.2 * bool(entry.get("field"))
    )


def default_headline(positions: list[dict]) -> str:
    """What LinkedIn shows when no headline is written: the current job as "title at company"."""
    current = [p for p in positions if not p.get("end") and p.get("title")]
    if not current:
        return ""
    job = current[0]
    return f"{job['title']} at {job['company']}" if job.get("company") else job["title"]


def _as_default(facts: HeadlineFacts, default: bool) -> HeadlineFacts:
    """LinkedIn's default headline ("title at company") is a bare title, however it reads."""
    return replace(facts, bare_title=True) if default and facts.present else facts


NUMBER_FIELDS = (
    "recommendations",
    "connections",
    "featured",
    "certifications",
    "posts_last_90_days",
)


def profile_facts(profile: dict, today: dt.date) -> ProfileFacts:
    """The facts of a profile already checked against the fields (see ``profile_fields``)."""
    positions = profile.get("positions") or []
    education = profile.get("education") or []
    titles = tuple(p.get("title") or "" for p in positions)
    headline = profile.get("headline") or default_headline(positions)
    stage, stage_why = stage_of(profile, today.year * 12 + today.month - 1)
    skills = profile.get("skills") or []
    distinct_skills = {" ".join(words(s[:200])) for s in skills} - {""}
    head = headline_facts(headline, titles)
    about = about_facts(profile.get("about"))
    about_text = profile.get("about") or ""
    said = " . ".join(
        [
            headline,
            about_text[:20_000],
            *titles,
            *(p.get("description") or "" for p in positions[:30]),
        ]
    )
    fit = skill_facts(skills, said)  # generic skills say nothing of the goal either
    experience = experience_facts(positions, today)
    if experience.idle_months:
        pause = find(folded(said), "BREAKS")
        experience = replace(experience, pause_said=pause[0] if pause else "")
    return ProfileFacts(
        goal=profile.get("goal") or "general",
        photo=bool(profile.get("photo")),
        banner=bool(profile.get("banner")),
        custom_url=bool(profile.get("custom_url")),
        location=bool(profile.get("location")),
        industry=bool(profile.get("industry")),
        headline=_as_default(head, not profile.get("headline")),
        about=about,
        experience=experience,
        education=sum(1 for e in education if _education_detail(e)),
        education_detail=max((_education_detail(e) for e in education), default=0.0),
        skills=len(distinct_skills),
        recommendations=profile.get("recommendations") or 0,
        connections=profile.get("connections") or 0,
        featured=profile.get("featured") or 0,
        certifications=profile.get("certifications") or 0,
        posts=profile.get("posts_last_90_days") or 0,
        not_given=tuple(name for name in NUMBER_FIELDS if profile.get(name) is None),
        skill_fit=fit,
        goal_fit=goal_facts(
            profile.get("goal") or "general",
            headline,
            head,
            about_text,
            fit.matched + fit.unmatched,
            profile.get("featured") or 0,
        ),
        default_headline=not profile.get("headline") and bool(default_headline(positions)),
        stage=stage,
        stage_why=stage_why,
    )
