"""The note linter: does a connection note fit LinkedIn's limit, and will it be read kindly?"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..core.guide import link
from ..core.linkedin import NOTE_LIMITS
from ..core.schema import Field
from ..core.text import fold, longest_first, squash, utf16_len
from ..errors import InputError
from .checker_reading import Flag, note_flags, pitch_parts
from .context_words import CONTEXT_WORDS
from .markup import has_markup

LIMIT_FIELD = Field(  # the account's limit, as the linter's and the drafter's forms ask it
    "limit",
    "Your account",
    kind="choice",
    widget="radio",
    default=200,
    choices=((200, "Free: 200 characters"), (300, "Premium: 300 characters")),
)

# Words that say how the writer knows the reader or why they are writing.
CONTEXT = (
    "met",
    "meet",
    "meeting",
    "talk",
    "talked",
    "spoke",
    "speaking",
    "presentation",
    "panel",
    "conference",
    "meetup",
    "workshop",
    "event",
    "webinar",
    "summit",
    "hallway",
    "booth",
    "read",
    "post",
    "posts",
    "article",
    "thread",
    "newsletter",
    "podcast",
    "video",
    "paper",
    "book",
    "blog",
    "work on",
    "your work",
    "project",
    "worked",
    "colleague",
    "colleagues",
    "team",
    "teammate",
    "together",
    "same",
    "school",
    "university",
    "alumni",
    "alum",
    "class",
    "classmate",
    "studied",
    "course",
    "group",
    "community",
    "introduced",
    "suggested",
    "recommended",
    "mentioned",
    "mutual",
    "friend",
    "referred me",
    "because",
    "reaching out",
    "reach out",
    "saw",
    "seen",
    "noticed",
    "enjoyed",
    "loved",
    "liked",
    "admire",
    "following",
    "fan of",
    "thanks",
    "thank you",
    "congrats",
    "congratulations",
    "fellow",
    "also",
    "too",
    "chat",
    "chatted",
    "chatting",
    "conversation",
    "acquaintance",
    "paths crossed",
    "crossed paths",
    "cross paths",
    "in person",
    "follow up",
    "appreciate",
    "appreciated",
    "graduate",
    "graduates",
    "attended",
    "alma mater",
    "colleague",
    "reconnect",
    "working",
    "member",
    "members",
    "part of",
    "in common",
    "connected with",
    "know",
    "introduce",
    "haven't met",
    "have not met",
    "someone new",
    "first time",
    "we both",
    "we're both",
    "we are both",
    "crossed",
    "spotted you",
    "belong to",
)


@dataclass(frozen=True)
class Note:
    """A note as the checks read it: the text as typed (for its length), squashed (a huge
    paste judged on its start), and what the request checker flags in it, read once."""

    raw: str
    text: str
    limit: int

    @cached_property
    def flags(self) -> list[Flag]:
        return note_flags(self.text)

    def concerns(self, *names: str) -> list[Flag]:
        return [f for f in self.flags if f.concern in names]


@dataclass(frozen=True)
class NoteCheck:
    """One rule: its id, what passing and failing say to the reader, where the guide explains
    it, and its test (True when the note passes).

    ``on_empty`` is the outcome for a note with nothing in it, when the test has nothing to
    read (no pitch in an empty note, but no context either); ``None`` runs the test anyway.
    """

    id: str
    passed: str
    failed: str
    guide: str
    test: Callable[[Note], bool]
    on_empty: bool | None = None


# All the context words as one pattern: the drafter lints every draft it considers.
_CONTEXT = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(fold(p)) for p in longest_first((*CONTEXT, *CONTEXT_WORDS)))
    + r")(?!\w)"
)


def _has_context(note: Note) -> bool:
    return _CONTEXT.search(fold(note.text)) is not None


def _no_pitch(note: Note) -> bool:
    return not note.concerns("pitch") and not pitch_parts(note.text)


CHECKS = (
    NoteCheck(
        "LN001",
        "The note has something in it.",
        "The note is empty: a line or two on how you know them helps it get accepted.",
        link("say-how-you-know-them"),
        lambda note: bool(note.text.strip()),
    ),
    NoteCheck(
        "LN002",
        "It fits LinkedIn's limit.",
        "It is longer than LinkedIn allows; shorten it or it will not send.",
        link("note-length"),
        lambda note: utf16_len(note.raw) <= note.limit,
    ),
    NoteCheck(
        "LN003",
        "It is not LinkedIn's default line or a mass message.",
        "This reads like the default invitation text or a message sent to many people; it says "
        "nothing about you or them.",
        link("default-note"),
        lambda note: not note.concerns("stock"),
        on_empty=True,
    ),
    NoteCheck(
        "LN004",
        "It says how you know them or why you are writing.",
        "Say how you know them or why you are reaching out: an event, a post, a shared person.",
        link("say-how-you-know-them"),
        _has_context,
        on_empty=False,
    ),
    NoteCheck(
        "LN005",
        "No sales pitch, link or meeting request.",
        "Leave out pitches, links and calls to book a meeting: they read as spam in a first note.",
        link("no-pitch"),
        _no_pitch,
        on_empty=True,
    ),
    NoteCheck(
        "LN006",
        "No job or referral request.",
        "Asking for a job or a referral before you are connected puts people off; build the tie first.",
        link("no-job-ask"),
        lambda note: not note.concerns("job-ask"),
        on_empty=True,
    ),
    NoteCheck(
        "LN007",
        "It stays on LinkedIn and asks for nothing risky.",
        "It asks to move off LinkedIn (another app, a phone number, a personal e-mail) or reads "
        "like a scam warning sign; the request checker would flag it, and so will the reader.",
        link("off-platform"),
        lambda note: not note.concerns("off-platform", "risk"),
        on_empty=True,
    ),
    NoteCheck(
        "LN008",
        "No markup or code.",
        "It contains markup (a tag such as <b>, an entity such as &amp;, or a Markdown link); "
        "LinkedIn shows it as typed, so write it as plain text.",
        link("plain-text"),
        lambda note: not has_markup(note.text),
        on_empty=True,
    ),
)


def lint_note(text: str, *, limit: int = 200) -> dict:
    """Check a connection note: its length against ``limit`` (UTF-16 code units) and each rule."""
    if not isinstance(text, str):
        raise InputError("The note must be text.", "message")
    if isinstance(limit, bool) or limit not in NOTE_LIMITS:
        raise InputError("The limit must be 200 (free account) or 300 (Premium).", "limit")
    length = utf16_len(text)
    # A huge paste is judged on its start; its length still counts.
    note = Note(text, squash(text[: 20 * limit]), limit)
    empty = not note.text.strip()
    results = []
    for check in CHECKS:
        ok = check.on_empty if empty and check.on_empty is not None else check.test(note)
        results.append(
            {
                "id": check.id,
                "ok": ok,
                "message": check.passed if ok else check.failed,
                "guide": check.guide,
            }
        )
    return {
        "length": length,
        "limit": limit,
        "fits": length <= limit,
        "remaining": limit - length,
        "checks": results,
        "summary": _summary(results, length, limit),
    }


def _summary(checks: list[dict], length: int, limit: int) -> str:
    failed = [c for c in checks if not c["ok"]]
    if not failed:
        return f"Good to send: {length} of {limit} characters."
    return f"{len(failed)} thing{'s' if len(failed) > 1 else ''} to fix: {failed[0]['message']}"


__all__ = ["CHECKS", "LIMIT_FIELD", "NoteCheck", "lint_note"]
