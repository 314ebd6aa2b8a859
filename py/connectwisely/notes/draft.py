"""The note drafter: personal connection notes that fit LinkedIn's limit, and the first
message after they accept.

A draft is greeting + (the writer's name) + how they know the reader, with the one specific
detail + a light close. The phrases are data (:mod:`connectwisely.notes.templates`); ``variant``
picks which combinations, reproducibly. When a draft runs long it gives things up in order of
value: the writer's name, then the longer close, then the tail of the detail (cut at a clause
or word boundary), and only then the detail itself. Every draft is checked by the note linter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.linkedin import NOTE_LIMITS
from ..core.schema import Field, check_all
from ..core.text import capitalise, first_name, shorten, squash, utf16_len, words
from ..errors import InputError
from .detail import FILLER, Detail, make_detail
from .lint import LIMIT_FIELD, lint_note
from .templates import (
    GREETINGS,
    GREETINGS_NO_NAME,
    INTROS,
    PURPOSE,
    PURPOSES,
    RELATIONSHIP,
    RELATIONSHIPS,
    THANKS,
    Close,
    Opener,
    Relationship,
)

FIELDS = (
    Field(
        "name",
        "Their name",
        max_length=100,
        placeholder="José María García",
        help="The notes greet them by their first name.",
    ),
    Field(
        "relationship",
        "How you know them",
        kind="choice",
        choices=tuple((r.id, r.label) for r in RELATIONSHIPS),
        help="Left empty, the notes assume you haven't met.",
    ),
    Field(
        "detail",
        "One specific detail",
        max_length=2000,
        placeholder="the DevOpsDays Berlin hallway track",
        help="The event, their post's topic, the project you shared, the person you both know.",
    ),
    Field(
        "purpose",
        "Why you want to connect",
        kind="choice",
        choices=tuple((p.id, p.label) for p in PURPOSES),
        help="A job or a hire is never asked about in the note; it waits for the message after they accept.",
    ),
    Field(
        "tone",
        "Tone",
        kind="choice",
        widget="radio",
        default="warm",
        choices=(("warm", "Warm"), ("formal", "Formal")),
    ),
    LIMIT_FIELD,
    Field(
        "my_name",
        "Your name",
        max_length=100,
        section="Optional",
        remember=True,
        help="Added to a note only when there is room; LinkedIn shows your name anyway.",
    ),
    Field(
        "variant",
        "Set number",
        kind="int",
        default=0,
        minimum=None,
        section="Optional",
        help="Each number gives a different set of drafts; the same number, the same set.",
    ),
)

DRAFTS = 3  # drafts per set
FOLLOW_UP_DETAIL = 120  # UTF-16 units of the detail the follow-up message repeats
MAX_GREETING_NAME = 50  # UTF-16 units: leaves room for the note itself in 200


@dataclass(frozen=True)
class Context:
    """A checked request: who, how, what, why, and how much room."""

    greet_as: str  # the name to greet by, "" for none
    relationship: Relationship
    detail: Detail | None
    purpose: str
    tone: str
    limit: int
    me: str  # the writer's name as the tone uses it, "" for none
    variant: int


def draft_notes(context: dict) -> dict:
    """Drafts of a connection note for ``context`` (keys in DESIGN.md), each within its limit.

    Without a name the drafts greet with "Hi," / "Hello,"; without a relationship they assume
    you haven't met; without a purpose they use the relationship's usual one.
    """
    values = check_all(FIELDS, context)
    ctx = _context(values)
    if utf16_len(ctx.greet_as) > MAX_GREETING_NAME:
        raise InputError(
            "That name is too long to greet someone by in a note; enter the name you would "
            "use in a greeting, such as their first name.",
            "name",
        )
    drafts, flagged, seen = [], [], set()
    for draft in _candidates(ctx):
        if draft["text"] in seen:
            continue
        seen.add(draft["text"])
        (drafts if all(c["ok"] for c in draft["checks"]) else flagged).append(draft)
        if len(drafts) == DRAFTS:
            break
    drafts += flagged[: DRAFTS - len(drafts)]  # only when the name or detail trips the checker
    return {
        "drafts": drafts,
        "limit": ctx.limit,
        "variant": ctx.variant,
        "follow_up": _follow_up(ctx),
        "hints": _hints(ctx, drafts),
        "summary": _summary(ctx, drafts),
    }


def _context(values: dict) -> Context:
    relationship = RELATIONSHIP[values["relationship"] or "cold"]
    tone = values["tone"] or "warm"
    mine = squash(values["my_name"] or "")
    me = first_name(mine) if tone == "warm" or utf16_len(mine) > 40 else mine
    return Context(
        greet_as=first_name(values["name"] or ""),
        relationship=relationship,
        detail=make_detail(values["detail"] or "", relationship.topic),
        purpose=values["purpose"] or relationship.default_purpose,
        tone=tone,
        limit=values["limit"] if values["limit"] in NOTE_LIMITS else 200,
        me=me,
        variant=values["variant"] or 0,
    )


# -- choosing combinations ------------------------------------------------------------------


def _combinations(ctx: Context) -> list[tuple[tuple[str, str], Opener, Close]]:
    """Every (greeting, opener, close) in a fixed order where neighbours differ in all three."""
    greetings = (GREETINGS if ctx.greet_as else GREETINGS_NO_NAME)[ctx.tone]
    openers = ctx.relationship.openers[ctx.tone]
    closes = PURPOSE[ctx.purpose].closes[ctx.tone]
    out = []
    for block in range(len(greetings)):
        for shift in range(len(closes)):  # diagonals: every (opener, close) pair exactly once
            for o in range(len(openers)):
                g = (block + len(out)) % len(greetings)
                out.append((greetings[g], openers[o], closes[(o + shift) % len(closes)]))
    return out


def _candidates(ctx: Context):
    """Drafts in the variant's order: set ``v`` starts at combination ``3v`` and wraps."""
    combos = _combinations(ctx)
    start = (ctx.variant * DRAFTS) % len(combos)
    for k in range(len(combos)):
        draft = _draft(ctx, *combos[(start + k) % len(combos)])
        if draft is not None:
            yield draft


# -- one draft ----------------------------------------------------------------------------


def _render(
    ctx: Context, greeting: str, intro: bool, opener: Opener, close: str, detail: str | None
) -> str:
    parts = [greeting.format(name=ctx.greet_as)]
    continuing = True  # the next part follows the greeting's comma
    if intro and ctx.me:
        parts.append(INTROS[(ctx.tone, ctx.relationship.familiar)].format(me=ctx.me))
        continuing = False
    if detail is None or ctx.detail is None or ctx.detail.kind == "sentence":
        body = opener.without_detail
    else:
        body = opener.with_detail.replace("{detail}", detail)
    parts.append(body if continuing else capitalise(body))
    if detail and ctx.detail is not None and ctx.detail.kind == "sentence":
        parts.append(capitalise(detail) + ("" if detail[-1] in ".!?" else "."))
    parts.append(close)
    return " ".join(parts)


def _draft(ctx: Context, greeting: tuple[str, str], opener: Opener, close: Close) -> dict | None:
    """The best version of one combination that fits and passes the linter; failing that, the
    first that fits (its checks say what trips the linter); None if nothing fits."""
    closes = PURPOSE[ctx.purpose].closes[ctx.tone]
    shortest = min(closes, key=lambda c: (utf16_len(c.text), c.id))
    attempts = []
    if ctx.detail is not None:
        whole = ctx.detail.text
        attempts += [(True, close, whole), (False, close, whole), (False, shortest, whole)]
        for used in (close, shortest):
            cut = _shortened(ctx, greeting[1], opener, used.text)
            if cut:
                attempts.append((False, used, cut))
    attempts += [(True, close, None), (False, close, None), (False, shortest, None)]
    fallback = None
    for intro, used_close, detail in attempts:
        text = _render(ctx, greeting[1], intro, opener, used_close.text, detail)
        if utf16_len(text) > ctx.limit:
            continue
        checked = lint_note(text, limit=ctx.limit)
        draft = {
            "text": text,
            "length": checked["length"],
            "checks": checked["checks"],
            "summary": checked["summary"],
            "detail": _detail_state(ctx, detail),
            "parts": [
                greeting[0],
                opener.id,
                used_close.id,
                *(["intro"] if intro and ctx.me else []),
            ],
        }
        if all(c["ok"] for c in checked["checks"]):
            return draft
        fallback = fallback or draft
    return fallback


def _shortened(ctx: Context, greeting: str, opener: Opener, close: str) -> str:
    """The detail cut to the room left by everything else, or "" if too little of it is left."""
    detail = ctx.detail
    frame = detail.frame  # e.g. "your post on {}"
    empty = _render(ctx, greeting, False, opener, close, frame.replace("{}", ""))
    room = ctx.limit - utf16_len(empty)
    raw = shorten(detail.core, room, clause_share=0.3)
    if not raw or not set(words(raw)) - FILLER:
        return ""
    if detail.kind == "sentence":
        raw = raw.rstrip(",;:")
    return frame.replace("{}", raw)


def _detail_state(ctx: Context, detail: str | None) -> str:
    if ctx.detail is None:
        return "none"
    if detail is None:
        return "left out"
    return "whole" if detail == ctx.detail.text else "shortened"


# -- the message after they accept --------------------------------------------------------


def _follow_up(ctx: Context) -> dict:
    thanks = THANKS[ctx.tone][0 if ctx.greet_as else 1].format(name=ctx.greet_as)
    with_detail, without = ctx.relationship.recall[ctx.tone]
    extra = ""
    if ctx.detail is None:
        recall = without
    elif ctx.detail.kind == "sentence":
        recall = without
        said = shorten(ctx.detail.core, FOLLOW_UP_DETAIL, clause_share=0.2) or ctx.detail.core
        extra = capitalise(said) + "."
    else:
        core = shorten(ctx.detail.core, FOLLOW_UP_DETAIL, clause_share=0.2) or ctx.detail.core
        recall = with_detail.replace("{detail}", ctx.detail.frame.replace("{}", core))
    questions = PURPOSE[ctx.purpose].follow_ups[ctx.tone]
    ask = questions[ctx.variant % len(questions)]
    text = " ".join(p for p in (thanks, capitalise(recall), extra, ask) if p)
    text = re.sub(r"([.!?])\.", r"\1", text)
    return {"text": text, "length": utf16_len(text)}


# -- what the reader sees beside the drafts -----------------------------------------------


def _hints(ctx: Context, drafts: list[dict]) -> list[str]:
    hints = []
    if not ctx.greet_as:
        hints.append("Add their name: a note that greets them by name reads as written for them.")
    if ctx.detail is None:
        hints.append(
            "Add one specific detail (the event, their post's topic, the project): it is what "
            "shows the note was written for them."
        )
    else:
        states = {d["detail"] for d in drafts}
        if "left out" in states:
            hints.append(
                "Some drafts leave the detail out: it did not fit, or it reads like a link, a "
                "pitch or a request the checker flags. A shorter, plainer detail works best."
            )
        if "shortened" in states:
            hints.append(
                "The detail is long, so some drafts shorten it; check they still say what you mean."
            )
    if any(not all(c["ok"] for c in d["checks"]) for d in drafts):
        hints.append(
            "Something in the name or the detail trips the note checker; see what it flags on "
            "each draft before you send it."
        )
    if ctx.purpose == "job":
        hints.append(
            "The note doesn't ask about a job: that reads badly from a stranger. The message "
            "after they accept brings it up, politely."
        )
    elif ctx.purpose == "hire":
        hints.append(
            "The note doesn't mention the role; the message after they accept does, once you're connected."
        )
    return hints


def _summary(ctx: Context, drafts: list[dict]) -> str:
    who = f" for {ctx.greet_as}" if ctx.greet_as else ""
    count = f"{len(drafts)} draft{'s' if len(drafts) != 1 else ''}{who}"
    return f"{count}, each within {ctx.limit} characters. Pick one and make it yours."


__all__ = ["FIELDS", "draft_notes"]
