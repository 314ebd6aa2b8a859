"""How each section of a profile is rated: a share of its points from 0 to 1 (partial credit)
and notes saying, in the reader's terms, what was seen and what would raise it.

Pure functions of the profile's facts; the scorer lists the sections and weighs them.
"""

from __future__ import annotations

from ..core.text import count
from .facts import ProfileFacts
from .quality import RULES_BY_GRADE
from .rules import (
    ABOUT_LIMIT,
    ABOUT_PREVIEW,
    DESCRIPTION_LIMIT,
    FULL_ABOUT_LENGTH,
    GOOD_ABOUT_LENGTH,
    GOOD_HEADLINE_LENGTH,
    HEADLINE_LIMIT,
)
from .stage import EXPERIENCE_PARTS

Rating = tuple[float, list[str]]


def _tier(value: int, steps: tuple[tuple[int, float], ...]) -> float:
    """The credit of the highest step ``value`` reaches (steps ascending)."""
    credit = 0.0
    for least, share in steps:
        if value >= least:
            credit = share
    return credit


def _cliche_note(found: tuple[str, ...]) -> str:
    shown = ", ".join(f"“{c}”" for c in found)
    return f"Clichés: {shown}. Show the quality with a fact instead of claiming it."


def _quality_cap(section: str, grade: str, credit: float, notes: list[str]) -> float:
    """The credit, held to what a text of this quality may earn (quality.QUALITY_RULES)."""
    rule = RULES_BY_GRADE[(section, grade)]
    if credit > rule.most:
        notes.insert(0, f"Counts for at most {rule.most:.0%} of its points: {rule.reason}")
        return rule.most
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


def headline(f: ProfileFacts) -> Rating:
    h = f.headline
    if not h.present:
        return 0.0, [
            "No headline. It is shown with your name in search, invitations and comments: "
            "say what you do, in what, and for whom."
        ]
    notes = []
    credit = 0.3 + 0.35 * (not h.bare_title) + 0.2 * h.keywords
    credit += 0.15 * (GOOD_HEADLINE_LENGTH <= h.length <= HEADLINE_LIMIT)
    if f.default_headline:
        notes.append(
            "No headline given, so LinkedIn shows your job title (“title at company”). "
            "Write one that says what you work on and for whom."
        )
    elif h.bare_title:
        notes.append(
            "The headline is only a job title (LinkedIn's default is “title at company”). "
            "Add what you work on, your specialties, or who you help."
        )
    elif not h.keywords:
        notes.append("Add the words people search for: specialties, tools, sector.")
    if h.length < GOOD_HEADLINE_LENGTH and not f.default_headline:
        notes.append(f"At {h.length} characters the headline leaves most of its 220 unused.")
    if h.cliches:
        credit -= min(0.2, 0.1 * len(h.cliches))
        notes.append(_cliche_note(h.cliches))
    credit = _quality_cap("headline", h.grade, credit, notes)
    if h.length > HEADLINE_LIMIT:
        credit /= 2  # LinkedIn will not save it: what shows is not what was written
        notes.append(
            f"The headline has {h.length:,} characters; LinkedIn allows {HEADLINE_LIMIT}, "
            "so it will not fit."
        )
    return credit, notes or ["A headline that says more than a title, within 220 characters."]


def about(f: ProfileFacts) -> Rating:
    a = f.about
    if not a.present:
        return 0.0, [
            "No About section. A few short paragraphs in your own voice tell people why to "
            "connect: what you do, a result or two, and what to contact you about."
        ]
    notes = []
    length = 1.0 if a.length >= FULL_ABOUT_LENGTH else 0.6 if a.length >= GOOD_ABOUT_LENGTH else 0.2
    credit = 0.2 + 0.15 * length + 0.2 * a.hook + 0.15 * a.first_person
    credit += 0.15 * a.specifics + 0.15 * a.call_to_action
    if not a.hook:
        notes.append(
            f"The first ~{ABOUT_PREVIEW} characters are all most people see before “see more”: "
            "open in the first person with something specific you do or achieved."
        )
    if not a.first_person:
        notes.append("Write in the first person (“I build…”): it reads as you, not as a résumé.")
    if not a.specifics:
        notes.append("Add specifics: numbers, tools, companies, results.")
    if not a.call_to_action:
        notes.append("End with a call to action: what should a reader message you about?")
    if a.length < GOOD_ABOUT_LENGTH:
        notes.append(
            f"At {a.length} characters the About is thin: aim for {GOOD_ABOUT_LENGTH} or more."
        )
    if a.cliches:
        credit -= min(0.15, 0.05 * len(a.cliches))
        notes.append(_cliche_note(a.cliches))
    credit = _quality_cap("about", a.grade, credit, notes)
    if a.length > ABOUT_LIMIT:
        credit /= 2  # LinkedIn will not save it: what shows is not what was written
        notes.append(
            f"The About has {a.length:,} characters; LinkedIn allows {ABOUT_LIMIT:,}. "
            "Cut it to what matters most."
        )
    return credit, notes or ["A specific, first-person About with a call to action."]


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
    if e.described and e.with_outcomes < e.described:
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
        notes.append(_cliche_note(e.cliches))
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
    credit = _tier(f.skills, ((1, 0.3), (3, 0.55), (5, 0.8), (10, 1.0)))
    if f.skills >= 10:
        return credit, [f"{f.skills} skills. Keep the top ones relevant to the work you want."]
    need = "at least 3 for the All-Star checklist, and 10 or more" if f.skills < 3 else "10 or more"
    return credit, [
        f"{count(f.skills, 'skill')} listed: add {need} that match your work (LinkedIn allows 100)."
    ]


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
