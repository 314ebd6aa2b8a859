"""The frozen drafter contexts: an independent author wrote at least 15 per language, each with
what every draft must and must not contain, before the drafter was tuned to them
(tests/cases/notes-frozen.json). The code is never fitted to one context's wording: a failure
here is fixed for its whole class."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from connectwisely import draft_notes
from connectwisely.core.text import fold, utf16_len
from tests.support.paths import TESTS

FROZEN = TESTS / "cases" / "notes-frozen.json"
# Contexts the drafter does not pass yet, and why (strict: a fix makes the test say so).
KNOWN: dict[str, str] = {}


@lru_cache(maxsize=1)
def contexts() -> list[dict]:
    return json.loads(FROZEN.read_text("utf-8"))["contexts"]


def problems(case: dict) -> list[str]:
    """What the drafts for ``case`` get wrong, one line per draft and fault ([] when none)."""
    result = draft_notes(case["context"])
    out = [] if len(result["drafts"]) == 3 else [f"{len(result['drafts'])} drafts"]
    for draft in result["drafts"]:
        text, folded = draft["text"], fold(draft["text"])
        limit = case["context"].get("limit", 200)
        if utf16_len(text) > limit:
            out.append(f"over {limit}: {text}")
        if not any(fold(w) in folded for w in case["detail_words"]):
            out.append(f"no detail word {case['detail_words']}: {text}")
        if not any(w in text for w in case["name_words"]):
            out.append(f"no name {case['name_words']}: {text}")
        if not any(fold(w) in folded for w in case["purpose_words"]):
            out.append(f"no purpose word: {text}")
        out += [f"has {w!r}: {text}" for w in case["must_not_contain"] if w in text]
    return out


def test_frozen_set_has_fifteen_contexts_per_language():
    """At least 15 contexts in each of the six languages."""
    counts: dict[str, int] = {}
    for case in contexts():
        counts[case["language"]] = counts.get(case["language"], 0) + 1
    assert set(counts) == {"en", "es", "pt", "de", "fr", "it"}
    assert min(counts.values()) >= 15, counts


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN[c["id"]], strict=True))
        if c["id"] in KNOWN
        else c
        for c in contexts()
    ],
    ids=lambda c: c["id"],
)
def test_frozen_context(case):
    """Every draft keeps the detail, greets by the name as the tone writes it, says the purpose,
    and contains nothing the author ruled out (wrong form of address, English, a misread)."""
    assert problems(case) == []
