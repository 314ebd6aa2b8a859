"""How each section of a profile is rated: a share of its points from 0 to 1 (partial credit)
and notes saying, in the reader's terms, what was seen and what would raise it.

Pure functions of the profile's facts; the scorer lists the sections and weighs them. The
headline, About and goal, rated for their words, are in :mod:`.ratings_words`.
"""

from __future__ import annotations

from ..core.text import count
from .facts import ProfileFacts
from .ratings_words import about, cliche_note, goal, headline, quote, warnings
from .rules import DESCRIPTION_LIMIT
from .skills import FULL_SKILLS
from .stage import EXPERIENCE_PARTS

Rating = tuple[float, list[str]]
IDLE_MONTHS = 12  # since the last position ended, with none current: people wonder why
LONG_LIST = 20  # skills from which a list mostly unmatched reads as keywords


def _tier(value: int, steps: tuple[tuple[int, float], ...]) -> float:
    """The credit of the highest step ``value`` reaches (steps ascending)."""
    credit = 0.0
    for least, share in steps:
        if value >= least:
            credit = share
    return credit


def photo(f: ProfileFacts) -> Rating:
    notes = []
    if not f.photo:
        notes.append(
            "No profile photo. People look at it first when deciding whether to accept you; "
            "a clear, recent picture of your face makes the profile look real."
        )
    if not f.banner:
        notes.append(
            "No background image: the banner is free space to show your work, product or city."
        )
    return 0.8 * f.photo + 0.2 * f.banner, notes or ["Photo and background image are set."]


def experience(f: ProfileFacts) -> Rating:
    e = f.experience
    if not e.count:
        return 0.0, [
            "No positions. Add your current job and at least two earlier ones, with dates and "
            "a line on what you achieved in each."
        ]
    notes = []
    read = e.read
    described = e.described or 1
    part = EXPERIENCE_PARTS[f.stage]
    credit = part.listed + part.current * e.current + part.current_described * e.current_described
    credit += part.past * min(1.0, e.past / part.past_enough)
    credit += part.described * e.described / read + part.numbers * e.with_numbers / described
    credit += part.outcomes * e.with_outcomes / described + part.dated * e.dated / read
    if not e.current:
        notes.append(
            "No current position (one without an end date). Between jobs? Say what you are "
            "looking for in the headline and About."
        )
    elif not e.current_described:
        notes.append("Your current position has no description: what you do, and what came of it.")
    if e.past < part.past_enough:
        notes.append(
            f"{count(e.past, 'earlier position')} listed: "
            + (
                "add an internship, a project or volunteering (they count as positions)."
                if f.stage == "student"
                else "add at least two (internships, volunteering and freelance work count)."
                if part.past_enough > 1
                else "add the job before this one."
            )
        )
    if e.described < read:
        notes.append(f"{e.described} of {count(read, 'position')} have a description.")
    if e.described and e.with_numbers < e.described:
        notes.append(
            f"{e.with_numbers} of {e.described} descriptions show a number: team size, users, "
            "money, time saved."
        )
    if e.results:
        notes.append(f"Read: what changed {quote(e.results, 4)}.")
    if e.duties:
        notes.append(
            f"{count(e.duties, 'description')} list duties ({quote(e.duty_words)}) and not "
            "what came of them: say what you did to what, and the result."
        )
    elif e.described and e.with_outcomes < e.described:
        notes.append("Say what changed because of you: built, launched, cut, grew…")
    if e.dated < read:
        notes.append(f"{count(read - e.dated, 'position')} without a start date.")
    if e.too_long:
        notes.append(
            f"{count(e.too_long, 'description')} over LinkedIn's {DESCRIPTION_LIMIT:,} characters."
        )
    if e.longest_gap_months >= 12:
        notes.append(
            f"A gap of {e.longest_gap_months} months between positions: a line on it (study, "
            "care, a career break) saves people guessing."
        )
    if e.cliches:
        notes.append(cliche_note(e.cliches))
    if e.idle_months >= IDLE_MONTHS and e.pause_said:
        notes.append(
            f"Your last position ended {count(e.idle_months, 'month')} ago, and you say why "
            f"(“{e.pause_said}”)."
        )
    elif e.idle_months >= IDLE_MONTHS:
        credit -= 0.2
        notes.append(
            f"Your last position ended {count(e.idle_months, 'month')} ago and nothing says "
            "why: a line on the pause (study, care, a move) and what you do now saves people "
            "guessing."
        )
    if e.current_months is not None:
        years, months = divmod(e.current_months, 12)
        tenure = " ".join(
            p
            for p in (
                count(years, "year") if years else "",
                count(months, "month") if months else "",
            )
            if p
        )
        notes.append(f"Current role: {tenure or 'started this month'}.")
    return credit, notes


def education(f: ProfileFacts) -> Rating:
    if not f.education:
        return 0.0, [
            "No education. Add your school, degree and field (courses and bootcamps count)."
        ]
    if f.education_detail < 1:
        return f.education_detail, ["Give the school, the degree and the field of study."]
    return 1.0, ["School, degree and field are filled in."]


def skills(f: ProfileFacts) -> Rating:
    k = f.skill_fit
    if not k.listed:
        return 0.0, [
            "No skills listed: add at least 3 for the All-Star checklist, and 10 or more that "
            "match your headline and your work (LinkedIn allows 100)."
        ]
    credit = _tier(k.effective, ((1, 0.2), (3, 0.45), (5, 0.7), (7, 0.9), (FULL_SKILLS, 1.0)))
    notes = []
    if k.matched:
        notes.append(
            f"{count(len(k.matched), 'skill')} match your headline and work ({quote(k.matched, 4)})."
        )
    if k.unmatched:
        notes.append(
            f"{count(len(k.unmatched), 'skill')} match nothing else on your profile "
            f"({quote(k.unmatched, 4)}): keep those of the work you want, and say where you used them."
        )
    if k.generic:
        notes.append(
            f"{count(len(k.generic), 'skill')} any profile could list ({quote(k.generic, 4)}): "
            "they match no search."
        )
        if len(k.generic) > k.effective:
            credit *= 0.8
    if k.listed >= LONG_LIST and len(k.matched) * 2 < k.listed and len(k.generic) <= k.effective:
        credit *= 0.8
        notes.append(
            f"{k.listed} skills, most of them nothing else on your profile speaks of: a long "
            "list reads as keywords. Keep the ones your headline and work show."
        )
    if k.effective < FULL_SKILLS:
        notes.append(f"Aim for {FULL_SKILLS} or more that match the work you do or want.")
    return credit, notes


def recommendations(f: ProfileFacts) -> Rating:
    credit = _tier(f.recommendations, ((1, 0.5), (2, 0.8), (3, 1.0)))
    if f.recommendations >= 3:
        return credit, [f"{count(f.recommendations, 'recommendation')}."]
    return credit, [
        f"{count(f.recommendations, 'recommendation')}: ask two or three people you worked "
        "closely with, and offer to write one back."
    ]


def connections(f: ProfileFacts) -> Rating:
    n = f.connections
    credit = 0.3 * n / 50 if n < 50 else _tier(n, ((50, 0.5), (150, 0.7), (300, 0.85), (500, 1.0)))
    if n >= 500:
        return credit, ["500+ connections."]
    if n < 50:
        notes = [
            f"{count(n, 'connection')}: the All-Star checklist asks for 50. Start with people "
            "you have worked or studied with."
        ]
    else:
        notes = [f"{n} connections: grow towards 500 with people you know or share work with."]
    if "connections" in f.not_given:
        notes.append("You did not give your connection count, so it counts as none.")
    return credit, notes


def custom_url(f: ProfileFacts) -> Rating:
    if f.custom_url:
        return 1.0, ["Custom profile URL set."]
    return 0.0, [
        "Claim a custom URL (linkedin.com/in/your-name) under “Edit public profile & URL”: "
        "easier to share and to put on a résumé."
    ]


def featured(f: ProfileFacts) -> Rating:
    credit = _tier(f.featured, ((1, 0.6), (2, 0.85), (3, 1.0)))
    if f.featured >= 3:
        return credit, [f"{f.featured} featured items."]
    return credit, [
        f"{count(f.featured, 'featured item')}: pin up to three things you are proud of — a "
        "post, a talk, a project."
    ]


def certifications(f: ProfileFacts) -> Rating:
    credit = _tier(f.certifications, ((1, 0.8), (2, 1.0)))
    if f.certifications:
        return credit, [f"Licenses and certifications listed: {f.certifications}."]
    return credit, ["No licenses or certifications: add any you hold that matter for your work."]


def activity(f: ProfileFacts) -> Rating:
    credit = _tier(f.posts, ((1, 0.4), (3, 0.7), (6, 0.9), (12, 1.0)))
    if f.posts >= 12:
        return credit, [f"{f.posts} posts in 90 days: you stay visible."]
    return credit, [
        f"{count(f.posts, 'post')} in the last 90 days. Sharing something useful every week "
        "or two keeps you visible to the people you invite."
    ]


def basics(f: ProfileFacts) -> Rating:
    missing = [name for name, ok in (("location", f.location), ("industry", f.industry)) if not ok]
    if not missing:
        return 1.0, ["Location and industry are set."]
    return 0.5 * (2 - len(missing)), [
        f"Add your {' and '.join(missing)}: people and recruiters filter search by them."
    ]


__all__ = [
    "about", "activity", "basics", "certifications", "connections", "custom_url", "education",
    "experience", "featured", "goal", "headline", "photo", "recommendations", "skills",
    "warnings",
]  # fmt: skip
