"""Notes in Spanish, Portuguese, German, French and Italian, from each language's data
(:mod:`connectwisely.notes.lang`).

A note is greeting + an opener for the relationship (with the detail in its slot, or its bare
form) + a light sentence for the purpose + the writer's sign-off when there is room. The detail
stays in the reader's words: its own lead-in ("nos conocimos en") is dropped, its possessives
address the recipient as the tone does ("deinen Vortrag" becomes "Ihren Vortrag" in a formal
note), and the language's contractions are made where a preposition meets its article
("à le meetup" is "au meetup", "bei dem Meetup" is "beim Meetup"). A draft that runs long gives
up the sign-off, then the longer purpose sentence, then the detail's trailing clauses, and only
then the detail; no draft uses a content word twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.text import capitalise, fold, utf16_len
from .compose import first_clean_draft
from .introduced import intro_openers
from .lang import Language
from .names import Name
from .openers import Relationship
from .people import GIVEN_NAMES
from .repeats import allowed_words

DRAFTS = 3
DETAIL_SHARE = 0.35  # a detail longer than this share of the limit is first tried shorter


@dataclass(frozen=True)
class NativeContext:
    lang: Language
    name: Name
    greet_as: str  # the name as the greeting uses it, "" for none
    relationship: Relationship
    detail: str | None  # None for none
    kind: str  # the detail's kind (:data:`connectwisely.notes.native_detail.KINDS`)
    purpose: str
    tone: str
    limit: int
    me: str
    variant: int
    detail_flagged: bool = False  # the detail was left out: the request checker flags it
    reason: str = ""  # why the reader writes, from a sentence detail: "Wir stehen … Schritt."


def greetings(ctx: NativeContext) -> tuple[str, ...]:
    lang, name = ctx.lang, ctx.name
    if not name.full:
        return lang.greet_none[ctx.tone]
    if ctx.tone == "warm":
        return tuple(g.format(given=name.given) for g in lang.greet["warm"])
    said = gender(ctx)
    key = f"formal-{said}" if said and name.family else "formal"
    if key == "formal" and name.titles and name.family:
        key = "formal-titled"  # "Gentile Prof. Romano", never title + first name + surname
    key = key if key in lang.greet else "formal"
    titles = "".join(lang.titles_written.get(t, t) + " " for t in name.titles)
    title = titles or lang.honorifics.get(said, "") + " "
    family = name.family
    words = name.full.split()
    if lang.double_surname and len(words) == 3 and fold(words[1]) not in GIVEN_NAMES:
        family = " ".join(words[1:])  # Spanish names carry both surnames
    # a surname alone is greeted with its title: "Guten Tag Dr. Okonkwo", never "Guten Tag Okonkwo"
    full = titles + name.full if name.full == name.family else name.full
    return tuple(
        g.format(titles=titles, title=title.lstrip(), family=family, full=full)
        for g in lang.greet[key]
    )


def _plans(ctx: NativeContext) -> list[tuple[str, str]]:
    if ctx.kind == "introduced" and ctx.detail:
        return list(intro_openers(ctx.lang.intro_openers, ctx.relationship.id, ctx.tone))
    if ctx.kind == "person" and ctx.relationship.id == "met-at-event" and ctx.detail:
        return [(t, t) for t in ctx.lang.person_openers[ctx.tone]]
    return list(ctx.lang.openers[ctx.relationship.id][ctx.tone])


def gender(ctx: NativeContext) -> str:
    """The recipient's gender as the name's titles say it in this language, "" if unknown."""
    name, lang = ctx.name, ctx.lang
    implied = (lang.title_gender[t] for t in name.titles if t in lang.title_gender)
    return name.gender or next(implied, "")


def _fill(ctx: NativeContext, template: str, detail: str) -> str | None:
    """``template`` with the detail in its slots (in each slot's case, for a language with
    cases), the pronoun of address and the language's contractions; None when a slot needs a
    case the detail cannot be told in."""
    lang, you = ctx.lang, ctx.lang.you
    key = "warm" if ctx.tone == "warm" else f"formal-{gender(ctx)}".rstrip("-")
    if "{you}" in template:
        said = you.get(key, you.get("formal", ""))
        template = template.replace("{you} " if not said else "{you}", said)  # none: no pronoun
    if detail and re.search(lang.close_clause, detail):  # "…, wie ihr … migriert seid, gestoßen"
        template = re.sub(r"(\{d(?::\w+)?\}|\{at\})(?= \w)", r"\1,", template)
    talk = bool(detail) and re.search(lang.talks, detail, flags=re.IGNORECASE) is not None
    template = _EITHER.sub(lambda m: m.group(2 if talk else 1), template)
    slot = "{d:" + lang.at_case + "}" if lang.at_case else "{d}"
    at = lang.at
    if lang.at_name and _at_work(ctx) and _bare_name(lang, detail):
        at = lang.at_workplace(detail)
    unit = lang.within(detail) if lang.within and detail and _at_work(ctx) else None
    text = template.replace("{at}", unit or f"{at} {slot}")
    if lang.inflect is not None:
        typed = lang.at_case if ctx.kind == "place" else None  # read after "bei der"
        for case in set(_CASE_SLOT.findall(text)):
            written = lang.inflect(detail, case, typed=typed) if detail else ""
            if written is None:
                return None
            text = text.replace("{d:" + case + "}", written)
    text = _CASE_SLOT.sub(lambda _: detail, text)
    text = _OPENS_SENTENCE.sub(lambda _: capitalise(detail), text).replace("{d}", detail)
    return _substituted(text, lang.contractions)


_WORKPLACES = ("same-company", "former-colleague")


def _at_work(ctx: NativeContext) -> bool:
    return ctx.relationship.id in _WORKPLACES


def _bare_name(lang, detail: str) -> bool:
    """A name with no article of its own ("Ambev", "Sonae MC")."""
    return detail[:1].isupper() and not lang.articles_re.match(detail)


_CASE_SLOT = re.compile(r"\{d:(\w+)\}")
_OPENS_SENTENCE = re.compile(r"(?<=[.!?] )\{d\}")  # "¡Cuánto tiempo! {d}": "A Laura nos …"
_EITHER = re.compile(
    r"\[\[([^|\]]*)\|([^\]]*)\]\]"
)  # "[[leído|escuchado]]": a post is read, a talk heard


def _forms(ctx: NativeContext) -> list[str]:
    """The detail, then its heads before each trailing clause, longest first."""
    if not ctx.detail:
        return []
    cuts = [ctx.detail[: m.start()] for m in re.finditer(ctx.lang.clause, ctx.detail)]
    forms = [ctx.detail, *[c for c in reversed(cuts) if len(c.split()) >= 2]]
    # a long detail crowds the note: its main phrase first, the whole only if nothing else
    roomy = [f for f in forms if utf16_len(f) <= ctx.limit * DETAIL_SHARE]
    return [*(roomy or forms[:1]), *[f for f in forms if f not in roomy]]


def native_candidates(ctx: NativeContext):
    """Drafts in the variant's order, each the fullest version of its plan that fits."""
    plans = _plans(ctx)
    hellos = greetings(ctx)
    allowed = allowed_words(
        ctx.name.full, ctx.detail or "", ctx.reason, " ".join(hellos), stopwords=ctx.lang.stopwords
    )
    start = ctx.variant * DRAFTS
    for k in range(len(plans)):
        opener = plans[(start + k) % len(plans)]
        greeting = hellos[(ctx.variant + k) % len(hellos)]
        draft = _make(ctx, greeting, opener, k, allowed)
        if draft is not None:
            yield draft


def _make(ctx, greeting, opener, k, allowed):
    lang, tone = ctx.lang, ctx.tone
    sentences = lang.purposes[ctx.purpose][tone]
    if ctx.relationship.id == "reconnect":  # already connected: no sentence asks to connect
        sentences = tuple(s for s in sentences if not re.search(lang.connect, s)) or sentences
    if not ctx.relationship.familiar:  # to a stranger, in the language's own idiom
        sentences = tuple(_substituted(s, lang.to_strangers) for s in sentences)
    sentences = sentences[k % len(sentences) :] + sentences[: k % len(sentences)]
    sign = lang.sign_off[tone][0].format(me=ctx.me) if ctx.me else ""

    def tries():
        for phrase in [*_forms(ctx), None]:
            body = _fill(ctx, opener[0], phrase) if phrase else _fill(ctx, opener[1], "")
            if body is None:  # the slot's case cannot be told: the detail as typed, after it
                kept = _fill(ctx, ctx.lang.keep.get(tone, ""), phrase) if phrase else None
                if not kept:
                    continue
                body = f"{_fill(ctx, opener[1], '')} {capitalise(kept)}"
            if not greeting.endswith(","):  # a comma goes on in lower case, "!" "?" ":" do not
                body = capitalise(body)
            for why in [ctx.reason, ""] if ctx.reason and phrase else [""]:
                for purpose in sentences:
                    for signed in [sign, ""] if sign else [""]:
                        text = " ".join(p for p in (greeting, body, why, purpose, signed) if p)
                        yield text, phrase, [greeting, opener[0][:24], purpose[:24]]

    return first_clean_draft(tries(), ctx.limit, allowed, lambda p: _state(ctx, p))


def _substituted(text: str, substitutions: tuple[tuple[str, str], ...]) -> str:
    for pattern, replacement in substitutions:
        text = re.sub(pattern, replacement, text)
    return text


def _state(ctx: NativeContext, phrase: str | None) -> str:
    if not ctx.detail:
        return "none"
    if phrase is None:
        return "left out"
    return "whole" if phrase == ctx.detail else "shortened"


def native_follow_up(ctx: NativeContext) -> dict:
    """The first message after they accept: thanks and one easy question for the purpose."""
    thanks = ctx.lang.thanks_reply if ctx.relationship.id == "reconnect" else ctx.lang.thanks
    with_name, without = thanks[ctx.tone]
    name = ctx.name.given if ctx.tone == "warm" else ctx.name.formal()
    name = " ".join(ctx.lang.titles_written.get(w, w) for w in name.split(" "))
    thanks = with_name.format(name=name) if ctx.name.full else without
    asks = ctx.lang.asks[ctx.purpose][ctx.tone]
    text = f"{thanks} {asks[ctx.variant % len(asks)]}"
    return {"text": text, "length": utf16_len(text)}


__all__ = ["NativeContext", "greetings", "native_candidates", "native_follow_up"]
