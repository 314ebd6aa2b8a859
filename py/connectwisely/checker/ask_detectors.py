"""The request checker's detectors for what a note asks of the reader: a move to another
channel, money, an investment, personal data, a sign-in, a link, a job too good to be true.
Pure functions from :class:`Facts` to the quoted words that fire each signal (see
:mod:`connectwisely.checker.signals`); the rest of what a note says is read by
:mod:`connectwisely.checker.note_detectors`.
"""

from __future__ import annotations

import re

from .evidence import found as _found
from .evidence import once, quote
from .facts import Facts, recruiter_profile
from .intent_detectors import unread
from .links import look_alikes
from .offer_detectors import concrete_role
from .words import phrases as P
from .words.languages import deaccent, table


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
