"""The note drafter: personal connection notes that fit LinkedIn's limit, and the first
message after they accept.

A draft is a plan: greeting + an opener for the relationship that reads right with the
detail's kind + (the writer's name) + a close for the purpose. The phrases are data
(:mod:`connectwisely.notes.openers`, :mod:`connectwisely.notes.templates`). ``variant`` walks
the openers: set ``v`` uses the next three openers the earlier sets have not, so "More like
this" shows every opening before it repeats one, and the drafts of one set never share a first
sentence. When a draft runs long it gives things up by structure, in order of value: the
writer's name, the longer close, the detail's optional clauses (then its trailing phrases, and
a title's long words), and only then the detail itself; never part of a word or phrase.
Every draft is checked by the note linter.
"""

from __future__ import annotations

from ..core.schema import Field, check_all
from ..core.text import first_name, squash, utf16_len
from ..errors import InputError
from .compose import DRAFTS, Context, candidates, chosen_settings, detail_flags, follow_up
from .detail import make_detail, plain_detail
from .lang import CODES, LABELS
from .lint import LIMIT_FIELD
from .markup import as_plain_text, has_markup
from .names import TITLES, greeting_name, has_letters
from .native_draft import native_notes
from .people import looks_like_org
from .templates import PURPOSES, RELATIONSHIP, RELATIONSHIPS

FIELDS = (
    Field(
        "name",
        "Their name",
        max_length=100,
        placeholder="José María García",
        help="Warm notes greet them by first name; formal ones keep their title (Dr., Prof.).",
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
        "language",
        "Language of the note",
        kind="choice",
        default="en",
        choices=tuple((code, LABELS[code]) for code in CODES),
        help="The note is written in this language, addressing them as the tone implies "
        "(Sie or du, usted or tú, vous or tu, Lei or tu; Brazilian Portuguese).",  # codespell:ignore sie
    ),
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

MAX_GREETING_NAME = 50  # UTF-16 units: leaves room for the note itself in 200


def draft_notes(context: dict) -> dict:
    """Drafts of a connection note for ``context`` (keys in DESIGN.md), each within its limit.

    Without a usable name the drafts greet with "Hi," / "Hello,"; without a relationship they
    assume you haven't met; without a purpose they use the relationship's usual one.
    """
    values = check_all(FIELDS, context)
    if (values["language"] or "en") != "en":
        ctx, found, follow = native_notes(values)
    else:
        ctx = _context(values)
        found, follow = candidates(ctx), follow_up
    if utf16_len(ctx.greet_as) > MAX_GREETING_NAME:
        raise InputError(
            "That name is too long to greet someone by in a note; enter the name you would "
            "use in a greeting, such as their first name.",
            "name",
        )
    drafts, flagged, firsts = [], [], set()
    for draft in found:
        text, greeting = draft["text"], draft["parts"][0]
        first = first_sentence(text[len(greeting) :] if text.startswith(greeting) else text)
        if first in firsts:
            continue  # each draft of a set opens differently
        firsts.add(first)
        (drafts if all(c["ok"] for c in draft["checks"]) else flagged).append(draft)
        if len(drafts) == DRAFTS:
            break
    drafts += flagged[: DRAFTS - len(drafts)]  # only when the name or detail trips the checker
    return {
        "drafts": drafts,
        "limit": ctx.limit,
        "variant": ctx.variant,
        "follow_up": follow(ctx),
        "hints": _hints(ctx, values, drafts),
        "summary": _summary(ctx, drafts),
    }


def first_sentence(text: str) -> str:
    """A note's first sentence: up to the first . ! or ? that ends a word."""
    for i, char in enumerate(text):
        if (
            char in ".!?"
            and (i + 1 == len(text) or text[i + 1] == " ")
            and not _abbreviation(text[: i + 1])
        ):
            return text[: i + 1]
    return text


def _abbreviation(head: str) -> bool:
    last = head.rsplit(" ", 1)[-1].rstrip(".").casefold()
    return last in TITLES or last in {"st", "jr", "vs", "inc", "co"}


def _context(values: dict) -> Context:
    relationship = RELATIONSHIP[values["relationship"] or "cold"]
    tone = values["tone"] or "warm"
    mine = squash(as_plain_text(values["my_name"] or ""))
    mine = mine if has_letters(mine) else ""
    me = first_name(mine) if tone == "warm" or utf16_len(mine) > 40 else mine
    raw = values["detail"] or ""
    detail = make_detail(raw, relationship.topic, relationship.hint)
    if (
        relationship.id == "reconnect"
        and detail is not None
        and detail.kind not in ("role", "person", "introduced")
        and looks_like_org(plain_detail(raw))
    ):  # a connection's company, as the network review sends it: their work there
        detail = make_detail(f"your work at {plain_detail(raw)}", relationship.topic, "other")
    # a detail the checker would flag (a phone number, a move to WhatsApp) stays out of the note
    flagged = detail is not None and detail_flags(detail.phrase)
    return Context(
        greet_as=greeting_name(values["name"] or "", tone),
        relationship=relationship,
        detail=None if flagged else detail,
        detail_flagged=flagged,
        tone=tone,
        me=me,
        **chosen_settings(values, relationship),
    )


# -- what the reader sees beside the drafts -----------------------------------------------


def _hints(ctx: Context, values: dict, drafts: list[dict]) -> list[str]:
    hints = []
    name, detail = values["name"] or "", values["detail"] or ""
    if name.strip() and not ctx.greet_as:
        hints.append(
            "The name has no letters, so the drafts greet them without one; type the name "
            "you would call them by."
        )
    elif not ctx.greet_as:
        hints.append("Add their name: a note that greets them by name reads as written for them.")
    if any(has_markup(values[key] or "") for key in ("name", "detail", "my_name")):
        hints.append(
            "Tags, entities and Markdown links were read as plain text: LinkedIn shows markup "
            "exactly as typed."
        )
    if ctx.detail_flagged:
        hints.append(
            "The detail reads like something the request checker flags (a move off LinkedIn, a "
            "phone number, a link, a pitch or a job ask), so the drafts leave it out."
        )
    elif ctx.detail is None:
        hints.append(_ASK_FOR_DETAIL[ctx.relationship.id] if not detail.strip() else _NO_SUBSTANCE)
    else:
        states = {d["detail"] for d in drafts}
        if "left out" in states:
            hints.append(
                "Some drafts leave the detail out: even its shortest whole phrase did not fit, "
                "or it reads like a link, a pitch or a request the checker flags. A shorter, "
                "plainer detail works best."
            )
        if "shortened" in states:
            hints.append(
                "The detail is long, so some drafts keep only its main phrase; check they still "
                "say what you mean."
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


# With no detail the drafts say only how you know them; the hint asks for one specific thing.
_ASK_FOR_DETAIL = {
    "met-at-event": "Add the event's name (or the talk you discussed): it tells them which meeting you mean.",
    "read-their-post": "Add what their post was about, in a few words: it shows you read it.",
    "same-school": "Add the school's name: it is the one thing you share.",
    "same-company": "Add the company or team you share: it places you for them.",
    "former-colleague": "Add where or on what you worked together: it brings the time back.",
    "mutual-connection": "Add the name of the person you both know: it is why they'll accept.",
    "same-group": "Add the group's name: it is what you have in common.",
    "reconnect": "Add what you last worked on or talked about: it gives them something to answer.",
    "cold": "Add one specific thing of theirs (a post, a talk, a project): it is the only reason a stranger accepts.",
}
_NO_SUBSTANCE = (
    "The detail reads as a sentence about you, which a note can't reuse; give the thing itself "
    "in a few words, such as “your talk on data contracts at PyData Amsterdam”."
)


def _summary(ctx: Context, drafts: list[dict]) -> str:
    who = f" for {ctx.greet_as}" if ctx.greet_as else ""
    count = f"{len(drafts)} draft{'s' if len(drafts) != 1 else ''}{who}"
    return f"{count}, each within {ctx.limit} characters. Pick one and make it yours."


__all__ = ["FIELDS", "draft_notes", "first_sentence"]
