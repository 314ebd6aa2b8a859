"""The request checker's detectors for what the note and headline say: pure functions from
:class:`Facts` to evidence.

What a note asks of the reader (money, data, a sign-in, another channel) is read by
:mod:`connectwisely.checker.ask_detectors`. Each returns the evidence that fires its signal (the words quoted from the note or headline),
or an empty list. The records that give them an id, a weight and a message for the reader are
in :mod:`connectwisely.checker.signals`; the profile's facts are read by
:mod:`connectwisely.checker.profile_detectors`.
"""

from __future__ import annotations

import re

from ..core.text import fold, longest_first, shorten, words
from . import ask_detectors as asks
from .evidence import found as _found
from .evidence import once, quote
from .facts import Facts, age_text, recruiter_profile
from .intent_detectors import wrong_person
from .offer_detectors import role_named, specifics
from .pitch_model import pitch_words
from .relevance import same_company
from .words import note_phrases as N
from .words import phrases as P
from .words.languages import deaccent
from .words.vocab import BIG_BRANDS, GREETING_WORDS


@once
def romance(f: Facts) -> list[str]:
    """Romance needs romance: a pet name, a search for love, or two different cues (a smile,
    a widower, an oil rig…), never one word."""
    cues = P.count_matching(P.ROMANCE, f.asks)
    if P.find(P.ROMANCE_STRONG, f.asks, 1) or (
        cues and cues + P.count_matching(P.FAMILIAR, f.asks) >= 2
    ):
        return quote(P.find(P.ROMANCE, f.asks) + P.find(P.FAMILIAR, f.asks))[:4]
    return []


def familiar(f: Facts) -> list[str]:
    return [] if romance(f) else _found(P.FAMILIAR, f.note)


_BRANDS = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(b) for b in longest_first(BIG_BRANDS)) + r")(?!\w)"
)


def impersonation(f: Facts) -> list[str]:
    brands = _BRANDS.findall(fold(f.profile))
    if not brands or f.verified is True or not (recruiter_profile(f) or P.find(P.JOB, f.note)):
        return []
    small = f.connections is not None and f.connections < 100
    young = f.age_months is not None and f.age_months < 12
    if not (small or young):
        return []
    evidence = [f"“{shorten(f.profile, 60, ellipsis='…')}”"]
    if small:
        evidence.append(f"{f.connections} connections")
    if young:
        evidence.append(f"account {age_text(f.age_months)} old")
    evidence.append("no verification badge" if f.verified is False else "no verification given")
    return evidence


def urgency(f: Facts) -> list[str]:
    return _found(P.URGENCY, f.note)


def _job_context(f: Facts) -> bool:
    """A note about a job offered to the reader (from a recruiter's profile, or naming a role),
    not about services, solutions or people for sale ("recruiting solutions", "vetted
    engineers"): "get back 10 hours without hiring" is no job."""
    return bool(
        P.find(P.JOB, f.note)
        and (recruiter_profile(f) or role_named(f))
        and not (P.find(N.PITCH_PRICE, f.note, 1) or P.find(N.SOLD, f.note, 1))
    )


def _names_your_company(f: Facts) -> list[str]:
    """The reader's company named in the note by someone who does not work there: a prospect's
    name, in any language ("we help companies like Acme…"), whole or by its first, distinctive
    word, capitalized ("Fernhill is hiring" for Fernhill Logistics)."""
    mine = f.me_company
    if not mine or same_company(mine, f.profile):
        return []
    first = mine.split()[0].strip(".,") if mine.split() else ""
    if same_company(mine, f.note) or (
        len(first) >= 4 and first[0].isupper() and re.search(rf"\b{re.escape(first)}\b", f.note)
    ):
        return [mine]
    return []


@once
def sales_pitch(f: Facts) -> list[str]:
    """A pitch: two or more of its parts (an offer, a call to book, a promised outcome, a
    price, a rate per hour or month, a seller's headline, the reader's company named as a
    prospect, the pitch model's reading (:mod:`.pitch_model`), quoted with the words it weighed)."""
    parts = {
        "offer": P.find(N.PITCH_OFFER, f.note),
        "ask": P.find(N.PITCH_ASK, f.note),
        "outcome": P.find(N.PITCH_OUTCOME, f.note),
        "price": P.find(N.PITCH_PRICE, f.note),
        "rate": P.find(N.PITCH_RATE, f.note),
        "prospect": _names_your_company(f),
        "model": pitch_words(f.note),
    }
    present = {k for k, v in parts.items() if v}
    if present and P.find(N.SELLER_HEADLINE, f.profile):
        present.add("headline")
    # about a job, what a recruiter also writes (an offer, a call, a rate) is no pitch, unless
    # a seller's offer comes with a rate
    said = present - {"ask", "headline", "prospect", "model"}
    job = said <= {"offer"} or said <= {"rate"}
    # the model's confident reading beside the tables' parts outweighs the job's words
    if len(present) < 2 or (_job_context(f) and job and "model" not in present):
        return []
    evidence = [s for k, v in parts.items() if k != "model" for s in v[:1]]
    evidence = quote(evidence + P.find(N.SELLER_HEADLINE, f.profile)[:1])
    if parts["model"]:
        evidence.append(
            f"reads as a pitch to the pitch model, which weighed {', '.join(quote(parts['model']))}"
        )
    return evidence


@once
def mlm(f: Facts) -> list[str]:
    return _found(N.MLM, f.everything)


@once
def open_networker(f: Facts) -> list[str]:
    found = P.find(N.OPEN_NETWORKER, f.everything) + N.LION.findall(f.everything)
    if found and f.followers is not None and f.followers >= 10_000:
        found.append(f"{f.followers:,} followers")
    return quote(found[:3]) if found else []


def _leftover_words(f: Facts) -> list[str]:
    text = deaccent(f.note)
    for pattern in (*N.DEFAULT_NOTE, *N.MASS_MESSAGE):
        text = pattern.sub(" ", text)
    names = set(words(f.name))
    return [w for w in words(text) if w not in GREETING_WORDS and w not in names]


@once
def default_note(f: Facts) -> list[str]:
    found = P.find(N.DEFAULT_NOTE, f.note)
    return quote(found[:2]) if found and len(_leftover_words(f)) <= 3 else []


@once
def mass_message(f: Facts) -> list[str]:
    if shared_context(f) or about_you(f):
        return []
    return _found(N.MASS_MESSAGE, f.note)


def job_ask(f: Facts) -> list[str]:
    return _found(N.JOB_ASK, f.note)


@once
def shared_context(f: Facts) -> list[str]:
    """A shared past the note names: words for one in any language read, or a piece of a
    project's work named by its number, hash or version (a pull request, an issue, a commit,
    a release): the note of a maintainer or colleague of the reader's project. A note that says
    it reached the wrong person names no shared past ("but nice to meet you anyway")."""
    if wrong_person(f):
        return []
    return _found(N.SHARED_CONTEXT, f.note) or _found(N.CODE_WORK, f.note)


def claimed_context(f: Facts) -> list[str]:
    return [] if f.relationship == "none" else shared_context(f)


def denied_context(f: Facts) -> list[str]:
    claimed = shared_context(f) if f.relationship == "none" else []
    return [*claimed, "you said: no shared context"] if claimed else []


@once
def about_you(f: Facts) -> list[str]:
    return _found(N.ABOUT_YOU, f.note)


def asks_about_your_work(f: Facts) -> list[str]:
    """They name a piece of your work (your talk on…, your post about…) and ask you a question:
    a reader of your work, as a student asking for advice is. A note that only offers ("happy
    to show you how we do it") asks nothing."""
    found = about_you(f)
    if not found or "?" not in f.note[f.note.find(found[0].strip("“”")[:20]) :]:
        return []
    question = f.note[: f.note.rindex("?") + 1].split(".")[-1].split("!")[-1].strip()
    return [found[0], f"then asks “{shorten(question, 60, ellipsis='…')}”"]


def personal_note(f: Facts) -> list[str]:
    """A note that earns "personal": it names specifics (a shared past, your work, a named
    event, place or person; :func:`.offer_detectors.specifics`), and carries no stock line,
    mass-message phrase, pitch or scam warning. A note that would fit anyone is never better
    than no note."""
    found = specifics(f)
    if not found:
        return []
    doubts = (
        mass_message,
        default_note,
        sales_pitch,
        mlm,
        open_networker,
        asks.off_platform,
        asks.money,
        asks.investment,
        asks.personal_data,
        asks.phishing,
        asks.shortener,
        asks.too_good,
        asks.too_good_once,
        romance,
        familiar,
        asks.advance_fee,
    )
    if any(detect(f) for detect in doubts):
        return []
    return found
