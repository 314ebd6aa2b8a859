"""Detectors for the intents that do not rest on one language's phrasing: a claimed authority
over the reader (an executive of the reader's own company whom nobody they know is connected
to), secrecy, a job offer from a brand-new account nobody vouches for, and what a note in a
language the checker does not read still shows (pay per day or hour, written with digits and
a currency). Pure functions from :class:`Facts` to evidence, like :mod:`.note_detectors`.
"""

from __future__ import annotations

import re

from ..core.text import shorten
from .facts import Facts, age_text, recruiter_profile
from .relevance import same_company
from .words import note_phrases as N
from .words import phrases as P
from .words.languages import deaccent, in_unread_language

# An amount with a currency and a time unit, as :func:`.normalise.normalise` writes rates in
# every language it knows ("per day"), or with a slash ("€50/h"): no words needed.
_RATE = re.compile(
    r"(?:(?:r\$|[$€£₹₺]|\b(?:usd|eur|gbp|pln|try|inr)\b)\s?\d[\d.,]*\s?k?|\d[\d.,]*\s?k?\s?(?:[$€£₹₺]|zł|\b(?:usd|eur|gbp|pln|zl|tl|try|inr|euros?|dollars?|rupees?|lira)\b))"
    r"\s?(?:/\s?(?:h|hr|hour|day|d|week|wk)\b|per (?:hour|day|week))",
    re.I,
)


def unread(f: Facts) -> bool:
    """Whether the note has words (four or more) in a language the checker does not read."""
    return in_unread_language(f.note)


def unread_note(f: Facts) -> list[str]:
    if not unread(f):
        return []
    return [f"“{shorten(f.message, 60, ellipsis='…')}”: not a language the checker reads"]


def unread_pay(f: Facts) -> list[str]:
    """Pay per hour or day in a note whose words are not read: the amount says it in any language."""
    if not unread(f):
        return []
    return [f"“{m.group(0).strip()}”" for m in _RATE.finditer(f.note)][:2]


# A code and a phone number in a note whose words are not read: the "code sent to your number
# by mistake" ask, told by words most languages borrow ("kod", "kode", "koodi", "SMS").
_CODE = re.compile(r"\b(?:kod|koden|koder|koodi\w*|kode|kodu|kodo|code|codes|otp|pin)\b", re.I)
_PHONE = re.compile(
    r"\b(?:numm?er\w*|numero\w*|number\w*|nomor\w*|telefon\w*|puhelin\w*|sms|mobil\w*)", re.I
)


def unread_code(f: Facts) -> list[str]:
    """A code and a phone number named in a note whose words are not read: in any language,
    nobody needs a code that reached your phone."""
    if not unread(f):
        return []
    code, phone = _CODE.search(f.note), _PHONE.search(f.note)
    return [f"“{code.group(0)}”", f"“{phone.group(0)}”"] if code and phone else []


def service_account(f: Facts) -> list[str]:
    """The account's name is a service of LinkedIn, a bank or a tax office ("LinkedIn
    Verification Team", "Sparkasse Kundenservice"), not a person's: LinkedIn and banks never
    send invitations, and members are people."""
    service = P.find(N.SERVICE_NAME, f.name, 1)
    owner = P.find(N.SERVICE_OWNER, f"{f.name}\n{f.headline}", 1)
    if not service or not owner:
        return []
    return [f"“{f.name}”: a service of {owner[0]}, not a person's name"]


def own_company_authority(f: Facts) -> list[str]:
    """They claim an executive's seat at the reader's own company, yet share no connection
    with the reader: a real colleague, let alone a leader, is connected to someone you know."""
    if f.mutual != 0 or not f.me_company or not same_company(f.me_company, f.profile):
        return []
    title = P.find(P.AUTHORITY, f.profile, 1)
    if not title:
        return []
    evidence = [f"“{title[0]}” at “{f.me_company}”, your company", "0 mutual connections"]
    if f.age_months is not None and f.age_months < 12:
        evidence.append(f"account {age_text(f.age_months)} old")
    if f.connections is not None and f.connections < 100:
        evidence.append(f"{f.connections} connections")
    return evidence


def own_company_claim(f: Facts) -> list[str]:
    """They say they work at the reader's company (in no executive's seat), yet share no
    connection with the reader: a claim to check, not relevance."""
    if f.mutual != 0 or not f.me_company or not same_company(f.me_company, f.profile):
        return []
    if P.find(P.AUTHORITY, f.profile, 1):
        return []  # an executive's seat: :func:`own_company_authority`
    return [
        f"“{shorten(f.profile, 60, ellipsis='…')}” names “{f.me_company}”, your company",
        "0 mutual connections",
    ]


def secrecy(f: Facts) -> list[str]:
    return [f"“{s}”" for s in P.find(P.SECRECY, f.note, 2)]


def wrong_person(f: Facts) -> list[str]:
    """They say they wrote to the wrong person, then keep talking: a question to you after it
    ("nice to meet you anyway, where are you from?"), or a familiar or romantic line ("we
    could become friends"). That is how the wrong-number scam opens a
    conversation with a stranger; a real mistake ends with the apology. Not from someone the
    reader says they know."""
    if f.knows_them:
        return []
    plain = deaccent(f.note)
    for pattern in N.WRONG_PERSON:
        match = pattern.search(plain)
        rest = f.note[match.end() :] if match else ""
        if match and ("?" in rest or P.find(P.FAMILIAR, rest, 1) or P.find(P.ROMANCE, rest, 1)):
            said = f.note[match.start() : match.end()]
            if "?" not in rest:
                return [
                    f"“{said}”",
                    *[f"then “{w}”" for w in P.find(P.FAMILIAR + P.ROMANCE, rest, 1)],
                ]
            question = rest[: rest.index("?") + 1].split(".")[-1].split("!")[-1].strip(" ,;:")
            return [f"“{said}”", f"then asks “{shorten(question, 60, ellipsis='…')}”"]
    return []


def new_account_offer(f: Facts) -> list[str]:
    """A job offer (a recruiter's profile, or a job in the note) from an account under six
    months old, unverified, that nobody the reader knows is connected to."""
    young = f.age_months is not None and f.age_months < 6
    if not young or f.mutual != 0 or f.verified is True or f.knows_them:
        return []
    if not (recruiter_profile(f) or P.find(P.JOB, f.note, 1)):
        return []
    return [f"a job offer from an account {age_text(f.age_months)} old", "0 mutual connections"]


__all__ = [
    "new_account_offer",
    "own_company_authority",
    "own_company_claim",
    "secrecy",
    "service_account",
    "unread",
    "unread_code",
    "unread_note",
    "unread_pay",
    "wrong_person",
]
