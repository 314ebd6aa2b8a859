"""The report rules as data: ids unique, every guide name real, every rule findable by its terms."""

from __future__ import annotations

import re

import pytest

from connectwisely.core.guide import PAGES
from connectwisely.core.report_rules import (
    CHECKS,
    EVIDENCE,
    PARTS,
    TITLES,
    checks_sentence,
    evidence_step,
    plain,
)

ALL = [rule for part in PARTS.values() for rule in part]


def test_ids_are_unique_and_every_part_has_a_title():
    """No two rules share an id; each part has rules and a title."""
    assert len({rule.id for rule in ALL}) == len(ALL)
    assert set(TITLES) == set(PARTS) and all(PARTS.values())


@pytest.mark.parametrize("rule", ALL, ids=lambda r: r.id)
def test_each_rule_links_the_guide_and_names_itself(rule):
    """The guide name exists, and one of its own terms finds the rule in its text."""
    assert rule.guide in PAGES
    assert rule.terms and any(re.search(term, rule.text.lower()) for term in rule.terms)


@pytest.mark.parametrize(
    ("text", "shown"),
    [("**Money** or fees", "Money or fees"), ("plain", "plain"), ("**a** and **b**", "a and b")],
)
def test_plain_drops_the_emphasis(text, shown):
    """A tool shows the words without Markdown's asterisks."""
    assert plain(text) == shown


def test_the_sentences_hold_every_rule_in_order():
    """The evidence and the checks come out whole and in the data's order."""
    assert evidence_step() == " ".join(plain(r.text) for r in EVIDENCE)
    sentence = checks_sentence()
    positions = [sentence.index(plain(r.text)) for r in CHECKS]
    assert positions == sorted(positions) and "**" not in sentence
