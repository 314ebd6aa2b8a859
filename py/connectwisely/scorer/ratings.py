"""How each section of a profile is rated: a share of its points from 0 to 1 (partial credit)
and notes saying, in the reader's terms, what was seen and what would raise it.

Pure functions of the profile's facts; the scorer lists the sections and weighs them.
"""

from __future__ import annotations

from ..core.text import count
from .facts import ProfileFacts
from .quality import RULES_BY_GRADE
from .furniture import PASTED_PAGE
from .goals import CHECKS_BY_GOAL, goal_credit
from .quality import STUFFED
from .rules import (
    ABOUT_LIMIT,
    ABOUT_PREVIEW,
    DESCRIPTION_LIMIT,
    FULL_ABOUT_SUBSTANCE,
    GOOD_HEADLINE_LENGTH,
    HEADLINE_LIMIT,
)
from .skills import FULL_SKILLS
from .stage import EXPERIENCE_PARTS

Rating = tuple[float, list[str]]
IDLE_MONTHS = 12  # since the last position ended, with none current: people wonder why


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


def _quote(found: tuple[str, ...] | list[str], most: int = 3) -> str:
    return ", ".join(f"“{c}”" for c in list(found)[:most])


def headline(f: ProfileFacts) -> Rating:
    h = f.headline
    if not h.present:
        return 0.0, [
            "No headline. It is shown with your name in search, invitations and comments: "
            "say what you do, in what, and for whom."
        ]
    notes = []
    aimed = bool(h.audience)
    credit = 0.3 * bool(h.roles or aimed) + 0.35 * min(1.0, len(h.specialties) / 2)
    credit += 0.15 * (aimed or len(h.specialties) >= 3)  # for whom, or what in detail
    credit += 0.1 * (GOOD_HEADLINE_LENGTH <= h.length <= HEADLINE_LIMIT)
    credit += 0.1 * (not h.labels and not h.credentials)
    credit -= min(0.3, 0.1 * len(h.labels))
    read = [
        f"{name} {_quote(found)}"
        for name, found in (
            ("role", h.roles),
            ("specialty", [p for p in h.specialties if p not in h.roles + h.audience]),
            ("for whom or what next", h.audience),
        )
        if found
    ]
    if read:
        notes.append("Read: " + "; ".join(read) + ".")
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
    if h.labels:
        notes.append(
            f"Self-labels: {_quote(h.labels, 4)}. They say how you see yourself, not what you do; "
            "put a role, a field and an audience in their place."
        )
    if h.credentials:
        notes.append(
            f"Credentials: {_quote(h.credentials, 4)}. They say what you hold; say what you do "
            "with them and for whom."
        )
    if not aimed and len(h.specialties) < 3 and h.grade == "specific":
        notes.append("Say who you help or the role you want (“… for restaurant owners”).")
    if h.segments > STUFFED and not aimed:
        credit = min(credit, 0.7)
        notes.append(
            f"{h.segments} parts read as a keyword list: one line that names your role, your "
            "specialty and who it is for says more."
        )
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


def _pasted(a) -> list[str]:
    if len(a.dropped) < PASTED_PAGE:
        return []
    return [
        f"This looks like a whole LinkedIn page pasted in: {count(len(a.dropped), 'line')} of "
        f"LinkedIn's own words ({_quote(a.dropped, 4)}) were left out of the score. "
        "Paste only the text of your About."
    ]


def about(f: ProfileFacts) -> Rating:
    a = f.about
    if not a.present:
        return 0.0, _pasted(a) + [
            "No About section. A few short paragraphs in your own voice tell people why to "
            "connect: what you do, a result or two, and what to contact you about."
        ]
    notes = _pasted(a)
    body = 1.0 if a.substance >= FULL_ABOUT_SUBSTANCE else 0.6 if a.substance >= 20 else 0.2
    credit = 0.1 + 0.1 * body + 0.15 * a.hook + 0.15 * a.first_person + 0.2 * a.specifics
    credit += 0.15 * bool(a.results) + 0.15 * a.call_to_action
    read = [
        f"{name} {_quote(found)}"
        for name, found in (("figures", a.numbers), ("what changed", a.results))
        if found
    ]
    if read:
        notes.append("Read: " + "; ".join(read) + ".")
    if not a.hook:
        notes.append(
            f"The first ~{ABOUT_PREVIEW} characters are all most people see before “see more” "
            f"(yours open “{a.opening}…”): open in the first person with something specific "
            "you do or achieved."
        )
    if not a.first_person:
        notes.append("Write in the first person (“I build…”): it reads as you, not as a résumé.")
    if not a.specifics:
        notes.append("Add specifics: numbers, tools, companies, results.")
    elif not a.results:
        notes.append("Say what changed because of you: built, cut, grew, launched…")
    if not a.call_to_action:
        notes.append("End with a call to action: what should a reader message you about?")
    if a.substance < FULL_ABOUT_SUBSTANCE:
        notes.append(
            f"{a.substance} words in it say something (claims and filler aside): aim for "
            f"{FULL_ABOUT_SUBSTANCE} or more."
        )
    if a.cliches:
        credit -= min(0.2, 0.05 * len(a.cliches))
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
    if e.results:
        notes.append(f"Read: what changed {_quote(e.results, 4)}.")
    if e.duties:
        notes.append(
            f"{count(e.duties, 'description')} list duties ({_quote(e.duty_words)}) and not "
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
        notes.append(_cliche_note(e.cliches))
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
            f"{count(len(k.matched), 'skill')} match your headline and work ({_quote(k.matched, 4)})."
        )
    if k.unmatched:
        notes.append(
            f"{count(len(k.unmatched), 'skill')} match nothing else on your profile "
            f"({_quote(k.unmatched, 4)}): keep those of the work you want, and say where you used them."
        )
    if k.generic:
        notes.append(
            f"{count(len(k.generic), 'skill')} any profile could list ({_quote(k.generic, 4)}): "
            "they match no search."
        )
        if len(k.generic) > k.effective:
            credit *= 0.8
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


def goal(f: ProfileFacts) -> Rating:
    checks = CHECKS_BY_GOAL.get(f.goal, ())
    if not checks:
        return 1.0, ["No goal chosen: the score weighs every section for a bit of everything."]
    said = dict(f.goal_fit.evidence)
    notes = [
        (f"Shows that {c.shows}: “{said[c.id]}”." if c.id in said else f"Shows that {c.shows}.")
        if c.id in f.goal_fit.met
        else f"Missing: {c.shows}."
        for c in checks
    ]
    return goal_credit(f.goal, f.goal_fit), notes


def warnings(f: ProfileFacts) -> list[str]:
    """What the reader should know before the score: a pasted page left out of it."""
    return _pasted(f.about)
