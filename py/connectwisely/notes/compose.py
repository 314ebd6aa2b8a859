"""Composing drafts from plans: which openers a set uses, one draft made to fit by structure,
and the first message after they accept.

A plan is greeting × opener × close. The opener must read right with the detail's kind
(:attr:`Opener.kinds`); the detail goes in through the opener's slot, ``{d}`` for its noun
phrase and ``{at}`` for the phrase after the preposition its kind takes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..core.linkedin import NOTE_LIMITS
from ..core.text import capitalise, utf16_len
from .checker_reading import note_flags
from .detail import Detail
from .introduced import INTRO_OPENERS_EN, intro_openers
from .lint import lint_note
from .openers import Opener, Relationship
from .repeats import allowed_words, repeated
from .shorten import shorter_forms
from .templates import GREETINGS, GREETINGS_NO_NAME, INTROS, PURPOSE, THANKS, THANKS_REPLY, Close

DRAFTS = 3  # drafts per set
MAX_FORMS = 6  # shorter forms of a detail a draft tries (the longest whole ones)
DETAIL_SHARE = 0.35  # a detail longer than this share of the limit is first tried shorter
FOLLOW_UP_DETAIL = 100  # UTF-16 units: a longer detail is recalled in a shorter whole form


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
    detail_flagged: bool = False  # the detail was left out: the request checker flags it


def openers_for(ctx: Context) -> list[tuple[Opener, str | None]]:
    """The relationship's openers that read right with the detail, each with the kind its slot
    uses (None: the opener goes without the detail). Openers that take the detail's kind come
    first; when fewer than a set's worth do, bare ones follow (a school named under "we work
    at the same company" is left out rather than written as "we both work at the University")."""
    openers = ctx.relationship.openers[ctx.tone]
    if ctx.detail is not None and ctx.detail.kind == "introduced":  # "Laura introduced us"
        openers = intro_openers(INTRO_OPENERS_EN, ctx.relationship.id, ctx.tone)
    if ctx.detail is None:
        return [(o, None) for o in openers]
    kind = ctx.detail.kind
    plans: list[tuple[Opener, str | None]] = [(o, kind) for o in openers if o.takes(kind)]
    if len(plans) < DRAFTS:
        used = {o.id for o, _ in plans}
        plans += [(o, None) for o in openers if o.id not in used]
    return plans


def candidates(ctx: Context):
    """Drafts in the variant's order: set ``v`` starts at opener ``3v`` and goes on through
    the openers it has not used, so consecutive sets show unseen openings first."""
    plans = openers_for(ctx)
    greetings = (GREETINGS if ctx.greet_as else GREETINGS_NO_NAME)[ctx.tone]
    closes = closes_for(ctx)
    start = ctx.variant * DRAFTS
    for k in range(len(plans)):
        opener, kind = plans[(start + k) % len(plans)]
        greeting = greetings[(ctx.variant + k) % len(greetings)]
        close = closes[(start + k) % len(closes)]
        draft = make_draft(ctx, greeting, opener, kind, close)
        if draft is not None:
            yield draft


def render(
    ctx: Context, greeting: str, opener: Opener, kind: str | None, phrase: str | None,
    close: str, intro: bool, reason: bool = False,
) -> str:  # fmt: skip
    """One note: greeting, opener (with the detail in its slot and, when asked, the reason the
    reader gave for writing), the writer's name, close."""
    if phrase is None or kind is None or ctx.detail is None:
        body = opener.bare
    else:
        body = ctx.detail.fill(opener.text, phrase, kind)
    parts = [greeting.format(name=ctx.greet_as), body]
    if reason and phrase is not None and ctx.detail is not None and ctx.detail.reason:
        parts.append(ctx.detail.reason)
    if intro and ctx.me:
        parts.append(capitalise(INTROS[(ctx.tone, ctx.relationship.familiar)].format(me=ctx.me)))
    parts.append(close)
    return " ".join(parts)


def closes_for(ctx: Context) -> tuple[Close, ...]:
    """The purpose's closes for the tone; to someone already connected, none that asks to
    connect."""
    closes = PURPOSE[ctx.purpose].closes[ctx.tone]
    if ctx.relationship.id == "reconnect":
        closes = tuple(c for c in closes if not _ASKS_TO_CONNECT.search(c.text)) or closes
    return closes


_ASKS_TO_CONNECT = re.compile(r"\bconnect\b", re.IGNORECASE)


def make_draft(
    ctx: Context, greeting: tuple[str, str], opener: Opener, kind: str | None, close: Close
) -> dict | None:
    """The fullest version of one plan that fits, passes the linter and uses no content word
    twice; failing that, the first that fits (its checks say what trips the linter); None if
    nothing fits. Another close of the purpose stands in when this one repeats a word."""
    closes = closes_for(ctx)
    others = sorted((c for c in closes if c != close), key=lambda c: (utf16_len(c.text), c.id))
    phrases: list[str | None] = [None]
    if ctx.detail is not None and kind is not None:
        forms = [ctx.detail.phrase, *shorter_forms(ctx.detail.phrase, ctx.detail.kind)[:MAX_FORMS]]
        # a long detail crowds the note: its main phrase first, the whole only if nothing else
        roomy = [f for f in forms if utf16_len(f) <= ctx.limit * DETAIL_SHARE]
        phrases = [*(roomy or forms[:1]), *[f for f in forms if f not in roomy], None]
    reasons = [True, False] if ctx.detail is not None and ctx.detail.reason else [False]
    attempts = [(True, close, phrases[0], reasons[0])]
    for phrase in phrases:
        for reason in reasons if phrase is not None else [False]:
            attempts += [(False, c, phrase, reason) for c in (close, *others)]
    allowed = allowed_words(
        ctx.greet_as, ctx.me, ctx.detail.phrase if ctx.detail else "",
        ctx.detail.reason if ctx.detail else "",
    )  # fmt: skip

    def tries():
        for intro, used, phrase, reason in attempts:
            text = render(ctx, greeting[1], opener, kind, phrase, used.text, intro, reason)
            parts = [greeting[0], opener.id, used.id, *(["intro"] if intro and ctx.me else [])]
            yield text, phrase, parts

    return first_clean_draft(tries(), ctx.limit, allowed, lambda p: _detail_state(ctx, p))


def first_clean_draft(
    attempts: Iterable[tuple[str, str | None, list[str]]],
    limit: int,
    allowed: set[str],
    state: Callable[[str | None], str],
) -> dict | None:
    """The first of ``attempts`` (text, detail phrase, parts; fullest first) that fits
    ``limit``, uses no content word twice (but ``allowed``) and passes the linter; failing
    that, the first that fits (its checks say what trips the linter); None if none fits.
    ``state`` says how the phrase keeps the detail (whole, shortened, left out, none)."""
    fallback = None
    tried = set()
    for text, phrase, parts in attempts:
        if text in tried or utf16_len(text) > limit:
            continue
        tried.add(text)
        if repeated(text, allowed):  # cheap, so before the linter
            fallback = fallback or (text, phrase, parts)
            continue
        draft = checked_draft(text, limit, state(phrase), parts)
        if all(c["ok"] for c in draft["checks"]):
            return draft
        fallback = fallback or (text, phrase, parts)
    return (
        None
        if fallback is None
        else checked_draft(fallback[0], limit, state(fallback[1]), fallback[2])
    )


def checked_draft(text: str, limit: int, detail: str, parts: list[str]) -> dict:
    """A draft as the page shows it: its text, length and the linter's checks."""
    checked = lint_note(text, limit=limit)
    return {
        "text": text,
        "length": checked["length"],
        "checks": checked["checks"],
        "summary": checked["summary"],
        "detail": detail,
        "parts": parts,
    }


@lru_cache(maxsize=64)
def detail_flags(phrase: str) -> bool:
    """Whether the request checker flags a detail (read once per detail, not per draft)."""
    return bool(note_flags(phrase))


def _detail_state(ctx: Context, phrase: str | None) -> str:
    if ctx.detail is None:
        return "none"
    if phrase is None:
        return "left out"
    return "whole" if phrase == ctx.detail.phrase else "shortened"


def follow_up(ctx: Context) -> dict:
    """The first message after they accept: thanks, a nod back to the detail (whole, or a
    shorter whole form of it), and one easy question for the purpose. The variant picks
    among the phrasings, so "More like this" changes it too."""
    v = ctx.variant
    table = (THANKS_REPLY if ctx.relationship.id == "reconnect" else THANKS)[ctx.tone]
    thanks = table[v % len(table)][0 if ctx.greet_as else 1]
    with_detail, without = ctx.relationship.recall[ctx.tone][
        v % len(ctx.relationship.recall[ctx.tone])
    ]
    recall = without
    if ctx.detail is not None and ctx.detail.kind != "introduced":  # a clause: no slot holds it
        forms = [ctx.detail.phrase, *shorter_forms(ctx.detail.phrase, ctx.detail.kind)]
        phrase = next((f for f in forms if utf16_len(f) <= FOLLOW_UP_DETAIL), None)
        if phrase is not None and not detail_flags(phrase):  # nothing the checker would flag
            recall = ctx.detail.fill(with_detail, phrase)
    questions = PURPOSE[ctx.purpose].follow_ups[ctx.tone]
    ask = questions[(v // len(THANKS[ctx.tone])) % len(questions)]
    text = " ".join((thanks.format(name=ctx.greet_as), capitalise(recall), ask))
    return {"text": text, "length": utf16_len(text)}


def chosen_settings(values: dict, relationship: Relationship) -> dict:
    """The purpose, limit and variant a draft uses, in every language: the relationship's own
    purpose when none is chosen, LinkedIn's smaller limit when the one given is not a limit."""
    return {
        "purpose": values["purpose"] or relationship.default_purpose,
        "limit": values["limit"] if values["limit"] in NOTE_LIMITS else 200,
        "variant": values["variant"] or 0,
    }


__all__ = [
    "DRAFTS", "Context", "candidates", "checked_draft", "chosen_settings", "closes_for", "detail_flags", "first_clean_draft", "follow_up", "make_draft", "openers_for", "render",
]  # fmt: skip
