"""Composing drafts from plans: which openers a set uses, one draft made to fit by structure,
and the first message after they accept.

A plan is greeting × opener × close. The opener must read right with the detail's kind
(:attr:`Opener.kinds`); the detail goes in through the opener's slot, ``{d}`` for its noun
phrase and ``{at}`` for the phrase after the preposition its kind takes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.text import capitalise, utf16_len
from .checker_reading import note_flags
from .detail import Detail
from .lint import lint_note
from .openers import Opener, Relationship
from .shorten import shorter_forms
from .templates import GREETINGS, GREETINGS_NO_NAME, INTROS, PURPOSE, THANKS, Close

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
    closes = PURPOSE[ctx.purpose].closes[ctx.tone]
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
    close: str, intro: bool,
) -> str:  # fmt: skip
    """One note: greeting, opener (with the detail in its slot), the writer's name, close."""
    if phrase is None or kind is None or ctx.detail is None:
        body = opener.bare
    else:
        body = ctx.detail.fill(opener.text, phrase, kind)
    parts = [greeting.format(name=ctx.greet_as), body]
    if intro and ctx.me:
        parts.append(capitalise(INTROS[(ctx.tone, ctx.relationship.familiar)].format(me=ctx.me)))
    parts.append(close)
    return " ".join(parts)


def make_draft(
    ctx: Context, greeting: tuple[str, str], opener: Opener, kind: str | None, close: Close
) -> dict | None:
    """The fullest version of one plan that fits and passes the linter; failing that, the
    first that fits (its checks say what trips the linter); None if nothing fits."""
    closes = PURPOSE[ctx.purpose].closes[ctx.tone]
    shortest = min(closes, key=lambda c: (utf16_len(c.text), c.id))
    phrases: list[str | None] = [None]
    if ctx.detail is not None and kind is not None:
        forms = [ctx.detail.phrase, *shorter_forms(ctx.detail.phrase, ctx.detail.kind)[:MAX_FORMS]]
        # a long detail crowds the note: its main phrase first, the whole only if nothing else
        roomy = [f for f in forms if utf16_len(f) <= ctx.limit * DETAIL_SHARE]
        phrases = [*(roomy or forms[:1]), *[f for f in forms if f not in roomy], None]
    attempts = [(True, close, phrases[0])]
    for phrase in phrases:
        attempts += [(False, close, phrase), (False, shortest, phrase)]
    fallback = None
    tried = set()
    for intro, used, phrase in attempts:
        text = render(ctx, greeting[1], opener, kind, phrase, used.text, intro)
        if text in tried or utf16_len(text) > ctx.limit:
            continue
        tried.add(text)
        checked = lint_note(text, limit=ctx.limit)
        draft = {
            "text": text,
            "length": checked["length"],
            "checks": checked["checks"],
            "summary": checked["summary"],
            "detail": _detail_state(ctx, phrase),
            "parts": [greeting[0], opener.id, used.id, *(["intro"] if intro and ctx.me else [])],
        }
        if all(c["ok"] for c in checked["checks"]):
            return draft
        fallback = fallback or draft
    return fallback


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
    thanks = THANKS[ctx.tone][v % len(THANKS[ctx.tone])][0 if ctx.greet_as else 1]
    with_detail, without = ctx.relationship.recall[ctx.tone][
        v % len(ctx.relationship.recall[ctx.tone])
    ]
    recall = without
    if ctx.detail is not None:
        forms = [ctx.detail.phrase, *shorter_forms(ctx.detail.phrase, ctx.detail.kind)]
        phrase = next((f for f in forms if utf16_len(f) <= FOLLOW_UP_DETAIL), None)
        if phrase is not None and not note_flags(phrase):  # nothing the checker would flag
            recall = ctx.detail.fill(with_detail, phrase)
    questions = PURPOSE[ctx.purpose].follow_ups[ctx.tone]
    ask = questions[(v // len(THANKS[ctx.tone])) % len(questions)]
    text = " ".join((thanks.format(name=ctx.greet_as), capitalise(recall), ask))
    return {"text": text, "length": utf16_len(text)}


__all__ = ["DRAFTS", "Context", "candidates", "follow_up", "make_draft", "openers_for", "render"]
