"""The request checker's detectors for what the note and headline say: pure functions from
:class:`Facts` to evidence.

Each returns the evidence that fires its signal (the words quoted from the note or headline),
or an empty list. The records that give them an id, a weight and a message for the reader are
in :mod:`connectwisely.checker.signals`; the profile's facts are read by
:mod:`connectwisely.checker.profile_detectors`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..core.text import fold, shorten, words
from .facts import Facts, age_text, recruiter_profile
from .intent_detectors import unread, wrong_person
from .links import look_alikes
from .offer_detectors import concrete_role, role_named, specifics
from .pitch_model import pitch_words
from .relevance import same_company
from .words import note_phrases as N
from .words import phrases as P
from .words.languages import deaccent, table
from .words.vocab import BIG_BRANDS, GREETING_WORDS


def quote(snippets: list[str]) -> list[str]:
    return [f"“{shorten(s, 80, ellipsis='…') or s[:80]}”" for s in snippets]


def _found(patterns, text: str) -> list[str]:
    return quote(P.find(patterns, text))


def once(detect: Callable[[Facts], list[str]]) -> Callable[[Facts], list[str]]:
    """``detect``, run once per :class:`Facts`: several signals and rules ask the same question."""
    key = f"_once_{detect.__name__}"

    def cached(f: Facts) -> list[str]:
        found = f.__dict__.get(key)
        if found is None:
            found = f.__dict__[key] = detect(f)
        return found

    cached.__name__ = detect.__name__
    cached.__doc__ = detect.__doc__
    return cached


@once
def off_platform(f: Facts) -> list[str]:
    return _found(P.OFF_PLATFORM, f.asks)


def stands_up(f: Facts) -> bool:
    """A profile that stands up: mutual connections, an account at least six months old, a
    network of 30 or more and a photo (a fact not given does not count against it)."""
    return bool(
        f.mutual
        and not (f.age_months is not None and f.age_months < 6)
        and not (f.connections is not None and f.connections < 30)
        and f.has_photo is not False
    )


def off_platform_stranger(f: Facts) -> list[str]:
    return [] if f.knows_them or stands_up(f) else off_platform(f)


def off_platform_vouched(f: Facts) -> list[str]:
    return off_platform(f) if not f.knows_them and stands_up(f) else []


def off_platform_known(f: Facts) -> list[str]:
    return off_platform(f) if f.knows_them else []


_WAIVED = re.compile("|".join(table("waived")), re.I)  # "the fee is waived", in any language


@once
def money(f: Facts) -> list[str]:
    """An ask for money: a fee, a transfer, gift cards… A fee that is waived or covered ("the
    registration fee is waived for speakers") is no ask."""
    found = []
    for sentence in _sentences(f.asks):
        if not _WAIVED.search(deaccent(sentence)):
            found += P.find(P.MONEY, sentence)
    return quote(found[:4])


_STAKE = re.compile(
    r"%|\b(?:zero|no|without) risk\b|\brisk-free\b|[$€£]\s?\d|\d\s?(?:€|euros?|dollars?|reais)|\b(?:invest\w*|deposit\w*|portfolio|account|fund|capital|inversi\w*|investi\w*|anlage\w*|placement|conta|cuenta|konto|compte|conto)\b",
    re.I,
)


_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?(?:[-–]\s?\d+(?:[.,]\d+)?\s?)?%")


@once
def investment(f: Facts) -> list[str]:
    """A promise of returns made to the reader: a rate per period, or guaranteed or risk-free
    returns with a stake (an amount, an account, an investment) or a vehicle (crypto, forex…)
    in the note; or a vehicle with a promise of profit. Only the note counts: an industry word
    in a headline ("crypto", "forex", "investment") is nobody's promise."""
    vehicle = P.find(P.INVESTMENT_VEHICLE, f.asks)
    promised = []
    for sentence in _sentences(f.asks):
        found = P.find(P.RETURNS, sentence)
        if found and (vehicle or _STAKE.search(deaccent(sentence))):
            promised += found
    profit = P.find(P.PROFIT_PROMISE, f.asks) if vehicle else []
    if vehicle and not promised and unread(f):  # a percentage beside crypto says it in any language
        promised = [m.group(0) for m in _PERCENT.finditer(f.asks)][:1]
    if promised or profit:
        return quote((promised + vehicle + profit)[:4])
    return []


@once
def personal_data(f: Facts) -> list[str]:
    found = []
    for pattern in P.PERSONAL_DATA:
        for match in pattern.finditer(deaccent(f.asks)):
            if not P.NEGATED.search(f.asks[max(0, match.start() - 40) : match.start() + 12]):
                found.append(f.asks[match.start() : match.end()])
    return quote(found[:3])


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


@once
def phishing(f: Facts) -> list[str]:
    """Sign in to view something, a login near a document, code to run, a look-alike LinkedIn."""
    found = P.find(P.SIGN_IN_TO_VIEW, f.asks)
    found += [f"{host} (not {brand}'s)" for host, brand in look_alikes(f.asks)]
    sentences = _sentences(f.asks)
    for before, sentence in zip(["", *sentences], sentences, strict=False):
        login = P.find(P.LOGIN, sentence)
        document = P.find(P.DOCUMENT, f"{before} {sentence}")
        if login and document and not found:
            found += login[:1] + document[:1]
    return quote((found + P.find(P.REMOTE_ACCESS, f.asks))[:4])


@once
def shortener(f: Facts) -> list[str]:
    return _found(P.SHORTENER, f.asks)


def other_link(f: Facts) -> list[str]:
    flagged = " ".join(P.find(P.SHORTENER, f.note) + P.find(P.REMOTE_ACCESS, f.note))
    links = [s for s in P.find(P.LINK, f.note) if s not in flagged]
    return quote(links[:2])


@once
def _too_good_signs(f: Facts) -> tuple[int, list[str]]:
    """How many distinct signs of a fake job the note shows, and the words that show them.
    Pay for the time, part time, from home or "no CV at first" are no sign in an offer that
    names a concrete role (:func:`.offer_detectors.concrete_role`)."""
    if not (P.find(P.JOB, f.note, 1) or recruiter_profile(f)):
        return 0, []
    signs = P.TOO_GOOD_STRONG if concrete_role(f) else P.TOO_GOOD_STRONG + P.TOO_GOOD_WEAK
    return P.count_matching(signs, f.asks), P.find(signs, f.asks)


def too_good(f: Facts) -> list[str]:
    """Two or more signs of a fake job: high pay for simple work, hired without an interview…"""
    count, words_ = _too_good_signs(f)
    return quote(words_[:3]) if count >= 2 else []


def too_good_once(f: Facts) -> list[str]:
    count, words_ = _too_good_signs(f)
    return quote(words_) if count == 1 else []


@once
def advance_fee(f: Facts) -> list[str]:
    return _found(P.ADVANCE_FEE, f.asks)


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
    r"(?<!\w)(?:"
    + "|".join(re.escape(b) for b in sorted(BIG_BRANDS, key=len, reverse=True))
    + r")(?!\w)"
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
        off_platform,
        money,
        investment,
        personal_data,
        phishing,
        shortener,
        too_good,
        too_good_once,
        romance,
        familiar,
        advance_fee,
    )
    if any(detect(f) for detect in doubts):
        return []
    return found
