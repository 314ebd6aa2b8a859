"""The intents every signal maps onto: one intent per signal, and a check's intents in order."""

from __future__ import annotations

from connectwisely.checker.intents import INTENT_OF, INTENTS, intent_of, intents_in
from connectwisely.checker.signals import SIGNALS


def test_every_signal_has_exactly_one_known_intent():
    """Each signal id maps to one intent of INTENTS, and no intent names a signal that doesn't exist."""
    assert {s.id for s in SIGNALS} == set(INTENT_OF)
    assert set(INTENT_OF.values()) <= set(INTENTS)


def test_the_issue_intents_are_all_there():
    """The seven intents of the issue are named, and each reaching a verdict has a target kind."""
    named = {"ask", "too-good", "pitch", "shared-context", "authority", "urgency", "romance"}
    assert named <= set(INTENTS)
    assert all(INTENTS[i][1] for i in named)


def test_a_team_rule_is_its_own_intent():
    """A hosting team's own signal ids, outside the table, count as "team"."""
    assert intent_of("TEAM-1") == "team"
    assert intent_of("RQ003") == "ask"


def test_intents_come_once_each_in_table_order():
    """intents_in lists each intent a check showed once, in INTENTS order, "team" last."""
    signals = [{"id": "RQ012"}, {"id": "RQ003"}, {"id": "TEAM-1"}, {"id": "RQ001"}]
    assert intents_in(signals) == ["ask", "pitch", "team"]
    assert intents_in([]) == []
