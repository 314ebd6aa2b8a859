"""The fixes a profile scorer suggests: one per section, carrying that section's whole gain.

A coach says "rewrite your About: open with what you do, add two results with numbers, drop
the clichés", not four small fixes scattered down a list. So each section's applicable steps
(steps.STEPS) make one fix, its sub-points in the order of what each gains alone. Gains are
measured, never guessed: the facts with every step done are scored again, and the difference
is the gain. A fix that would not raise the score is not suggested.

Order: what a visitor misses first (a photo, a current role: ``GATE_STEPS``) leads, then the
others by gain, biggest first; at equal gain, what others see first (``SEEN_FIRST``) leads.
Fixes that count only once a ceiling is lifted come last.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.guide import link
from .facts import ProfileFacts
from .steps import EFFORTS, STEPS, Step

# Steps whose fix goes first whatever its gain: a visitor looks for these before reading.
GATE_STEPS = frozenset({"add-photo", "add-positions", "add-current-position"})

# The order in which a visitor meets the profile: photo and headline in search results and
# invitations, then the first lines of About, then the current position.
SEEN_FIRST = (
    "photo", "headline", "about", "experience", "skills", "education", "basics", "featured",
    "recommendations", "custom_url", "connections", "certifications", "activity",
)  # fmt: skip

GUIDES = {
    "photo": link("photo"), "headline": link("headline"), "about": link("about"),
    "experience": link("experience"), "education": link("education"), "skills": link("skills"),
    "recommendations": link("recommendations"), "connections": link("profile-connections"),
    "basics": link("all-star"), "custom_url": link("custom-url"), "featured": link("featured"),
    "certifications": link("certifications"), "activity": link("activity"),
}  # fmt: skip


def _lead(section: str, f: ProfileFacts) -> str:
    """The fix's opening words, before its sub-points."""
    if section == "photo":
        return "Finish your photo and banner" if f.photo else "Add a profile photo"
    if section == "headline":
        return (
            "Rewrite your headline"
            if f.headline.present and not f.default_headline
            else ("Write your headline")
        )
    if section == "about":
        return "Rewrite your About" if f.about.present else "Write an About section"
    if section == "experience":
        return "Strengthen your Experience" if f.experience.count else "Fill in your Experience"
    return {
        "education": "Complete your education" if f.education else "Add your education",
        "skills": "Add skills",
        "recommendations": "Ask for recommendations",
        "connections": "Grow your connections",
        "basics": "Add where you are and what you do",
        "custom_url": "Claim a custom profile URL",
        "featured": "Fill your Featured section",
        "certifications": "Add your certifications",
        "activity": "Post or share more",
    }[section]


def _apply_all(steps: list[Step], facts: ProfileFacts) -> ProfileFacts:
    for step in steps:
        if step.applies(facts):  # a step done earlier may have made a later one moot
            facts = step.apply(facts)
    return facts


def section_fix(section: str, facts: ProfileFacts) -> list[Step]:
    """The steps of ``section`` that apply to the profile (the fix, undone)."""
    return [s for s in STEPS if s.section == section and s.applies(facts)]


def apply_fix(section: str, facts: ProfileFacts) -> ProfileFacts:
    """The facts with ``section``'s whole fix done."""
    return _apply_all(section_fix(section, facts), facts)


_NAMES = {"about": "About", "experience": "Experience"}


def waits_for(sections: list[str] | tuple[str, ...]) -> str:
    """ "Counts once your headline and About are fixed." for the sections that lift a ceiling."""
    names = " and ".join(_NAMES.get(s, s) for s in sections)
    return f"Counts once your {names} {'are' if len(sections) > 1 else 'is'} fixed."


def ranked_fixes(
    facts: ProfileFacts,
    total: Callable[[ProfileFacts], float],
    lifted: tuple[ProfileFacts, tuple[str, ...]] | None = None,
) -> list[dict]:
    """One fix per section that would raise the score, best first (see the module's note).

    ``total`` is the scorer's own scoring of facts: each gain is measured with it. While a
    ceiling holds the score, ``lifted`` gives the facts with it lifted and the sections that
    lift it: the other sections' fixes are measured from there, and say so, since a coach
    would still give them even though they count only once the ceiling is gone.
    """
    found = []
    for section in SEEN_FIRST:
        steps = section_fix(section, facts)
        if not steps:
            continue
        after = lifted is not None and section not in lifted[1]
        base = lifted[0] if lifted is not None and after else facts
        steps = section_fix(section, base) if after else steps
        before = total(base)
        gain = round(total(_apply_all(steps, base)) - before, 1)
        if gain <= 0:
            continue
        alone = {s.id: total(s.apply(base)) - before for s in steps}
        steps.sort(key=lambda s: -alone[s.id])  # stable: ties keep the table's order
        clauses = [s.says(facts) for s in steps]
        effort = max((s.effort for s in steps), key=EFFORTS.index)
        message = f"{_lead(section, facts)}: {'; '.join(clauses)}."
        if after:
            message += f" ({waits_for(lifted[1])})"
        found.append(
            {
                "id": section,
                "section": section,
                "title": _lead(section, facts),
                "message": message,
                "steps": [
                    {"id": s.id, "text": c[:1].upper() + c[1:]}
                    for s, c in zip(steps, clauses, strict=True)
                ],
                "gain": gain,
                "effort": effort,
                "guide": GUIDES[section],
                "after": list(lifted[1]) if after else [],
                "gate": any(s.id in GATE_STEPS for s in steps),
            }
        )
    found.sort(key=lambda fix: (bool(fix["after"]), not fix["gate"], -fix["gain"]))
    return found


def order_heading(fixes: list[dict]) -> str:
    """The heading that states the order the fixes come in (the page shows it above them)."""
    if any(f.get("gate") for f in fixes) and len(fixes) > 1:
        return "Fixes: a missing photo or current role first, then biggest gain first"
    return "Fixes, biggest gain first"


__all__ = [
    "GATE_STEPS",
    "SEEN_FIRST",
    "apply_fix",
    "order_heading",
    "ranked_fixes",
    "section_fix",
    "waits_for",
]
