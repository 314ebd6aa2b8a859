"""The linter reads notes through the request checker: one vocabulary, so a note the checker
flags never passes the linter, in any of the checker's six languages (its whole corpus)."""

from __future__ import annotations

import json

import pytest

from connectwisely import check_request, lint_note
from connectwisely.checker import TOPICS
from connectwisely.checker import note_flags as checker_note_flags
from connectwisely.checker.signals import BY_ID
from connectwisely.notes.checker_reading import (
    NOT_ABOUT_THE_NOTE,
    SIGNAL_CONCERN,
    TOPIC_CONCERN,
    links_in,
    note_flags,
    pitch_parts,
)
from tests.support.corpus import HELDOUT, TUNED
from tests.support.paths import CASES_DIR

NOTES = sorted(
    {
        case["input"]["message"]
        for case in [
            *json.loads((CASES_DIR / "requests.json").read_text("utf-8")),
            *TUNED,
            *HELDOUT,
        ]
        if isinstance(case.get("input"), dict) and case["input"].get("message")
    }
)


def _risky(note: str) -> list[str]:
    """The risk signals the checker raises from the note alone, less those about what the
    checker could read rather than what the note says (a language it does not read)."""
    signals = check_request({"message": note})["signals"]
    return [s["id"] for s in signals if s["kind"] == "risk" and s["id"] not in NOT_ABOUT_THE_NOTE]


def test_case_notes_are_many():
    """The consistency test below runs over a real table, not a handful."""
    assert len(NOTES) >= 200
    assert sum(1 for n in NOTES if _risky(n)) >= 100


@pytest.mark.parametrize("note", NOTES, ids=range(len(NOTES)))
def test_checker_flagged_notes_fail_lint(note):
    """Every case note the checker flags (its note_flags, or any risk signal check_request
    raises from the note alone) fails at least one lint check."""
    if _risky(note) or checker_note_flags(note):
        assert not all(c["ok"] for c in lint_note(note, limit=300)["checks"])


def test_concern_tables_cover_the_checker():
    """Every topic of the checker's note_flags has a concern; the other ids are risk signals."""
    assert set(TOPICS) <= set(TOPIC_CONCERN)
    for signal_id in SIGNAL_CONCERN:
        assert BY_ID[signal_id].kind == "risk", signal_id


@pytest.mark.parametrize(
    ("text", "concerns"),
    [
        (
            "great meeting you at PyData! Can we continue on WhatsApp? +49 151 2345 6789",
            {"off-platform"},
        ),
        ("Hi, I'd like to add you to my professional network.", {"stock"}),
        ("We help SaaS teams get 30 qualified meetings a month. Book a call?", {"pitch"}),
        ("Could you refer me for the open role? My CV is attached.", {"job-ask"}),
        ("Hi Ana, great meeting you at PyData Amsterdam!", set()),
    ],
)
def test_note_flags_sorts_signals(text, concerns):
    """The checker's signals arrive sorted into the linter's concerns."""
    assert {f.concern for f in note_flags(text)} == concerns


def test_whatsapp_with_phone_fails_lint():
    """The issue's example: a move to WhatsApp with a phone number fails LN007."""
    text = "great meeting you at PyData! Can we continue on WhatsApp? +49 151 …"
    failed = {c["id"] for c in lint_note(text)["checks"] if not c["ok"]}
    assert "LN007" in failed


def test_pitch_parts_and_links():
    """One part of a pitch is enough for the linter; links are found as the checker finds them."""
    assert pitch_parts("Can we book a quick demo?")
    assert not pitch_parts("Could you spare 20 minutes to tell me how your team runs?")
    assert not pitch_parts("Your thread on pricing experiments was great.")
    assert links_in("see bit.ly/x and https://example.com/a") == [
        "bit.ly/x",
        "https://example.com/a",
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Bonjour Karim, merci pour ta publication « moving from consulting to product at a Paris "
        "scale-up », ça m'a beaucoup fait réfléchir.",
        "Olá, Camila! Quanto tempo desde a nossa época na Autoridade Portuária de Santos!",
    ],
)
def test_a_note_the_checker_cannot_read_is_not_faulted_for_it(note):
    """A note in one of the drafter's languages that the checker takes for an unread one (a
    quoted English title, a short phrase) is not failed for that alone."""
    assert all(c["ok"] for c in lint_note(note, limit=300)["checks"])
