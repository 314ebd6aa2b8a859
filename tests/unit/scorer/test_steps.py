"""The steps fixes are made of: none lowers the score, each is well formed and worded for
every stage."""

from __future__ import annotations

import pytest

from connectwisely.scorer.fixes import SEEN_FIRST
from connectwisely.scorer.score import total
from connectwisely.scorer.steps import EFFORTS, STEPS

from .test_fixes import PROFILES, facts_of


@pytest.mark.parametrize("profile", PROFILES)
def test_no_applicable_step_lowers_the_score(profile):
    """Every step that applies, suggested or not, leaves the score at least where it was."""
    facts = facts_of(profile)
    for step in STEPS:
        if step.applies(facts):
            assert total(step.apply(facts)) >= total(facts) - 1e-9, step.id


def test_every_step_is_well_formed():
    """Ids are unique, efforts known, sections real, clauses read as text for each stage."""
    assert len({step.id for step in STEPS}) == len(STEPS)
    assert {step.section for step in STEPS} == set(SEEN_FIRST)
    for stage in ("student", "early-career", "experienced", "career-change"):
        empty = facts_of({"stage": stage})
        for step in STEPS:
            assert step.effort in EFFORTS
            assert step.says(empty).strip()
