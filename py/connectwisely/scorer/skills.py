"""What the skills list says: skills that match the headline and the work, against a long list
anyone could write.

A skill matches when one of its words (or the word's stem, its first five letters) appears in
the headline, a job title, the About or a description. A skill every profile could list
("Communication", "Microsoft Office", "Trabajo en equipo") is generic, whatever the profile: it
matches no search. Matched skills count fully, specific ones that match nothing a little over half,
generic ones not at all; adding generic skills only lowers the share that says something.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.text import fold, squash, words
from .rules import content_words, empty_word
from .words.tables import phrases

_STEM = 5  # letters of a word compared with the profile's words
FULL_SKILLS = 8  # matching skills that earn the section
UNMATCHED = 0.6  # what a specific skill that matches nothing else counts for


@dataclass(frozen=True)
class SkillFacts:
    matched: tuple[str, ...] = ()
    unmatched: tuple[str, ...] = ()  # specific, but nothing else in the profile speaks of them
    generic: tuple[str, ...] = ()

    @property
    def effective(self) -> float:
        return len(self.matched) + UNMATCHED * len(self.unmatched)

    @property
    def listed(self) -> int:
        return len(self.matched) + len(self.unmatched) + len(self.generic)


def _stems(text: str) -> frozenset[str]:
    found = set()
    for w in content_words(text):
        if not empty_word(w):
            found.add(w[:_STEM] if len(w) >= _STEM else w)
    return frozenset(found)


def _matches(skill: str, stems: frozenset[str]) -> bool:
    return any((w[:_STEM] if len(w) >= _STEM else w) in stems for w in content_words(skill))


def skill_facts(skills: list[str], profile_text: str) -> SkillFacts:
    """Each distinct skill sorted into matched, unmatched and generic (see the module's note)."""
    generic_list = frozenset(phrases("GENERIC_SKILLS"))
    stems = _stems(profile_text)
    matched: list[str] = []
    unmatched: list[str] = []
    generic: list[str] = []
    seen: set[str] = set()
    for skill in skills:
        name = squash(skill[:200])
        key = " ".join(words(name))
        if not key or key in seen:
            continue
        seen.add(key)
        if fold(name) in generic_list or key in generic_list or not content_words(name):
            generic.append(name)
        elif _matches(name, stems):
            matched.append(name)
        else:
            unmatched.append(name)
    return SkillFacts(tuple(matched), tuple(unmatched), tuple(generic))


__all__ = ["FULL_SKILLS", "SkillFacts", "skill_facts"]
