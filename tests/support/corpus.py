"""The request checker's corpus: realistic requests in six languages, in tests/cases/requests/.

Each case: ``id``, ``lang`` (en, es, pt, de, fr, it), ``category`` (scam, spam, genuine,
ambiguous), ``source`` (the published warning or kind of real message it was written from, in
our own words), ``expect`` (the acceptable verdicts, or "InputError"), ``input`` for
``check_request`` and optionally ``me``. All assume today = 2026-11-25; invented people only.

``heldout.json`` was written and frozen before the checker was tuned on the other files: it is
reported separately and never edited to make a rule pass.
"""

from __future__ import annotations

import json

from connectwisely import InputError, check_request

from .paths import CASES_DIR

TODAY = "2026-11-25"
REQUESTS_DIR = CASES_DIR / "requests"
HELDOUT_FILE = REQUESTS_DIR / "heldout.json"
LANGUAGES = ("en", "es", "pt", "de", "fr", "it")
CATEGORIES = ("scam", "spam", "genuine", "ambiguous")


def _load(path) -> list[dict]:
    return json.loads(path.read_text("utf-8"))


TUNED = [
    case
    for path in sorted(REQUESTS_DIR.glob("*.json"))
    if path != HELDOUT_FILE
    for case in _load(path)
]
HELDOUT = _load(HELDOUT_FILE)


def verdict(case: dict) -> str:
    """The checker's verdict for ``case`` ("InputError" when it refuses the input)."""
    try:
        return check_request(case["input"], me=case.get("me"), today=TODAY)["verdict"]
    except InputError:
        return "InputError"


__all__ = ["CATEGORIES", "HELDOUT", "HELDOUT_FILE", "LANGUAGES", "TODAY", "TUNED", "verdict"]
