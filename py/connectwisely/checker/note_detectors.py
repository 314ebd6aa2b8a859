"""The request checker's detectors for what the note and headline say: pure functions from
:class:`Facts` to evidence.

Each returns the evidence that fires its signal (the words quoted from the note or headline),
or an empty list. The records that give them an id, a weight and a message for the reader are
in :mod:`connectwisely.checker.signals`; the profile's facts are read by
:mod:`connectwisely.checker.profile_detectors`.
"""

from __future__ import annotations

import re

from ..core.text import fold, shorten, words
from .facts import Facts, age_text
from .words import note_phrases as N
from .words import phrases as P
from .words.vocab import BIG_BRANDS, GREETING_WORDS


def quote(snippets: list[str]) -> list[str]:
    return [f"“{shorten(s, 80, ellipsis='…') or s[:80]}”" for s in snippets]


def _found(patterns, text: str) -> list[str]:
    return quote(P.find(patterns, text))


def off_platform(f: Facts) -> list[str]:
    return _found(P.OFF_PLATFORM, f.asks)


def off_platform_stranger(f: Facts) -> list[str]:
    return [] if f.knows_them else off_platform(f)


def off_platform_known(f: Facts) -> list[str]:
    return off_platform(f) if f.knows_them else []


def money(f: Facts) -> list[str]:
    return _found(P.MONEY, f.asks)


def investment(f: Facts) -> list[str]:
    text = f"{f.asks}\n{f.profile}"
    promised = P.find(P.RETURNS, text)
    vehicle = P.find(P.INVESTMENT_VEHICLE, text)
    profit = P.find(P.PROFIT_PROMISE, text)
    if promised or (vehicle and profit):
        return quote((promised + vehicle + profit)[:4])
    return []


def personal_data(f: Facts) -> list[str]:
    found = []
    for pattern in P.PERSONAL_DATA:
        for match in pattern.finditer(f.asks):
            if not P.NEGATED.search(f.asks[max(0, match.start() - 40) : match.start() + 12]):
                found.append(match.group(0))
    return quote(found[:3])


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def phishing(f: Facts) -> list[str]:
    """Sign in to view something, a login near a document, code to run, a look-alike LinkedIn."""
    found = P.find(P.SIGN_IN_TO_VIEW, f.asks)
    sentences = _sentences(f.asks)
    for before, sentence in zip(["", *sentences], sentences, strict=False):
        login = P.find(P.LOGIN, sentence)
        document = P.find(P.DOCUMENT, f"{before} {sentence}")
        if login and document and not found:
            found += login[:1] + document[:1]
    return quote((found + P.find(P.REMOTE_ACCESS, f.asks))[:4])


def shortener(f: Facts) -> list[str]:
    return _found(P.SHORTENER, f.asks)


def other_link(f: Facts) -> list[str]:
    flagged = " ".join(P.find(P.SHORTENER, f.note) + P.find(P.REMOTE_ACCESS, f.note))
    links = [s for s in P.find(P.LINK, f.note) if s not in flagged]
    return quote(links[:2])


def _too_good_signs(f: Facts) -> tuple[int, list[str]]:
    """How many distinct signs of a fake job the note shows, and the words that show them."""
    if not (P.find(P.JOB, f.note, 1) or recruiter_profile(f)):
        return 0, []
    return P.count_matching(P.TOO_GOOD, f.asks), P.find(P.TOO_GOOD, f.asks)


def too_good(f: Facts) -> list[str]:
    """Two or more signs of a fake job: high pay for simple work, hired without an interview…"""
    count, words_ = _too_good_signs(f)
    return quote(words_[:3]) if count >= 2 else []


def too_good_once(f: Facts) -> list[str]:
    count, words_ = _too_good_signs(f)
    return quote(words_) if count == 1 else []


def advance_fee(f: Facts) -> list[str]:
    return _found(P.ADVANCE_FEE, f.asks)


def romance(f: Facts) -> list[str]:
    return _found(P.ROMANCE, f.asks)


def familiar(f: Facts) -> list[str]:
    return [] if romance(f) else _found(P.FAMILIAR, f.note)


_RECRUITER = re.compile(
    r"\b(?:recruit\w*|talent|hr|human resources|hiring|headhunter|sourcer|people partner|staffing)\b",
    re.I,
)


def recruiter_profile(f: Facts) -> bool:
    """Whether their headline or company says they recruit (recruiter, talent, HR, hiring…)."""
    return bool(_RECRUITER.search(f.profile))


def impersonation(f: Facts) -> list[str]:
    brands = [b for b in BIG_BRANDS if re.search(rf"(?<!\w){re.escape(b)}(?!\w)", fold(f.profile))]
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
    return bool(P.find(P.JOB, f.note)) and not P.find(N.PITCH_PRICE, f.note)


def sales_pitch(f: Facts) -> list[str]:
    parts = {
        "offer": P.find(N.PITCH_OFFER, f.note),
        "ask": P.find(N.PITCH_ASK, f.note),
        "outcome": P.find(N.PITCH_OUTCOME, f.note),
        "price": P.find(N.PITCH_PRICE, f.note),
    }
    present = {k for k, v in parts.items() if v}
    if present and P.find(N.SELLER_HEADLINE, f.profile):
        present.add("headline")
    if len(present) < 2 or (_job_context(f) and present <= {"offer", "ask", "headline"}):
        return []
    return quote(
        [s for v in parts.values() for s in v[:1]] + P.find(N.SELLER_HEADLINE, f.profile)[:1]
    )


def mlm(f: Facts) -> list[str]:
    return _found(N.MLM, f.everything)


def open_networker(f: Facts) -> list[str]:
    found = P.find(N.OPEN_NETWORKER, f.everything) + N.LION.findall(f.everything)
    if found and f.followers is not None and f.followers >= 10_000:
        found.append(f"{f.followers:,} followers")
    return quote(found[:3]) if found else []


def _leftover_words(f: Facts) -> list[str]:
    text = f.note
    for pattern in (*N.DEFAULT_NOTE, *N.MASS_MESSAGE):
        text = pattern.sub(" ", text)
    names = set(words(f.name))
    return [w for w in words(text) if w not in GREETING_WORDS and w not in names]


def default_note(f: Facts) -> list[str]:
    found = P.find(N.DEFAULT_NOTE, f.note)
    return quote(found[:2]) if found and len(_leftover_words(f)) <= 3 else []


def mass_message(f: Facts) -> list[str]:
    if shared_context(f) or about_you(f):
        return []
    return _found(N.MASS_MESSAGE, f.note)


def job_ask(f: Facts) -> list[str]:
    return _found(N.JOB_ASK, f.note)


def shared_context(f: Facts) -> list[str]:
    return _found(N.SHARED_CONTEXT, f.note)


def claimed_context(f: Facts) -> list[str]:
    return [] if f.relationship == "none" else shared_context(f)


def denied_context(f: Facts) -> list[str]:
    claimed = shared_context(f) if f.relationship == "none" else []
    return [*claimed, "you said: no shared context"] if claimed else []


def about_you(f: Facts) -> list[str]:
    return _found(N.ABOUT_YOU, f.note)


def personal_note(f: Facts) -> list[str]:
    """A note of a real sentence or two: not the stock line, no pitch, no scam warning."""
    count = len(words(f.note))
    if count < 6:
        return []
    doubts = (
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
    return [f"a note of {count} words"]
