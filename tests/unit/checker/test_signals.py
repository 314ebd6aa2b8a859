"""The signal records: well formed, unique, linked to the guide; detect_all returns them as the API does."""

from __future__ import annotations

import re

import pytest

from connectwisely.checker.facts import Facts
from connectwisely.checker.signals import BY_ID, FLAGS, SIGNALS, Signal, detect_all
from connectwisely.core.guide import PAGES


def test_ids_are_unique_and_well_formed():
    """Every signal has its own RQnnn id."""
    ids = [s.id for s in SIGNALS]
    assert len(ids) == len(set(ids)) == len(BY_ID)
    assert all(re.fullmatch(r"RQ\d{3}", i) for i in ids)


@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.id)
def test_each_record_is_complete(signal):
    """Kind and flag are known, the weight is 1–100, the message is a sentence, the guide link exists."""
    assert signal.flag in FLAGS[signal.kind]
    assert 0 < signal.weight <= 100
    assert (signal.message[0].isupper() or signal.message[0] == "“") and signal.message.endswith(
        "."
    )
    assert signal.label and signal.label == signal.label.strip() and not signal.label.endswith(".")
    assert signal.guide in PAGES.values()
    assert callable(signal.detect)


def test_every_flag_the_verdict_reads_has_a_signal():
    """Each flag decide() reads is carried by at least one record."""
    used = {s.flag for s in SIGNALS}
    assert {
        "red",
        "scam",
        "spam",
        "fake",
        "caution",
        "known",
        "claimed",
        "shared",
        "reason",
    } <= used


def test_a_bad_record_is_refused():
    """A record with an unknown kind, flag or an out-of-range weight raises at import time."""
    with pytest.raises(ValueError):
        Signal("RQ999", "risk", "known", 10, "x", "X.", "faq/#x", lambda f: [])
    with pytest.raises(ValueError):
        Signal("RQ999", "trust", "known", 0, "x", "X.", "faq/#x", lambda f: [])


def test_detect_all_returns_the_fired_signals_in_table_order():
    """Only signals with evidence come back, in the table's order, with DESIGN's six keys."""
    facts = Facts(
        message="Text me on WhatsApp for a $40/hr data entry job, no experience needed.",
        has_photo=False,
        mutual_connections=0,
    )
    found = detect_all(facts)
    ids = [s["id"] for s in found]
    assert ids == [s.id for s in SIGNALS if s.id in ids]
    assert {"RQ001", "RQ008", "RQ021", "RQ026"} <= set(ids)
    assert all(set(s) == {"id", "kind", "weight", "message", "evidence", "guide"} for s in found)


def test_nothing_known_fires_nothing():
    """An empty set of facts fires no signal: no rule fires on what nobody said."""
    assert detect_all(Facts(name="Ana")) == []
