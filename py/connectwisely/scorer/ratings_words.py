"""How the sections whose points are their words are rated: the headline, the About and the
fit with the reader's goal. Each note quotes the words read as evidence (see :mod:`.ratings`
for the rest)."""

from __future__ import annotations

from ..core.text import count
from .facts import ProfileFacts
from .furniture import PASTED_PAGE
from .goals import CHECKS_BY_GOAL, goal_credit
from .quality import RULES_BY_GRADE, STUFFED
from .rules import (
    ABOUT_LIMIT,
    ABOUT_PREVIEW,
    FULL_ABOUT_SUBSTANCE,
    GOOD_HEADLINE_LENGTH,
    HEADLINE_LIMIT,
)

Rating = tuple[float, list[str]]


def cliche_note(found: tuple[str, ...]) -> str:
    shown = ", ".join(f"“{c}”" for c in found)
    return f"Clichés: {shown}. Show the quality with a fact instead of claiming it."


def _quality_cap(section: str, grade: str, credit: float, notes: list[str]) -> float:
    """The credit, held to what a text of this quality may earn (quality.QUALITY_RULES)."""
    rule = RULES_BY_GRADE[(section, grade)]
    if credit > rule.most:
        notes.insert(0, f"Counts for at most {rule.most:.0%} of its points: {rule.reason}")
        return rule.most
    return credit


def quote(found: tuple[str, ...] | list[str], most: int = 3) -> str:
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
        f"{name} {quote(found)}"
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
            f"Self-labels: {quote(h.labels, 4)}. They say how you see yourself, not what you do; "
            "put a role, a field and an audience in their place."
        )
    if h.credentials:
        notes.append(
            f"Credentials: {quote(h.credentials, 4)}. They say what you hold; say what you do "
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
        notes.append(cliche_note(h.cliches))
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
        f"LinkedIn's own words ({quote(a.dropped, 4)}) were left out of the score. "
        "Paste only the text of your About."
    ]


def about(f: ProfileFacts) -> Rating:
    a = f.about
    if not a.present:
        return 0.0, [
            *_pasted(a),
            "No About section. A few short paragraphs in your own voice tell people why to "
            "connect: what you do, a result or two, and what to contact you about.",
        ]
    notes = _pasted(a)
    body = 1.0 if a.substance >= FULL_ABOUT_SUBSTANCE else 0.6 if a.substance >= 20 else 0.2
    credit = 0.1 + 0.1 * body + 0.15 * a.hook + 0.15 * a.first_person + 0.2 * a.specifics
    credit += 0.15 * bool(a.results) + 0.15 * a.call_to_action
    read = [
        f"{name} {quote(found)}"
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
        notes.append(cliche_note(a.cliches))
    credit = _quality_cap("about", a.grade, credit, notes)
    if a.length > ABOUT_LIMIT:
        credit /= 2  # LinkedIn will not save it: what shows is not what was written
        notes.append(
            f"The About has {a.length:,} characters; LinkedIn allows {ABOUT_LIMIT:,}. "
            "Cut it to what matters most."
        )
    return credit, notes or ["A specific, first-person About with a call to action."]


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
