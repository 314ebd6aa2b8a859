"""note_flags: the checker's reading of a note on its own, the contract the note linter uses."""

from __future__ import annotations

import pytest

from connectwisely import check_request
from connectwisely.checker import TOPICS, note_flags
from connectwisely.checker.note_reading import read_note
from connectwisely.checker.signals import BY_ID
from tests.support.corpus import REQUESTS_DIR, load


@pytest.mark.parametrize(
    ("note", "topics"),
    [
        ("Text me on WhatsApp +1 555 123 4567 about the role.", {"phone", "off-platform"}),
        ("Please pay the $99 training fee first.", {"money"}),
        ("Send your bank details and a copy of your passport.", {"personal-data"}),
        ("Sign in with your Microsoft account to view the document.", {"sign-in-link"}),
        ("The brief is at https://bit.ly/3xYz", {"link"}),
        ("We help SaaS founders get 30 qualified demos a month. Worth a quick call?", {"pitch"}),
        ("Could you refer me for an open position on your team?", {"job-ask"}),
        ("Hi Ana, loved your talk at PyCon on typing. Would be glad to stay in touch.", set()),
    ],
)
def test_each_topic_is_found_and_only_it(note, topics):
    """A note yields exactly the topics it carries; a plain, specific note yields none."""
    assert {flag["topic"] for flag in note_flags(note)} == topics


def test_every_flag_has_the_contract_shape():
    """Each flag names a known topic, an existing signal id, its label and quoted evidence."""
    flags = note_flags("WhatsApp me: pay the $50 registration fee, https://bit.ly/x")
    assert flags
    for flag in flags:
        assert set(flag) == {"topic", "id", "label", "evidence"}
        assert flag["topic"] in TOPICS
        assert flag["label"] == BY_ID[flag["id"]].label
        assert flag["evidence"] and all(e.startswith("“") for e in flag["evidence"])


@pytest.mark.parametrize("value", ["", "   ", None, 42])
def test_nothing_to_read_gives_no_flags(value):
    """An empty note, or something that is not text, gives an empty list, never an error."""
    assert note_flags(value) == []


def _notes() -> list[str]:
    notes = {
        str(case["input"].get("message") or "")
        for path in sorted(REQUESTS_DIR.glob("*.json"))
        for case in load(path)
    }
    return sorted(note for note in notes if note.strip())


def test_one_reading_gives_what_the_two_public_readings_give():
    """Over every note of the request corpus, in every language: ``read_note`` returns exactly
    ``note_flags`` and ``check_request``'s signals for the note alone, so the linter's single
    reading cannot drift from the checker's two."""
    notes = _notes()
    assert len(notes) > 400
    for note in notes:
        expected = (note_flags(note), check_request({"message": note})["signals"])
        assert read_note(note) == expected, note
