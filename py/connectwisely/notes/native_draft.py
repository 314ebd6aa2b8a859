"""A note request in Spanish, Portuguese, German, French or Italian, read into the context
:mod:`connectwisely.notes.native` writes from (the English one is in
:mod:`connectwisely.notes.draft`)."""

from __future__ import annotations

from ..core.text import squash, utf16_len
from .compose import chosen_settings, detail_flags
from .lang import language
from .markup import as_plain_text
from .names import has_letters, parse_name
from .native import NativeContext, native_candidates, native_follow_up
from .native_detail import read_detail, split_reason
from .openers import RELATIONSHIP
from .people import looks_like_org

MAX_SIGNED_NAME = 40  # UTF-16 units: a longer name signs with its first word


def native_notes(values: dict):
    """(context, drafts in order, follow-up function) for a checked request."""
    lang = language(values["language"])
    relationship = RELATIONSHIP[values["relationship"] or "cold"]
    tone = values["tone"] or "warm"
    name = parse_name(values["name"] or "")
    raw, reason = split_reason(lang, values["detail"] or "")
    detail, kind = read_detail(lang, raw, relationship.id, tone)
    frame = lang.topic.get(relationship.id, {}).get(tone) if kind == "topic" else None
    if relationship.id == "reconnect" and kind == "topic" and looks_like_org(detail):
        kind = "place"  # a connection's company, as the network review sends it: their work there
    if relationship.id in ("cold", "reconnect") and kind in ("place", "role"):
        frame = lang.topic[kind][tone]
        if lang.at_name and looks_like_org(detail):  # "seu trabalho no Mercado Livre"
            frame = frame.replace(f"{lang.at} {{}}", f"{lang.at_workplace(detail)} {{}}")
    if frame and detail:  # framed, it is the frame's noun phrase: "Ihre Arbeit bei der HHLA"
        detail, kind = frame.replace("{}", detail), "phrase"
    flagged = bool(detail) and detail_flags(detail)
    mine = parse_name(squash(as_plain_text(values["my_name"] or "")))
    me = mine.full if has_letters(mine.full) else ""
    if tone == "warm" or utf16_len(me) > MAX_SIGNED_NAME:
        me = mine.given
    greet_as = name.given if tone == "warm" else name.formal()
    ctx = NativeContext(
        lang=lang,
        name=name,
        greet_as=greet_as,
        relationship=relationship,
        detail=None if flagged or not detail else detail,
        kind=kind,
        tone=tone,
        me=me,
        **chosen_settings(values, relationship),
        detail_flagged=flagged,
        reason="" if flagged or not detail or detail_flags(reason) else reason,
    )
    return ctx, native_candidates(ctx), native_follow_up


__all__ = ["native_notes"]
