"""Quality, not presence: how much of the headline's and the About's points their words earn.

A headline or About made mostly of clichés, or that names nothing a reader could check (no
role, field, tool, place, audience or number), earns little of its section however long it
is: it matches no search and tells a visitor nothing. ``QUALITY_RULES`` is the table (grade,
the most of the section it may earn, and why); ``grade_headline`` and ``grade_about`` say which
row a text falls in. The ratings cap a section's credit at its row's ``most``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.guide import link
from ..core.text import fold, words
from .rules import cliche_phrases, content_words, has_numbers, proper_nouns


# Words that claim a quality or fill space but name no role, field, tool or audience. With the
# clichés (rules.CLICHES) they are what a reader skims past.
def _vocabulary(text: str) -> frozenset[str]:
    return frozenset(text.split())


FILLER = _vocabulary(
    """
    professional professionals passionate passion motivated driven dedicated dynamic
    enthusiastic enthusiast energetic ambitious proactive creative innovative innovator
    strategic visionary experienced seasoned expert excellence excellent exceptional success
    successful results result oriented focused effective efficient responsible reliable
    organized organizational analytical strong skills skill quick fast learner learning eager
    hard hardworking worker working player team teams leader leadership people person
    individual aspiring seeking looking new opportunities opportunity challenges challenge
    open work excited love loves lover thrive thrives environment environments paced
    solutions value values difference making make growth grow mindset detail attention
    proven track record history delivering deliver high performing performance driving
    building excellent communication communicator problem solver solving goal goals
    oriented self starter go getter change agent extensive wide range various multiple
    highly very always world class best ninja guru rockstar wizard unicorn evangelist
    thinker thinking outside box synergy synergies leverage leveraging
    """
)

# Nouns that name a job: a headline with one says what the person does.
ROLES = _vocabulary(
    """
    engineer developer programmer designer architect analyst scientist researcher
    manager director lead head chief officer vp president founder cofounder owner partner
    consultant advisor adviser accountant auditor controller lawyer attorney paralegal
    nurse physician doctor surgeon pharmacist therapist dentist midwife paramedic
    teacher professor lecturer tutor instructor educator coach trainer librarian
    writer editor journalist reporter copywriter marketer strategist recruiter
    salesperson executive representative rep specialist coordinator administrator
    assistant technician mechanic electrician operator planner buyer economist
    student graduate intern apprentice fellow candidate chef cook photographer artist
    illustrator producer animator musician translator interpreter officer agent broker
    investor banker trader actuary statistician mathematician chemist biologist physicist
    geologist veterinarian psychologist counselor caseworker pilot
    """
)

# A headline or About that names who it is for: "for restaurants", "helping founders".
_AUDIENCE = ("for ", "helping ", "help ", "who help")


@dataclass(frozen=True)
class QualityRule:
    """One grade a text can fall in, the most of its section's points it may earn, and why."""

    id: str
    section: str  # "headline" or "about"
    grade: str  # "cliche" | "vague" | "specific"
    most: float  # share of the section's points, 0–1
    reason: str
    source: str


_HELP = "https://www.linkedin.com/help/linkedin/answer/a554351"

QUALITY_RULES = (
    QualityRule(
        "PS-Q1", "headline", "cliche", 0.15,
        "Half or more of its words are clichés or filler (“passionate”, “results-driven”, "
        "“team player”). The headline is shown with your name in search results and "
        "invitations; words every profile uses match no search and say nothing about you.",
        _HELP,
    ),
    QualityRule(
        "PS-Q2", "headline", "vague", 0.3,
        "It names no role, field, tool or audience. People search by those words, and a "
        "visitor decides from this one line whether you are relevant.",
        _HELP,
    ),
    QualityRule(
        "PS-Q3", "headline", "specific", 1.0,
        "It names what you do: a role, a field, tools or who you help.",
        _HELP,
    ),
    QualityRule(
        "PS-Q4", "about", "cliche", 0.15,
        "It is mostly claims (“proven track record”, “dynamic”, “thrives in fast-paced "
        "environments”) with nothing that shows them. LinkedIn's own advice is to say what "
        "you do and what you have achieved; readers skim past words every profile uses.",
        _HELP,
    ),
    QualityRule(
        "PS-Q5", "about", "vague", 0.35,
        "It names nothing a reader could check: no number, tool, company, place or result. "
        "Only the first lines show before “see more”, so they have to be specific.",
        _HELP,
    ),
    QualityRule(
        "PS-Q6", "about", "specific", 1.0,
        "It says what you do with specifics: numbers, names of tools, firms or places.",
        _HELP,
    ),
)  # fmt: skip

RULES_BY_GRADE = {(r.section, r.grade): r for r in QUALITY_RULES}
GUIDE = {"headline": link("headline"), "about": link("about")}


def cliche_words(text: str) -> int:
    """How many of the text's words belong to the clichés it uses."""
    return sum(len(words(phrase)) * fold(text).count(phrase) for phrase in cliche_phrases(text))


def _cliche_vocabulary(text: str) -> set[str]:
    """The words of the clichés the text uses ("game changer" gives game and changer)."""
    return {w for phrase in cliche_phrases(text) for w in words(phrase)}


def substance(text: str) -> list[str]:
    """The content words that are neither clichés nor filler: what the text actually says."""
    empty = FILLER | _cliche_vocabulary(text)
    return [w for w in content_words(text) if w not in empty and not w.isdigit()]


def names_role(text: str, titles: tuple[str, ...] = ()) -> bool:
    """Whether the text names a job: a role noun, or a word of one of the reader's own titles."""
    own = set().union(*(content_words(t) for t in titles if t)) - FILLER
    found = set(words(text))
    return bool(found & ROLES) or bool(found & own)


def _cliche_share(text: str) -> float:
    every = [w for w in words(text) if len(w) > 1]
    return cliche_words(text) / len(every) if every else 0.0


def _filler_share(text: str) -> float:
    said = content_words(text)
    empty = FILLER | _cliche_vocabulary(text)
    return sum(1 for w in said if w in empty) / len(said) if said else 0.0


def grade_headline(text: str, titles: tuple[str, ...] = ()) -> str:
    """ "cliche", "vague" or "specific" (the rows of ``QUALITY_RULES`` for the headline)."""
    said = substance(text)
    if _filler_share(text) >= 0.5 and len(said) < 3:
        return "cliche"
    audience = any(marker in fold(text) for marker in _AUDIENCE)
    if names_role(text, titles) or len(said) >= 3 or (audience and said):
        return "specific"
    return "vague"


def grade_about(text: str) -> str:
    """ "cliche", "vague" or "specific" (the rows of ``QUALITY_RULES`` for the About)."""
    checkable = has_numbers(text) or bool(proper_nouns(text))
    if _cliche_share(text) >= 0.12 or (_filler_share(text) >= 0.35 and not checkable):
        return "cliche"
    return "specific" if checkable else "vague"


def most(section: str, grade: str) -> float:
    """The most of ``section``'s points a text of ``grade`` may earn."""
    return RULES_BY_GRADE[(section, grade)].most


__all__ = ["QUALITY_RULES", "QualityRule", "grade_about", "grade_headline", "most"]
