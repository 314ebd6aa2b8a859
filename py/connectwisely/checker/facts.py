"""What the request checker knows about one invitation, in one place the rules read from.

:func:`gather` merges the typed fields with what a paste yielded (typed fields win), works out
the account's age against ``today``, and keeps "unknown" apart from "no": ``None`` means the
reader didn't say, and no rule fires on what nobody said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ..errors import InputError
from .normalise import normalise
from .paste import read_pasted
from .words.languages import deaccent, table
from .words.phrases import unmask, without_scam_talk

MAX_NOTE = 5_000  # characters of a note the rules read: LinkedIn allows 300, InMail 1,900
MAX_PROFILE = 1_000  # characters of headline and company the rules read (a headline is 220)

# Relationships that are real shared context (DESIGN's values; "follows-my-work" and "none" are not).
KNOWN = {
    "met-in-person": "met in person",
    "worked-together": "worked together",
    "studied-together": "studied together",
    "introduced": "were introduced",
}
LINKEDIN_OPENED = (2003, 5)


@dataclass(frozen=True)
class Facts:
    """One invitation as the rules see it; ``None`` is "not said", never "no"."""

    name: str = ""
    headline: str = ""
    message: str = ""
    company: str = ""
    location: str = ""
    mutual_connections: int | None = None
    connections: int | None = None
    followers: int | None = None
    positions: int | None = None
    has_photo: bool | None = None
    verified: bool | None = None
    joined: str | None = None
    age_months: int | None = None
    relationship: str | None = None
    degree: int | None = None  # 1, 2 or 3, from a paste
    me_industry: str = ""
    me_interests: tuple[str, ...] = ()
    me_company: str = ""
    fields_read: tuple[str, ...] = ()
    paste_lines: tuple[tuple[str, str], ...] = ()  # each pasted line and what it was read as
    today: str = ""

    @cached_property
    def note(self) -> str:
        """The invitation note, unmasked and normalised for matching (see :func:`.phrases.unmask`
        and :func:`.normalise.normalise`)."""
        return normalise(unmask(self.message[:MAX_NOTE]))

    @cached_property
    def asks(self) -> str:
        """The note without sentences that only talk about scams: what the scam rules read."""
        return without_scam_talk(self.note)

    @cached_property
    def profile(self) -> str:
        """Headline and company, unmasked: what the sender says about themselves."""
        return unmask(" | ".join(p for p in (self.headline, self.company) if p)[:MAX_PROFILE])

    @cached_property
    def everything(self) -> str:
        return f"{self.note}\n{self.profile}"

    @cached_property
    def employer(self) -> str:
        """Their company as given, else the one their headline names ("… at X", "… @ X")."""
        if self.company:
            return self.company
        match = re.search(r"(?:\bat\b|@)\s*([^|,·•()]{2,60})", self.headline)
        return match.group(1).strip() if match else ""

    @property
    def mutual(self) -> int | None:
        """Mutual connections: the count if known; 0 for a 3rd-degree member; None if unknown."""
        if self.mutual_connections is not None:
            return self.mutual_connections
        return 0 if self.degree == 3 else None

    @property
    def knows_them(self) -> bool:
        return self.relationship in KNOWN

    @property
    def has_profile_facts(self) -> bool:
        return any(
            v is not None
            for v in (
                self.mutual,
                self.connections,
                self.positions,
                self.has_photo,
                self.verified,
                self.age_months,
            )
        )


_RECRUITER = re.compile(
    r"\b(?:recruit\w*|talent|hr|human resources|hiring|headhunter|sourcer|people partner|staffing)\b|"
    + "|".join(table("recruiter")),
    re.I,
)


def recruiter_profile(f: Facts) -> bool:
    """Whether their headline or company says they recruit (recruiter, talent, HR, hiring…),
    in any language the checker reads."""
    return bool(_RECRUITER.search(deaccent(f.profile)))


def age_text(months: int) -> str:
    """An account's age for a reader: "5 months", "1 month", "3 years"."""
    if months < 24:
        return f"{months} month{'s' if months != 1 else ''}"
    return f"{months // 12} years"


def account_age(joined: str | None, today: date) -> int | None:
    """Whole months from ``joined`` ("YYYY-MM") to ``today``; InputError if impossible."""
    if not joined:
        return None
    year, month = int(joined[:4]), int(joined[5:7])
    if (year, month) < LINKEDIN_OPENED:
        raise InputError(
            "Joined must be May 2003 or later: LinkedIn opened then. Check the year.", "joined"
        )
    months = (today.year - year) * 12 + today.month - month
    if months < 0:
        raise InputError("Joined is after today's date. Check the year and month.", "joined")
    return months


def gather(request: dict, me: dict, today: date) -> Facts:
    """Facts from checked ``request`` and ``me`` values; a paste fills only what is missing."""
    values = dict(request)
    read: list[str] = []
    lines: tuple[tuple[str, str], ...] = ()
    if request.get("text"):
        pasted = read_pasted(request["text"])
        lines = pasted.lines
        for key in pasted.read:
            if values.get(key) in (None, ""):
                values[key] = pasted.values[key]
                read.append(key)
        if "joined" in read:  # a paste is read tolerantly: an impossible date is dropped
            try:
                account_age(values["joined"], today)
            except InputError:
                values["joined"] = None
                read.remove("joined")
    return Facts(
        name=values.get("name") or "",
        headline=values.get("headline") or "",
        message=values.get("message") or "",
        company=values.get("company") or "",
        location=values.get("location") or "",
        mutual_connections=values.get("mutual_connections"),
        connections=values.get("connections"),
        followers=values.get("followers"),
        positions=values.get("positions"),
        has_photo=values.get("has_photo"),
        verified=values.get("verified"),
        joined=values.get("joined"),
        age_months=account_age(values.get("joined"), today),
        relationship=values.get("relationship"),
        degree=values.get("degree"),
        me_industry=me.get("industry") or "",
        me_interests=tuple(i[:200] for i in me.get("interests") or ()),
        me_company=me.get("company") or "",
        fields_read=tuple(read),
        paste_lines=lines,
        today=today.isoformat(),
    )


__all__ = ["KNOWN", "Facts", "account_age", "age_text", "gather", "recruiter_profile"]
