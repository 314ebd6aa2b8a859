"""The request corpus itself (tests/cases/requests/): its size and spread, and the frozen
held-out part, which is checked byte for byte and scored on its own."""

from __future__ import annotations

import hashlib
from collections import Counter

from tests.support.corpus import CATEGORIES, HELDOUT, HELDOUT_FILE, LANGUAGES, TUNED, verdict

# heldout.json as it was frozen, before the checker was tuned (commit "Frozen held-out
# requests"). A change to it must be a new held-out file, not an edit.
HELDOUT_SHA256 = "b7b8013f8e6d809b155b8118da7273350d1953a5ecffb014a6100ec5c8e7d67b"


def test_the_corpus_is_big_varied_and_mostly_not_english():
    """At least 300 requests, a quarter or more not in English, every language and category."""
    cases = TUNED + HELDOUT
    assert len(cases) >= 300
    assert sum(c["lang"] != "en" for c in cases) >= len(cases) / 4
    spread = Counter((c["lang"], c["category"]) for c in cases)
    for lang in LANGUAGES:
        for category in CATEGORIES:
            assert spread[lang, category] >= 1, (lang, category)
    assert len({c["id"] for c in cases}) == len(cases)


def test_every_case_has_its_fields():
    """Each case names its language, category, source and acceptable verdicts."""
    for case in TUNED + HELDOUT:
        assert case["lang"] in LANGUAGES and case["category"] in CATEGORIES
        assert case["source"] and case["expect"] and isinstance(case["input"], dict)


def test_the_held_out_part_is_unchanged():
    """heldout.json is byte for byte the file frozen before tuning."""
    assert hashlib.sha256(HELDOUT_FILE.read_bytes()).hexdigest() == HELDOUT_SHA256


def test_the_held_out_part_meets_the_bar():
    """On the held-out part: at least 85% right, no scam or spam accepted, no genuine reported."""
    rows = [(case, verdict(case)) for case in HELDOUT]
    right = sum(got in case["expect"] for case, got in rows)
    assert right >= 0.85 * len(rows)
    assert not [c["id"] for c, got in rows if c["category"] in ("scam", "spam") and got == "accept"]
    assert not [c["id"] for c, got in rows if c["category"] == "genuine" and got == "report"]
