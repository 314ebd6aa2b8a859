"""Skills read against the profile: matched, specific but unmatched, and generic."""

from __future__ import annotations

import pytest

from connectwisely.scorer.skills import UNMATCHED, skill_facts

TEXT = "Packaging designer · sustainable cartons for food brands. I design folding cartons in ArtiosCAD."


@pytest.mark.parametrize(
    ("skills", "matched", "unmatched", "generic"),
    [
        (["Packaging Design", "ArtiosCAD", "Cartons"], 3, 0, 0),
        (["Cash Handling", "Data Entry", "Communication"], 0, 0, 3),
        (["Welding", "Forklift"], 0, 2, 0),
        (["Trabajo en equipo", "Teamfähigkeit", "Travail en équipe"], 0, 0, 3),
        (["Packaging design", "packaging  DESIGN"], 1, 0, 0),  # the same skill once
    ],
)
def test_skills_are_sorted_by_what_they_say(skills, matched, unmatched, generic):
    """A skill matches when a word of it (or its stem) is in the profile; a skill any
    profile could list is generic in any of the six languages."""
    found = skill_facts(skills, TEXT)
    assert (len(found.matched), len(found.unmatched), len(found.generic)) == (
        matched,
        unmatched,
        generic,
    )


def test_generic_skills_never_add_to_what_counts():
    """Thirty generic skills leave the effective count as it was; unmatched ones count less."""
    base = skill_facts(["Packaging Design", "Welding"], TEXT)
    padded = skill_facts(["Packaging Design", "Welding", *["Communication", "Excel"] * 15], TEXT)
    assert padded.effective == base.effective == 1 + UNMATCHED
