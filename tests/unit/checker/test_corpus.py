"""The request corpus itself (tests/cases/requests/): its size and spread, and the frozen
held-out part, which is checked byte for byte and scored on its own."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter

import pytest

from tests.support import evaluate
from tests.support.corpus import (
    AFTER_TUNING,
    AFTER_TUNING_FILE,
    CATEGORIES,
    HELDOUT,
    HELDOUT_FILE,
    LANGUAGES,
    MEASURED,
    OTHER_HANDS,
    TUNED,
    load,
    verdict,
)

# heldout.json as it was frozen, before the checker was tuned (commit "Frozen held-out
# requests"). A change to it must be a new held-out file, not an edit.
HELDOUT_SHA256 = "b7b8013f8e6d809b155b8118da7273350d1953a5ecffb014a6100ec5c8e7d67b"
# after-tuning.json (third round) as committed before the checker first ran on it.
AFTER_TUNING_SHA256 = "45ab68fc9ac8d810480affd7a724154683d0c65317e798730e427960326d48f6"


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
    """Each case names its language (one of the six first read, or a language tag such as
    "nl", "pt-BR", "hi-en"), category, source and acceptable verdicts."""
    for case in TUNED + HELDOUT + AFTER_TUNING:
        assert case["lang"] in LANGUAGES or re.fullmatch(r"[a-z]{2}(?:-[A-Za-z]{2})?", case["lang"])
        assert case["category"] in CATEGORIES
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


def _bar(cases: list[dict], share: float) -> None:
    rows = [(case, verdict(case)) for case in cases]
    right = sum(got in case["expect"] for case, got in rows)
    assert right >= share * len(rows), [c["id"] for c, got in rows if got not in c["expect"]]
    assert not [c["id"] for c, got in rows if c["category"] in ("scam", "spam") and got == "accept"]
    assert not [c["id"] for c, got in rows if c["category"] == "genuine" and got == "report"]


def test_the_cases_from_other_hands_meet_the_bar():
    """The second author's 75, the third author's 100 and the fourth author's 150 (development
    data from other hands): at least 95% right, no scam or spam accepted, no genuine request
    reported."""
    assert len(OTHER_HANDS) >= 325
    _bar(OTHER_HANDS, 0.95)


def test_the_fourth_authors_set_meets_the_bar():
    """Author D's 150 (pitch-heavy, with hard negatives): measured once before tuning at
    125/150; held at 95% or more, 0 and 0."""
    fourth = [c for c in OTHER_HANDS if c["id"].startswith("d-")]
    assert len(fourth) == 150
    _bar(fourth, 0.95)


def test_the_round_that_measures_the_pitch_model_meets_its_measured_bar():
    """after-tuning-round8.json was written before the tables or the pitch model ran on it and
    is never trained or tuned on: 14/20 as first measured (13/20 with the tables alone); 17/20
    with the model of round 3 (word and character n-grams, its threshold chosen by leaving each
    author out), the tables alone still 13/20; 0 and 0."""
    assert len(MEASURED) == 20
    _bar(MEASURED, 0.85)


def test_the_held_out_part_meets_the_issue_bar():
    """The frozen part, as the issue measures every set: at least 95% right, 0 and 0."""
    _bar(HELDOUT, 0.95)


SHARED_FORMAT = {
    "today": "2026-11-25",
    "me": {"company": "Northwind Analytics"},
    "cases": [
        {"id": "x-1", "group": "probe:genuine", "expect": ["accept"], "input": {"name": "Ana Ruiz", "message": "Great to meet you at PyCon last week!", "mutual_connections": 12}},
        {"id": "x-2", "group": "probe:money", "expect": ["report"], "input": {"name": "Bo Li", "message": "Pay the 90 euro registration fee first."}, "me": {"company": "Contoso"}},
        {"id": "x-3", "expect": ["reply-first"], "input": {"name": "Eva Berg", "message": "Hej Erik, vill du ses på en kaffe nästa vecka?"}},
    ],
}  # fmt: skip


@pytest.mark.parametrize("shape", ["shared", "list"])
def test_any_case_file_loads_in_either_shape(tmp_path, shape):
    """A list of cases or {"today", "me", "cases"}: each case gets a category, a language, a
    date and its own me (the file's, unless it has one)."""
    data = SHARED_FORMAT if shape == "shared" else SHARED_FORMAT["cases"]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(data), "utf-8")
    cases = load(path)
    assert [c["category"] for c in cases] == ["genuine", "scam", "ambiguous"]
    assert [c["lang"] for c in cases] == ["en", "en", "other"]
    assert all(c["today"] == "2026-11-25" for c in cases)
    if shape == "shared":
        assert [c["me"]["company"] for c in cases] == [
            "Northwind Analytics",
            "Contoso",
            "Northwind Analytics",
        ]


def test_eval_reports_any_file_per_intent_and_language(tmp_path, capsys):
    """nox -s eval -- --file F prints the share right, per language, each intent's precision and
    recall, and the figures for notes in a language the checker does not read."""
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(SHARED_FORMAT), "utf-8")
    evaluate.main(["--file", str(path)])
    out = capsys.readouterr().out
    assert "3 requests, right 3/3 = 100.0%" in out
    assert "ask             precision 1/1 = 100%" in out
    assert "notes in a language not read: 1, right 1/1 = 100.0%, said so 1/1" in out
    assert "other: right 1/1" in out and "CPU time per check" in out


def test_the_part_written_after_tuning_is_unchanged_and_meets_its_bar():
    """after-tuning.json is byte for byte as written before the checker ran on it, and holds
    its measured level: at least 90% right, no scam or spam accepted, no genuine reported."""
    assert hashlib.sha256(AFTER_TUNING_FILE.read_bytes()).hexdigest() == AFTER_TUNING_SHA256
    assert len({c["lang"] for c in AFTER_TUNING}) >= 9
    _bar(AFTER_TUNING, 0.90)
