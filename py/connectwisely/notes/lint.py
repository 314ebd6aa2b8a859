"""The note linter: does a connection note fit LinkedIn's limit, and will it be read kindly?"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..core.guide import link
from ..core.linkedin import NOTE_LIMITS
from ..core.schema import Field
from ..core.text import find_phrases, fold, squash, utf16_len
from ..errors import InputError

LIMIT_FIELD = Field(  # the account's limit, as the linter's and the drafter's forms ask it
    "limit",
    "Your account",
    kind="choice",
    widget="radio",
    default=200,
    choices=((200, "Free: 200 characters"), (300, "Premium: 300 characters")),
)

DEFAULT_LINES = (
    "i'd like to add you to my professional network",
    "id like to add you to my professional network",
    "i would like to add you to my professional network",
    "add you to my professional network",
    "join your linkedin network",
    "i'd like to join your network",
    "i would like to join your network",
    "please accept my invitation",
    "let's connect",
    "dear sir/madam",
    "dear sir or madam",
    "to whom it may concern",
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
)

PITCH = (
    "our services",
    "my services",
    "we help",
    "i help companies",
    "we offer",
    "discount",
    "free trial",
    "pricing",
    "packages from",
    "book a call",
    "book a demo",
    "schedule a call",
    "schedule a demo",
    "quick call",
    "15-min",
    "15 min",
    "30-min",
    "30 min",
    "demo",
    "calendly",
    "my calendar",
    "grab time",
    "boost your",
    "grow your",
    "leads",
    "qualified",
    "roi",
    "buy",
    "purchase",
    "sale",
    "promo",
    "offer you",
    "limited time",
    "dm me",
)

JOB_ASK = (
    "refer me",
    "referral",
    "a referral",
    "hire me",
    "any openings",
    "any openings?",
    "open positions",
    "open roles",
    "job opportunities",
    "looking for a job",
    "looking for work",
    "looking for a new role",
    "consider me",
    "my resume",
    "my cv",
    "my résumé",
    "job at",
    "position at your",
    "role at your",
    "get me in",
    "put in a word",
    "recommend me",
)

LINK = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|io|ly|me|co|net|org|app|link)/\S*"
)


@dataclass(frozen=True)
class NoteCheck:
    """One rule: its id, what passing and failing say to the reader, and where the guide explains it."""

    id: str
    passed: str
    failed: str
    guide: str
    test: Callable[[str, int], bool]  # True when the note passes


def _not_empty(text: str, limit: int) -> bool:
    return bool(text.strip())


def _fits(text: str, limit: int) -> bool:
    return utf16_len(text) <= limit


def _not_default(text: str, limit: int) -> bool:
    return not find_phrases(text, DEFAULT_LINES)


def _has_context(text: str, limit: int) -> bool:
    return bool(find_phrases(text, CONTEXT))


# One-word pitch signals that are also everyday topics: "our pricing starts at" is a pitch,
# "your thread on pricing experiments" is not. Such a word counts unless one of the four
# words before it frames it as a topic, or a greeting makes it a name ("Hi Roi,").
TOPICAL = (
    "pricing",
    "demo",
    "buy",
    "purchase",
    "sale",
    "leads",
    "qualified",
    "roi",
    "promo",
    "discount",
)
TOPIC_FRAMES = ("your", "on", "about", "regarding")
GREETINGS = ("hi", "hello", "dear", "hey")


def _as_topic(folded: str, word: str) -> bool:
    for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded):
        before = re.findall(r"[\w']+", folded[max(0, match.start() - 80) : match.start()])[-4:]
        named = bool(before) and before[-1] in GREETINGS
        if not named and not any(w in TOPIC_FRAMES for w in before):
            return False
    return True


def _no_pitch(text: str, limit: int) -> bool:
    folded = fold(squash(text))
    pitches = [p for p in find_phrases(text, PITCH) if p not in TOPICAL or not _as_topic(folded, p)]
    return not pitches and not LINK.search(text)


def _no_job_ask(text: str, limit: int) -> bool:
    return not find_phrases(text, JOB_ASK)


CHECKS = (
    NoteCheck(
        "LN001",
        "The note has something in it.",
        "The note is empty: a line or two on how you know them helps it get accepted.",
        link("say-how-you-know-them"),
        _not_empty,
    ),
    NoteCheck(
        "LN002",
        "It fits LinkedIn's limit.",
        "It is longer than LinkedIn allows; shorten it or it will not send.",
        link("note-length"),
        _fits,
    ),
    NoteCheck(
        "LN003",
        "It is not LinkedIn's default line.",
        "This reads like the default invitation text, which says nothing about you or them.",
        link("default-note"),
        _not_default,
    ),
    NoteCheck(
        "LN004",
        "It says how you know them or why you are writing.",
        "Say how you know them or why you are reaching out: an event, a post, a shared person.",
        link("say-how-you-know-them"),
        _has_context,
    ),
    NoteCheck(
        "LN005",
        "No sales pitch, link or meeting request.",
        "Leave out pitches, links and calls to book a meeting: they read as spam in a first note.",
        link("no-pitch"),
        _no_pitch,
    ),
    NoteCheck(
        "LN006",
        "No job or referral request.",
        "Asking for a job or a referral before you are connected puts people off; build the tie first.",
        link("no-job-ask"),
        _no_job_ask,
    ),
)


def lint_note(text: str, *, limit: int = 200) -> dict:
    """Check a connection note: its length against ``limit`` (UTF-16 code units) and each rule."""
    if not isinstance(text, str):
        raise InputError("The note must be text.", "message")
    if isinstance(limit, bool) or limit not in NOTE_LIMITS:
        raise InputError("The limit must be 200 (free account) or 300 (Premium).", "limit")
    length = utf16_len(text)
    note = squash(
        text[: 20 * limit]
    )  # a huge paste is judged on its start; its length still counts
    results = []
    for check in CHECKS:
        ok = check.test(note if check.id != "LN002" else text, limit)
        if check.id not in ("LN001", "LN002") and not note.strip():
            ok = check.id in ("LN003", "LN005", "LN006")  # nothing to fault in an empty note
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


__all__ = ["CHECKS", "LIMIT_FIELD", "LINK", "lint_note"]
