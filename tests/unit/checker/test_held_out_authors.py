"""The checker on requests by independent authors that no one tuned on (tests/cases/requests-held-out/).

``third-author-frozen.json`` (60) was written before the intents were tuned, beside the third
author's development set, and never read while tuning; ``fourth-author-after-tuning.json`` (80)
was written by a fourth author after the first round of tuning, and never read while tuning the
second. ``author-c-frozen-round3.json`` (80) was written by a fifth author before the third round
of tuning, and measured before (75/80) and after it (76/80) without being read by the tuner;
``author-e-after-round3.json`` (80) was written by a sixth author after the third round and
first measured then (78/80). All are kept out of ``tests/cases/requests/`` so the corpus never
counts them as tuned data, and they are never edited. The bars are the levels last measured, with no scam or spam accepted and no
genuine person reported: they may rise, never fall.
``nox -s eval -- --file tests/cases/requests-held-out/NAME.json`` prints their figures per
intent and language.
"""

from __future__ import annotations

import pytest

from tests.support.corpus import load, verdict
from tests.support.paths import CASES_DIR

HELD_OUT_DIR = CASES_DIR / "requests-held-out"
MEASURED = {
    "third-author-frozen.json": 56,
    "fourth-author-after-tuning.json": 79,
    "author-c-frozen-round3.json": 76,
    "author-e-after-round3.json": 78,
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_each_independent_set_holds_its_measured_level(name):
    """At least as many right as first measured; never a scam or spam accepted."""
    cases = load(HELD_OUT_DIR / name)
    rows = [(case, verdict(case)) for case in cases]
    right = sum(got in case["expect"] for case, got in rows)
    assert right >= MEASURED[name], [c["id"] for c, got in rows if got not in c["expect"]]
    assert not [c["id"] for c, got in rows if c["category"] in ("scam", "spam") and got == "accept"]


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_no_genuine_person_in_an_independent_set_is_reported(name):
    """A genuine request by another hand is never answered *report*."""
    cases = load(HELD_OUT_DIR / name)
    assert not [c["id"] for c in cases if c["category"] == "genuine" and verdict(c) == "report"]


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_each_independent_set_spans_nine_languages(name):
    """A set that measures the checker is written in at least nine languages."""
    assert len({case["lang"].split("-")[0] for case in load(HELD_OUT_DIR / name)}) >= 9
