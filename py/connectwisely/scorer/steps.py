"""The steps a fix is made of: one record per thing to do in a section of the profile.

Each step says when it applies, how the profile's facts look once it is done, how much effort
it takes, and how to say it as a clause of its section's fix ("drop the 4 clichés"). The fixes
module puts a section's steps together into one fix; the gains are measured there.
Steps read the reader's stage: a student is told about projects and internships, a career
changer about naming the role they want, an experienced reader about results with numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .facts import ExperienceFacts, ProfileFacts
from .goals import GOAL_CHECKS, GoalCheck
from .rules import (
    ABOUT_LIMIT,
    FULL_ABOUT_LENGTH,
    FULL_ABOUT_SUBSTANCE,
    GOOD_HEADLINE_LENGTH,
    HEADLINE_LIMIT,
    AboutFacts,
    HeadlineFacts,
)
from .quality import STUFFED
from .ratings import IDLE_MONTHS
from .skills import FULL_SKILLS
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


def _headline(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, headline=replace(f.headline, **changes))


def _about(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, about=replace(f.about, **changes))


def _jobs(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, experience=replace(f.experience, **changes))


def _quoted(found: tuple[str, ...]) -> str:
    return ", ".join(f"“{c}”" for c in found)


def _past_enough(f: ProfileFacts) -> int:
    return EXPERIENCE_PARTS[f.stage].past_enough


def _add_jobs(e: ExperienceFacts, past: int, current: bool) -> ExperienceFacts:
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


def _by_stage(student: str, change: str, other: str) -> Callable[[ProfileFacts], str]:
    return lambda f: (
        student if f.stage == "student" else change if f.stage == "career-change" else other
    )


_DONE = ("…",)  # evidence of a step done: what the reader will write
_SPECIFIC = {
    "roles": _DONE, "specialties": ("…", "…"), "audience": _DONE, "labels": (),
    "credentials": (), "bare_title": False, "keywords": True, "grade": "specific",
}  # fmt: skip
_GOOD_HEADLINE = HeadlineFacts(length=120, segments=3, **_SPECIFIC)
_GOOD_ABOUT = AboutFacts(
    length=FULL_ABOUT_LENGTH, hook=True, first_person=True, specifics=True, call_to_action=True,
    results=_DONE,
)


def _goal_check(check: GoalCheck) -> Step:
    """The step that makes the profile show ``check`` (goals.GOAL_CHECKS): part of the fix of
    the section it is written in, so the headline's fix says first what the goal needs."""
    return Step(
        check.id, check.section, "quick",
        lambda f: f.goal == check.goal and check.id not in f.goal_fit.met,
        lambda f: replace(f, goal_fit=replace(f.goal_fit, met=f.goal_fit.met | {check.id})),
        lambda f: check.fix,
    )  # fmt: skip

STEPS = (
    Step(
        "add-photo", "photo", "quick",
        lambda f: not f.photo,
        lambda f: replace(f, photo=True),
        lambda f: "a clear, recent photo of your face",
    ),
    Step(
        "add-banner", "photo", "quick",
        lambda f: not f.banner,
        lambda f: replace(f, banner=True),
        lambda f: "a background image that shows your work or your field",
    ),
    Step(
        "write-headline", "headline", "quick",
        lambda f: not f.headline.present,
        lambda f: replace(f, headline=_GOOD_HEADLINE),
        _by_stage(
            "what you study, your strongest skills and the role you want",
            "the role you are moving into, then what you bring from before",
            "your role, your specialties or tools, and who you help",
        ),
    ),
    Step(
        "headline-cliches", "headline", "quick",
        lambda f: bool(f.headline.cliches),
        lambda f: _headline(
            f, cliches=(), labels=(),
            grade="vague" if f.headline.grade == "cliche" else f.headline.grade,
        ),
        lambda f: f"drop {_quoted(f.headline.cliches)}",
    ),
    Step(
        "headline-labels", "headline", "quick",
        lambda f: bool(f.headline.labels or f.headline.credentials) and not f.headline.cliches,
        lambda f: _headline(
            f, labels=(), credentials=(),
            grade="vague" if f.headline.grade == "cliche" else f.headline.grade,
        ),
        lambda f: "put what you do in place of "
        + _quoted((*f.headline.labels, *f.headline.credentials)[:4]),
    ),
    Step(
        "headline-specific", "headline", "quick",
        lambda f: f.headline.present
        and (
            f.headline.grade != "specific" or f.headline.bare_title or not f.headline.keywords
            or f.headline.length < GOOD_HEADLINE_LENGTH or not f.headline.roles
            or len(f.headline.specialties) < (2 if f.headline.audience else 3)
            or f.headline.segments > STUFFED
        ),
        lambda f: _headline(
            f, **_SPECIFIC, segments=min(f.headline.segments, STUFFED) or 3,
            length=min(HEADLINE_LIMIT, max(f.headline.length, 80)),
        ),
        lambda f: (
            "name the role you are moving into, not only the one you hold"
            if f.stage == "career-change"
            else "write your own instead of LinkedIn's default job title: "
            if f.default_headline
            else ""
        )
        + (
            ""
            if f.stage == "career-change"
            else "say what you study, your skills and the role you want"
            if f.stage == "student"
            else "name your role, your specialties or tools, and who you help"
        ),
    ),
    Step(
        "headline-shorten", "headline", "quick",
        lambda f: f.headline.length > HEADLINE_LIMIT,
        lambda f: _headline(f, length=HEADLINE_LIMIT),
        lambda f: f"cut it to {HEADLINE_LIMIT} characters (it has {f.headline.length:,})",
    ),
    Step(
        "write-about", "about", "medium",
        lambda f: not f.about.present,
        lambda f: replace(f, about=_GOOD_ABOUT),
        _by_stage(
            "in the first person, what you study, a project you are proud of (with a number), "
            "and what you are looking for",
            "in the first person, the move you are making, what carries over (with a result "
            "and a number), and the role you want",
            "in the first person, open with what you do, give two results with numbers, and "
            "end with what to contact you about",
        ),
    ),
    Step(
        "about-shorten", "about", "medium",
        lambda f: f.about.length > ABOUT_LIMIT,
        lambda f: _about(f, length=ABOUT_LIMIT),
        lambda f: f"cut it to {ABOUT_LIMIT:,} characters (it has {f.about.length:,})",
    ),
    Step(
        "about-hook", "about", "quick",
        lambda f: f.about.present and not f.about.hook,
        lambda f: _about(f, hook=True, first_person=True),
        lambda f: "open with what you do, in the first person (the first lines are all most "
        "people see before “see more”)",
    ),
    Step(
        "about-first-person", "about", "quick",
        lambda f: f.about.present and not f.about.first_person,
        lambda f: _about(f, first_person=True),
        lambda f: "write it in the first person",
    ),
    Step(
        "about-specifics", "about", "medium",
        lambda f: f.about.present
        and (not f.about.specifics or f.about.grade == "vague" or not f.about.results),
        lambda f: _about(
            f, specifics=True, results=f.about.results or _DONE,
            grade="specific" if f.about.grade == "vague" else f.about.grade,
        ),
        _by_stage(
            "add a project or course result with a number, and the tools you used",
            "add two results with numbers from your past work that matter in the new field",
            "add two results with numbers, and the tools or companies you worked with",
        ),
    ),
    Step(
        "about-cliches", "about", "quick",
        lambda f: bool(f.about.cliches) or f.about.grade == "cliche",
        lambda f: _about(
            f, cliches=(),
            grade="vague" if f.about.grade == "cliche" and not f.about.specifics
            else "specific" if f.about.grade == "cliche" else f.about.grade,
        ),
        lambda f: f"drop the {len(f.about.cliches)} cliché{'s' if len(f.about.cliches) > 1 else ''}"
        f" ({_quoted(f.about.cliches)})"
        if f.about.cliches
        else "cut the filler words that claim qualities instead of showing them",
    ),
    Step(
        "about-call-to-action", "about", "quick",
        lambda f: f.about.present and not f.about.call_to_action,
        lambda f: _about(f, call_to_action=True),
        lambda f: "end with what people should contact you about",
    ),
    Step(
        "about-length", "about", "medium",
        lambda f: f.about.present and f.about.substance < FULL_ABOUT_SUBSTANCE,
        lambda f: _about(
            f, length=max(f.about.length, FULL_ABOUT_LENGTH), substance=FULL_ABOUT_SUBSTANCE
        ),
        lambda f: "grow it to a few short paragraphs of what you do and what came of it "
        f"({f.about.substance} of its words say something)",
    ),
    Step(
        "add-positions", "experience", "medium",
        lambda f: not f.experience.count,
        lambda f: replace(f, experience=_add_jobs(f.experience, past=2, current=True)),
        _by_stage(
            "add internships, campus jobs, projects and volunteering as positions, with dates "
            "and what came of each",
            "add your past jobs (they are what carries over) and what you do now, with dates "
            "and a result in each",
            "add your current job and the ones before it, with dates and what came of each",
        ),
    ),
    Step(
        "add-current-position", "experience", "quick",
        lambda f: f.experience.count and not f.experience.current,
        lambda f: replace(f, experience=_add_jobs(f.experience, past=0, current=True)),
        lambda f: "add what you do now as a current position (a project, freelance work or "
        "study counts)",
    ),
    Step(
        "describe-current", "experience", "quick",
        lambda f: f.experience.current and not f.experience.current_described,
        lambda f: _jobs(
            f, current_described=True,
            described=min(f.experience.read, f.experience.described + 1),
        ),
        lambda f: "describe your current position: what you do, and what came of it",
    ),
    Step(
        "numbers-in-positions", "experience", "medium",
        lambda f: f.experience.with_numbers < f.experience.described,
        lambda f: _jobs(f, with_numbers=f.experience.described),
        lambda f: f"put a number in each description ({f.experience.with_numbers} of "
        f"{f.experience.described} have one): team size, users, money, time saved",
    ),
    Step(
        "outcomes-in-positions", "experience", "quick",
        lambda f: f.experience.with_outcomes < f.experience.described,
        lambda f: _jobs(f, with_outcomes=f.experience.described),
        lambda f: "say what changed because of you in each job: built, launched, cut, grew",
    ),
    Step(
        "describe-positions", "experience", "medium",
        lambda f: f.experience.described < f.experience.read,
        lambda f: _jobs(
            f, described=f.experience.read, current_described=f.experience.current,
            with_numbers=f.experience.with_numbers + f.experience.read - f.experience.described,
            with_outcomes=f.experience.with_outcomes + f.experience.read - f.experience.described,
        ),
        lambda f: f"give every position two or three lines with a result ({f.experience.described}"
        f" of {f.experience.read} have any)",
    ),
    Step(
        "add-past-positions", "experience", "medium",
        lambda f: f.experience.count and f.experience.past < _past_enough(f),
        lambda f: replace(
            f,
            experience=_add_jobs(f.experience, past=_past_enough(f) - f.experience.past, current=False),
        ),
        _by_stage(
            "add an internship, a class project or volunteering as a position",
            "add the jobs before this one: what you bring from them is your case",
            "add earlier positions (internships, volunteering and freelance work count)",
        ),
    ),
    Step(
        "explain-pause", "experience", "quick",
        lambda f: f.experience.idle_months >= IDLE_MONTHS and not f.experience.pause_said
        and not f.experience.current,
        lambda f: _jobs(f, pause_said="…"),
        lambda f: f"say in a line why your last position ended {f.experience.idle_months} months "
        "ago (study, care, a move) and what you are doing now",
    ),
    Step(
        "date-positions", "experience", "quick",
        lambda f: f.experience.dated < f.experience.read,
        lambda f: _jobs(f, dated=f.experience.read),
        lambda f: "give every position its start date",
    ),
    Step(
        "add-education", "education", "quick",
        lambda f: not f.education,
        lambda f: replace(f, education=1, education_detail=1.0),
        lambda f: "school, degree and field (courses, bootcamps and credentials count)",
    ),
    Step(
        "education-details", "education", "quick",
        lambda f: f.education and f.education_detail < 1,
        lambda f: replace(f, education_detail=1.0),
        lambda f: "the degree and the field of study",
    ),
    Step(
        "add-skills", "skills", "quick",
        lambda f: f.skill_fit.effective < FULL_SKILLS,
        lambda f: replace(
            f, skills=max(f.skills, FULL_SKILLS),
            skill_fit=replace(f.skill_fit, matched=_DONE * FULL_SKILLS, unmatched=()),
        ),
        lambda f: f"list {FULL_SKILLS} or more that match your headline and your work ("
        f"{len(f.skill_fit.matched)} of your {f.skills} do"
        + ("; the All-Star checklist needs 3)" if f.skills < 3 else ")"),
    ),
    Step(
        "drop-generic-skills", "skills", "quick",
        lambda f: len(f.skill_fit.generic) > f.skill_fit.effective,
        lambda f: replace(f, skill_fit=replace(f.skill_fit, generic=())),
        lambda f: f"drop the skills any profile could list ({_quoted(f.skill_fit.generic[:3])})",
    ),
    Step(
        "ask-recommendations", "recommendations", "ongoing",
        lambda f: f.recommendations < 3,
        lambda f: replace(f, recommendations=3),
        lambda f: f"ask two or three people you worked closely with (you have "
        f"{f.recommendations}; aim for 3), and offer one back",
    ),
    Step(
        "grow-connections", "connections", "ongoing",
        lambda f: f.connections < FULL_CONNECTIONS,
        lambda f: replace(f, connections=FULL_CONNECTIONS),
        lambda f: f"connect with people you know or work alongside (you have {f.connections}"
        + ("; 50 is the All-Star mark)" if f.connections < 50 else "; aim for 500 over time)"),
    ),
    Step(
        "add-featured", "featured", "medium",
        lambda f: f.featured < 3,
        lambda f: replace(f, featured=3),
        _by_stage(
            "pin up to three projects, papers or pieces of coursework",
            "pin up to three pieces of work in the new field: case studies, projects",
            "pin up to three things you are proud of: a post, a talk, a project",
        ),
    ),
    Step(
        "add-certifications", "certifications", "medium",
        lambda f: not f.certifications,
        lambda f: replace(f, certifications=1),
        lambda f: "list the licenses or certificates you hold",
    ),
    Step(
        "post-more", "activity", "ongoing",
        lambda f: f.posts < FULL_POSTS,
        lambda f: replace(f, posts=FULL_POSTS),
        lambda f: f"share something useful about once a week (you posted {f.posts} times in "
        "90 days)",
    ),
    Step(
        "add-location", "basics", "quick",
        lambda f: not f.location,
        lambda f: replace(f, location=True),
        lambda f: "your location (city and country)",
    ),
    Step(
        "add-industry", "basics", "quick",
        lambda f: not f.industry,
        lambda f: replace(f, industry=True),
        lambda f: "your industry",
    ),
    Step(
        "custom-url", "custom_url", "quick",
        lambda f: not f.custom_url,
        lambda f: replace(f, custom_url=True),
        lambda f: "linkedin.com/in/your-name, under “Edit public profile & URL”: easier to "
        "share and to put on a résumé",
    ),
    *(_goal_check(check) for check in GOAL_CHECKS),
)  # fmt: skip

__all__ = ["EFFORTS", "STEPS", "Step"]
