"""The fixes a profile scorer suggests, ranked by what they would gain.

Each fix is a record: when it applies, how it changes the profile's facts once done, how much
effort it takes, and the guide section that explains it. Its gain is measured, never guessed:
the facts with the fix applied are scored again, and the difference is the gain. A fix that
would not raise the score is not suggested.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from ..core.guide import link
from .facts import ExperienceFacts, ProfileFacts
from .rules import (
    ABOUT_LIMIT,
    FULL_ABOUT_LENGTH,
    GOOD_HEADLINE_LENGTH,
    HEADLINE_LIMIT,
    AboutFacts,
    HeadlineFacts,
)

EFFORTS = ("quick", "medium", "ongoing")  # minutes · an hour or two · weeks of habit
CONNECTION_STEPS = (50, 150, 300, 500)
POST_STEPS = (3, 6, 12)


@dataclass(frozen=True)
class Fix:
    id: str
    section: str
    effort: str
    guide: str
    applies: Callable[[ProfileFacts], bool]
    apply: Callable[[ProfileFacts], ProfileFacts]
    message: Callable[[ProfileFacts], str]


def _headline(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, headline=replace(f.headline, **changes))


def _about(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, about=replace(f.about, **changes))


def _jobs(f: ProfileFacts, **changes) -> ProfileFacts:
    return replace(f, experience=replace(f.experience, **changes))


def _next_step(value: int, steps: tuple[int, ...]) -> int:
    return next((s for s in steps if s > value), value)


def _cliche_list(found: tuple[str, ...]) -> str:
    return ", ".join(f"“{c}”" for c in found)


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


_GOOD_HEADLINE = HeadlineFacts(length=120, keywords=True)
_GOOD_ABOUT = AboutFacts(
    length=FULL_ABOUT_LENGTH, hook=True, first_person=True, specifics=True, call_to_action=True
)

FIXES = (
    Fix(
        "add-photo", "photo", "quick", link("photo"),
        lambda f: not f.photo,
        lambda f: replace(f, photo=True),
        lambda f: "Add a profile photo: a clear, recent picture of your face.",
    ),
    Fix(
        "add-banner", "photo", "quick", link("photo"),
        lambda f: not f.banner,
        lambda f: replace(f, banner=True),
        lambda f: "Add a background (banner) image that shows your work or your field.",
    ),
    Fix(
        "add-location", "basics", "quick", link("all-star"),
        lambda f: not f.location,
        lambda f: replace(f, location=True),
        lambda f: "Add your location (city and country).",
    ),
    Fix(
        "add-industry", "basics", "quick", link("all-star"),
        lambda f: not f.industry,
        lambda f: replace(f, industry=True),
        lambda f: "Add your industry.",
    ),
    Fix(
        "custom-url", "custom_url", "quick", link("custom-url"),
        lambda f: not f.custom_url,
        lambda f: replace(f, custom_url=True),
        lambda f: "Claim a custom profile URL (linkedin.com/in/your-name).",
    ),
    Fix(
        "write-headline", "headline", "quick", link("headline"),
        lambda f: not f.headline.present,
        lambda f: replace(f, headline=_GOOD_HEADLINE),
        lambda f: "Write a headline: what you do, your specialities and who you help, "
        "within 220 characters.",
    ),
    Fix(
        "headline-beyond-title", "headline", "quick", link("headline"),
        lambda f: f.headline.present
        and (f.headline.bare_title or not f.headline.keywords or f.headline.length < GOOD_HEADLINE_LENGTH),
        lambda f: _headline(f, bare_title=False, keywords=True, length=max(f.headline.length, 80)),
        lambda f: (
            "Write your own headline instead of LinkedIn's default job title: "
            if f.default_headline
            else "Make your headline more than a job title: "
        )
        + "add your specialities, tools, or who you help.",
    ),
    Fix(
        "headline-shorten", "headline", "quick", link("headline"),
        lambda f: f.headline.length > HEADLINE_LIMIT,
        lambda f: _headline(f, length=HEADLINE_LIMIT),
        lambda f: f"Cut your headline to {HEADLINE_LIMIT} characters (it has {f.headline.length:,}).",
    ),
    Fix(
        "headline-cliches", "headline", "quick", link("headline"),
        lambda f: bool(f.headline.cliches),
        lambda f: _headline(f, cliches=()),
        lambda f: f"Replace the clichés in your headline ({_cliche_list(f.headline.cliches)}) "
        "with specifics.",
    ),
    Fix(
        "write-about", "about", "medium", link("about"),
        lambda f: not f.about.present,
        lambda f: replace(f, about=_GOOD_ABOUT),
        lambda f: "Write an About section: in the first person, open with what you do, give "
        "a result or two, and end with what to contact you about.",
    ),
    Fix(
        "about-shorten", "about", "medium", link("about"),
        lambda f: f.about.length > ABOUT_LIMIT,
        lambda f: _about(f, length=ABOUT_LIMIT),
        lambda f: f"Cut your About to {ABOUT_LIMIT:,} characters (it has {f.about.length:,}).",
    ),
    Fix(
        "about-hook", "about", "quick", link("about"),
        lambda f: f.about.present and not f.about.hook,
        lambda f: _about(f, hook=True, first_person=True),
        lambda f: "Rewrite the first lines of your About (what shows before “see more”): "
        "first person, something specific you do or achieved.",
    ),
    Fix(
        "about-first-person", "about", "quick", link("about"),
        lambda f: f.about.present and not f.about.first_person,
        lambda f: _about(f, first_person=True),
        lambda f: "Write your About in the first person (“I lead…”, “my work…”).",
    ),
    Fix(
        "about-specifics", "about", "medium", link("about"),
        lambda f: f.about.present and not f.about.specifics,
        lambda f: _about(f, specifics=True),
        lambda f: "Put specifics in your About: numbers, tools, companies, results.",
    ),
    Fix(
        "about-call-to-action", "about", "quick", link("about"),
        lambda f: f.about.present and not f.about.call_to_action,
        lambda f: _about(f, call_to_action=True),
        lambda f: "End your About with a call to action: what people should message you about.",
    ),
    Fix(
        "about-length", "about", "medium", link("about"),
        lambda f: f.about.present and f.about.length < FULL_ABOUT_LENGTH,
        lambda f: _about(f, length=FULL_ABOUT_LENGTH),
        lambda f: f"Expand your About to a few short paragraphs (it has {f.about.length} "
        "characters).",
    ),
    Fix(
        "about-cliches", "about", "quick", link("about"),
        lambda f: bool(f.about.cliches),
        lambda f: _about(f, cliches=()),
        lambda f: f"Replace the clichés in your About ({_cliche_list(f.about.cliches)}) with "
        "facts.",
    ),
    Fix(
        "add-positions", "experience", "medium", link("experience"),
        lambda f: not f.experience.count,
        lambda f: replace(f, experience=_add_jobs(f.experience, past=2, current=True)),
        lambda f: "Add your positions: the current one and at least two before it, with "
        "dates and what you achieved.",
    ),
    Fix(
        "add-current-position", "experience", "quick", link("experience"),
        lambda f: f.experience.count and not f.experience.current,
        lambda f: replace(f, experience=_add_jobs(f.experience, past=0, current=True)),
        lambda f: "Add a current position (no end date) with a description.",
    ),
    Fix(
        "describe-current", "experience", "quick", link("experience"),
        lambda f: f.experience.current and not f.experience.current_described,
        lambda f: _jobs(
            f, current_described=True,
            described=min(f.experience.read, f.experience.described + 1),
        ),
        lambda f: "Describe your current position: what you do, and what came of it.",
    ),
    Fix(
        "add-past-positions", "experience", "medium", link("experience"),
        lambda f: f.experience.count and f.experience.past < 2,
        lambda f: replace(
            f, experience=_add_jobs(f.experience, past=2 - f.experience.past, current=False)
        ),
        lambda f: f"Add {'two earlier positions' if f.experience.past == 0 else 'one more earlier position'}"
        " (internships, volunteering and freelance work count).",
    ),
    Fix(
        "describe-positions", "experience", "medium", link("experience"),
        lambda f: f.experience.described < f.experience.read,
        lambda f: _jobs(f, described=f.experience.read, current_described=f.experience.current),
        lambda f: "Give every position a description: two or three lines on what you did.",
    ),
    Fix(
        "numbers-in-positions", "experience", "medium", link("experience"),
        lambda f: f.experience.with_numbers < f.experience.described,
        lambda f: _jobs(f, with_numbers=f.experience.described),
        lambda f: "Put numbers in your job descriptions: team size, users, revenue, time saved.",
    ),
    Fix(
        "outcomes-in-positions", "experience", "quick", link("experience"),
        lambda f: f.experience.with_outcomes < f.experience.described,
        lambda f: _jobs(f, with_outcomes=f.experience.described),
        lambda f: "Say what changed because of you in each job: built, launched, cut, grew.",
    ),
    Fix(
        "date-positions", "experience", "quick", link("experience"),
        lambda f: f.experience.dated < f.experience.read,
        lambda f: _jobs(f, dated=f.experience.read),
        lambda f: "Give every position its start date.",
    ),
    Fix(
        "add-education", "education", "quick", link("education"),
        lambda f: not f.education,
        lambda f: replace(f, education=1, education_detail=1.0),
        lambda f: "Add your education: school, degree and field (courses count).",
    ),
    Fix(
        "education-details", "education", "quick", link("education"),
        lambda f: f.education and f.education_detail < 1,
        lambda f: replace(f, education_detail=1.0),
        lambda f: "Complete your education: the degree and the field of study.",
    ),
    Fix(
        "add-skills", "skills", "quick", link("skills"),
        lambda f: f.skills < 10,
        lambda f: replace(f, skills=10),
        lambda f: f"Add skills up to 10 or more (you list {f.skills}"
        + ("; the All-Star checklist needs 3)." if f.skills < 3 else ")."),
    ),
    Fix(
        "ask-recommendations", "recommendations", "ongoing", link("recommendations"),
        lambda f: f.recommendations < 3,
        lambda f: replace(f, recommendations=3),
        lambda f: f"Ask for recommendations from people you worked closely with (you have "
        f"{f.recommendations}; aim for 3).",
    ),
    Fix(
        "grow-connections", "connections", "ongoing", link("profile-connections"),
        lambda f: f.connections < CONNECTION_STEPS[-1],
        lambda f: replace(f, connections=_next_step(f.connections, CONNECTION_STEPS)),
        lambda f: f"Grow your connections to {_next_step(f.connections, CONNECTION_STEPS)} "
        f"(you have {f.connections}) with people you know or work alongside.",
    ),
    Fix(
        "add-featured", "featured", "medium", link("featured"),
        lambda f: f.featured < 3,
        lambda f: replace(f, featured=3),
        lambda f: "Feature up to three things you are proud of: a post, a talk, a project.",
    ),
    Fix(
        "add-certifications", "certifications", "medium", link("certifications"),
        lambda f: not f.certifications,
        lambda f: replace(f, certifications=1),
        lambda f: "List the licenses or certifications you hold.",
    ),
    Fix(
        "post-more", "activity", "ongoing", link("activity"),
        lambda f: f.posts < POST_STEPS[-1],
        lambda f: replace(f, posts=_next_step(f.posts, POST_STEPS)),
        lambda f: f"Post or share something useful about {_next_step(f.posts, POST_STEPS)} "
        f"times in 90 days (you did {f.posts}).",
    ),
)  # fmt: skip


def ranked_fixes(facts: ProfileFacts, total: Callable[[ProfileFacts], float]) -> list[dict]:
    """The fixes that would raise the score, best first (gain, then least effort, then id).

    ``total`` is the scorer's own scoring of facts: each fix's gain is measured with it.
    """
    before = total(facts)
    found = []
    for fix in FIXES:
        if not fix.applies(facts):
            continue
        gain = round(total(fix.apply(facts)) - before, 1)
        if gain > 0:
            found.append(
                {
                    "id": fix.id,
                    "section": fix.section,
                    "message": fix.message(facts),
                    "gain": gain,
                    "effort": fix.effort,
                    "guide": fix.guide,
                }
            )
    found.sort(key=lambda f: (-f["gain"], EFFORTS.index(f["effort"]), f["id"]))
    return found
