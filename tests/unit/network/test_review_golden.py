"""The whole review of generated exports with messages, pinned: the output of the code before
the speed work of issue 25 (``golden/review-*.json``), so a faster reader or thread count must
give the same result, key for key.

Rewrite the files (only on purpose, after checking the difference) with
``python -m tests.unit.network.test_review_golden``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connectwisely import review_network
from tests.support.generated_connections import MESSAGE_ERAS, TODAY, beside, generate

GOLDEN = Path(__file__).with_name("golden")
# (connections era, messages era, with variants): every messages era, beside the connection
# eras that change how people are matched (2020 and excel have no profile URLs)
CASES = [("2023", era, True) for era in MESSAGE_ERAS] + [
    ("2020", "2018", False),
    ("excel", "2024", True),
]


def _review(folder: Path, era: str, messages: str, variants: bool) -> dict:
    connections, _ = generate(
        folder, rows=200, era=era, seed=3, variants=variants, messages=messages, message_rows=1200
    )
    return review_network(
        connections.read_text(encoding="utf-8"),
        messages_csv=beside(connections, "messages", messages).read_text(encoding="utf-8"),
        today=TODAY,
    )


def _golden(era: str, messages: str, variants: bool) -> Path:
    return GOLDEN / f"review-{era}-{messages}{'-variants' if variants else ''}.json"


@pytest.mark.parametrize(("era", "messages", "variants"), CASES)
def test_review_with_messages_equals_the_pinned_output(tmp_path, era, messages, variants):
    """Every key of the review (figures, reconnect, quiet, advice, summary) equals the pinned
    output for this export."""
    expected = json.loads(_golden(era, messages, variants).read_text(encoding="utf-8"))
    got = json.loads(json.dumps(_review(tmp_path, era, messages, variants)))
    assert got["quiet"]["messages"] > 0  # the case does read messages
    assert got == expected


def _write_all() -> None:  # pragma: no cover - run by hand
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            review = _review(Path(folder), *case)
            text = json.dumps(review, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
            _golden(*case).write_text(text, encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    _write_all()
