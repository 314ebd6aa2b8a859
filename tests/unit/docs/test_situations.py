"""The Situations page: every situation the brief lists, each with copyable messages under 200
characters that the note linter passes, and a link to the note drafter."""

from __future__ import annotations

import re

import pytest

from connectwisely import lint_note
from connectwisely.core.text import utf16_len
from tests.support.docs_pages import GUIDE, fenced

PAGE = GUIDE / "situations.md"
TEXT = PAGE.read_text(encoding="utf-8")
MESSAGES = fenced(TEXT, "text")
SITUATIONS = (
    "students",
    "career-change",
    "after-a-layoff",
    "dormant-ties",
    "introduction",
    "informational-interview",
    "referral",
    "which-channel",
    "colleague",
    "recruiters-and-salespeople",
)
PHONE = re.compile(r"\+?\d[\d\s().-]{6,}\d")
ADDRESS = re.compile(r"(?i)https?://|www\.|@|\b[\w-]+\.(?:com|org|net|io|co|me|ly)\b")


def sections() -> dict[str, str]:
    """Each level-2 section's body, by its anchor."""
    parts = re.split(r"^## .*\{#([\w-]+)\}\s*$", TEXT, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_situation_has_a_section():
    """The page covers each situation the issue lists, under a stable anchor."""
    assert list(sections()) == list(SITUATIONS)


@pytest.mark.parametrize("anchor", SITUATIONS)
def test_each_situation_has_a_message_and_a_link_to_the_drafter(anchor):
    """One or two copyable messages, and a way to adapt them in the note drafter."""
    section = sections()[anchor]
    assert 1 <= len(fenced(section, "text")) <= 2
    assert "](../tools/note-drafter.md)" in section


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: m[:30])
def test_each_message_fits_and_passes_the_note_linter(message):
    """Under 200 characters as LinkedIn counts them, and every linter check passes."""
    assert utf16_len(message) < 200
    result = lint_note(message, limit=200)
    assert [c["id"] for c in result["checks"] if not c["ok"]] == []


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: m[:30])
def test_each_message_is_clean_whatever_the_linter_becomes(message):
    """No link, address or phone number, and one line a reader can paste as it is."""
    assert not ADDRESS.search(message)
    assert not PHONE.search(message)
    assert "\n" not in message


def test_dormant_ties_cite_the_research():
    """The advice on dormant ties links Levin, Walter and Murnighan (2011)."""
    section = sections()["dormant-ties"]
    assert "Levin, Walter and Murnighan" in section
    assert "https://doi.org/10.1287/orsc.1100.0576" in section
