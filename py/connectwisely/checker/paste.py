"""Reading what a reader copies from LinkedIn: an invitation, a profile's top card, or both.

A paste has no fixed shape. Lines come in any order, some are missing, and LinkedIn's own
buttons ("Accept", "Ignore", "…see more") come along. So each line is classified on its own:
a count ("500+ connections", "Ana Lee and 12 other mutual connections"), a degree ("· 2nd"),
a join date, a button (dropped), a sentence of the note, or a short header line; the header
lines are then read as name, headline and location. :func:`read_pasted` returns what it
could read and says which fields those were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.dates import month_number
from ..core.linkedin import CONNECTION_CAP
from ..core.text import clean, fold, squash
from .interface import BUTTONS, interface_fact
from .interface import DEGREE as OTHER_DEGREE
from .interface import NUMBER as _NUMBER
from .interface import count as _number
from .words.vocab import INTERFACE_WORDS, PLACE_WORDS, PLACES, ROLE_WORDS

MAX_PASTE = 50_000  # characters read from a paste; a profile page is a few thousand
MAX_LINES = 1_000


_DEGREE = re.compile(r"(?:^|[\s·•|,-])(1st|2nd|3rd)\+?(?:[\s-]degree(?:\s+connection)?)?\s*$", re.I)
_CONNECTIONS = re.compile(rf"^(?:connections?\s*[:·]?\s*)?{_NUMBER}\s+connections?$", re.I)
_FOLLOWERS = re.compile(rf"^{_NUMBER}\s+followers?$", re.I)
_MUTUAL_COUNT = re.compile(rf"^{_NUMBER}\s+(?:shared|mutual)\s+connections?$", re.I)
_MUTUAL_OTHERS = re.compile(
    r"^(.+?)\s+and\s+(\d[\d,]*)\s+others?\s+(?:shared|mutual)\s+connections?$", re.I
)
_MUTUAL_NAMED = re.compile(r"^(.+?)\s+(?:is\s+a|are)\s+(?:shared|mutual)\s+connections?$", re.I)
_NO_MUTUAL = re.compile(r"^no\s+(?:shared|mutual)\s+connections?$", re.I)
_JOINED = re.compile(
    r"^(?:joined|member since|account created)\s*(?:in|on|:)?\s*([a-z]{3,9})?\.?\s*(\d{4})$", re.I
)
_PREFIX = re.compile(r"^(?:message|note|invitation message|their note|personal note)\s*:\s*", re.I)
_BULLET = re.compile(r"^[\s•·*>\-–—]+")
_PRONOUNS = re.compile(r"\s*\((?:he|she|they|ze|xe)/[^)]{1,20}\)", re.I)

_NOISE_RE = re.compile(
    r"^(?:\d+\s?(?:s|m|h|d|w|mo|yr|mins?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?"
    r"|sent\s.{0,40}|status is \w+|\(?(?:he|she|they)/\w+(?:/\w+)?\)?|.{0,40}premium member"
    r"|(?:see|show) all\b.*|accept\s+ignore|ignore\s+accept"
    r"|(?:…|\.\.\.)\s?see more|see more|(?:\d+ )?(?:new )?invitations?(?: \(\d+\))?)$",
    re.I,
)
_NAME_HINTS = (
    re.compile(r"^reply to (.{2,60})$", re.I),
    re.compile(
        r"^(.{2,60}?) (?:sent you an invitation|wants to connect|is inviting you to connect|invited you to connect)\b.*$",
        re.I,
    ),
    re.compile(r"^invitation from (.{2,60})$", re.I),
    re.compile(r"^view (.{2,60}?)['’]s? (?:full )?profile$", re.I),
    re.compile(r"^(.{2,60}?)['’]s? profile (?:picture|photo)$", re.I),
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening|day)|thanks|thank you|congrat\w*)\b",
    re.I,
)
_PRONOUN = re.compile(r"\b(?:i|i'm|i've|i'd|you|your|you're|we|we're|my|me|our|us)\b", re.I)


# A way to reach someone outside LinkedIn: an address, a link, a phone number, a messenger.
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.\w|\bhttps?://|\bwww\.|\b[\w-]+\.(?:com|net|org|io|co|info|biz|xyz|de|fr|es|it|pt|br|uk|me|ly|app|site|online|careers|jobs)\b"
    r"|\d[\d\s().-]{6,}\d|\b(?:whats\s?app|telegram|signal|wechat|viber|skype)\b",
    re.I,
)


@dataclass(frozen=True)
class Pasted:
    """What a paste yielded: API values (plus ``degree``: 1, 2 or 3), the keys read, in order,
    and every non-blank line with what it was read as (a field's name, ``message``, a count's
    field, or ``interface`` for LinkedIn's own buttons and labels), so nothing is dropped unseen."""

    values: dict
    read: tuple[str, ...]
    lines: tuple[tuple[str, str], ...] = ()


def _facts(part: str, found: dict) -> bool:
    """Record the count, degree, date or badge ``part`` states; True when it was one."""
    folded = fold(part)
    if m := _CONNECTIONS.match(part):
        found.setdefault("connections", min(_number(m.group(1)), CONNECTION_CAP))
    elif m := _FOLLOWERS.match(part):
        found.setdefault("followers", _number(m.group(1)))
    elif m := _MUTUAL_COUNT.match(part):
        found.setdefault("mutual_connections", _number(m.group(1)))
    elif m := _MUTUAL_OTHERS.match(part):
        named = len([n for n in re.split(r",|\band\b", m.group(1)) if n.strip()])
        found.setdefault("mutual_connections", named + _number(m.group(2)))
    elif m := _MUTUAL_NAMED.match(part):
        found.setdefault(
            "mutual_connections", len([n for n in re.split(r",|\band\b", m.group(1)) if n.strip()])
        )
    elif _NO_MUTUAL.match(part):
        found.setdefault("mutual_connections", 0)
    elif m := _JOINED.match(part):
        month = month_number(fold(m.group(1) or "")) or 1
        found.setdefault("joined", f"{m.group(2)}-{month:02d}")
    elif (
        re.fullmatch(
            r"(?:no|not|unverified|no verifications?)(?: verified| verification| badge)?", folded
        )
        and "verif" in folded
    ):
        found.setdefault("verified", False)
    elif (
        len(folded.split()) <= 5
        and re.search(r"\bverifi(?:ed|cation)\b", folded)
        and not re.search(r"\b(?:no|not|get|how)\b", folded)
    ):
        found.setdefault("verified", True)
    elif re.fullmatch(r"no (?:profile )?(?:photo|picture)", folded):
        found.setdefault("has_photo", False)
    elif other := interface_fact(part):
        found.setdefault(*other)
    elif m := _DEGREE.search(part):
        if part[: m.start()].strip(" ·•|,-"):
            return False
        found.setdefault("degree", int(m.group(1)[0]))
    else:
        return False
    return True


def _is_noise(line: str, hints: list[str]) -> bool:
    for pattern in _NAME_HINTS:
        if m := pattern.match(line):
            hints.append(m.group(1).strip())
            return True
    return fold(line) in INTERFACE_WORDS or fold(line) in BUTTONS or bool(_NOISE_RE.match(line))


def _note_like(line: str) -> bool:
    count = len(line.split())
    if _GREETING.match(line) and not re.search(r"[|@]", line):
        return True
    if count >= 4 and re.search(r"[.!?…]$", line):
        return True
    if count >= 4 and _PRONOUN.search(line) and not re.search(r"[|@·]", line):
        return True
    return count >= 16


def _continues_note(line: str) -> bool:
    return bool(re.search(r"[.!?,;:…)]$", line)) or len(line.split()) >= 6 or line[:1].islower()


def _role_words(line: str) -> bool:
    return bool(set(re.findall(r"[\w@|-]+|[@|]", fold(line))) & ROLE_WORDS)


def _name_like(line: str) -> bool:
    tokens = line.split()
    return (
        1 <= len(tokens) <= 5
        and len(line) <= 60
        and not re.search(r"[\d@|/:!?·•]", line)
        and not _role_words(line)
        and fold(line) not in PLACES
    )


def _location_like(line: str) -> bool:
    folded = fold(line)
    if re.search(r"[\d@|!?]", line) or _role_words(line.replace("Greater", "")):
        return False
    parts = [p.strip() for p in folded.split(",")]
    if folded in PLACES or any(p in PLACES for p in parts):
        return True
    return bool(set(folded.split()) & PLACE_WORDS) or (len(parts) >= 2 and all(parts))


def _split_parts(line: str, found: dict) -> str:
    """Record the facts in a ``·``-separated line and return what is left (a location, say)."""
    parts = [p.strip() for p in re.split(r"\s[·•]\s", line)]
    if len(parts) == 1:
        return line
    kept = []
    for part in parts:
        if fold(part) in ("contact info", "contact information"):
            continue
        if not _facts(part, found):
            kept.append(part)
    return " · ".join(kept)


def _assign_header(lines: list[str], hints: list[str], found: dict) -> None:
    rest = list(lines)
    name = next((h for h in hints if _name_like(h)), None)
    if name is None:
        name = next((line for line in rest if _name_like(line)), None)
    if name is not None:
        found["name"] = name
        rest = [line for line in rest if line != name]
    location = next((line for line in rest if _location_like(line)), None)
    if location is not None:
        rest.remove(location)
    company = next((line for line in rest if " · " in line and not _role_words(line)), None)
    if company is not None:
        found["company"] = company.split(" · ")[0]
        rest.remove(company)
    if rest:
        headline = next((line for line in rest if _role_words(line)), rest[0])
        found["headline"] = headline
        rest.remove(headline)
    if location is None:
        location = next(
            (line for line in rest if len(line.split()) <= 5 and _name_like(line)), None
        )
    if location is not None:
        found["location"] = location


ORDER = (
    "name",
    "headline",
    "location",
    "company",
    "message",
    "mutual_connections",
    "degree",
    "connections",
    "followers",
    "verified",
    "has_photo",
    "joined",
)


def _header_fields(found: dict) -> dict[str, str]:
    """Each header line that became a field, and the field."""
    return {found[k]: k for k in ("name", "headline", "location") if k in found}


def read_pasted(text: str) -> Pasted:
    """The fields a pasted invitation or profile states, which ones were read, and what each
    line was read as. Header lines left over once name, headline, location and company are
    found join the note when they read like one (a contact line, a sentence); the others are
    listed as ``unread``."""
    found: dict = {}
    hints: list[str] = []
    header: list[str] = []
    note: list[str] = []
    record: list[list[str]] = []  # [line as pasted, what it was read as]
    in_note = False
    lines = clean(text[:MAX_PASTE]).splitlines()[:MAX_LINES]
    for index, raw in enumerate(lines):
        line = squash(_PRONOUNS.sub("", _BULLET.sub("", raw))).strip(" \"'")
        if not line:
            in_note = False
            continue
        shown = squash(raw)
        if fold(line) in ("joined", "member since") and index + 1 < len(lines):
            line = f"{line} {squash(lines[index + 1])}"
            shown = line
            lines[index + 1] = ""
        forced = _PREFIX.match(line)
        if forced:
            line = line[forced.end() :]
        before = set(found)
        if not forced and (_is_noise(line, hints) or _facts(line, found)):
            record.append(
                [shown, ", ".join(k for k in ORDER if k in set(found) - before) or "interface"]
            )
            in_note = False
            continue
        if not forced:
            line = _split_parts(line, found)
            if not line:
                record.append(
                    [shown, ", ".join(k for k in ORDER if k in set(found) - before) or "interface"]
                )
                continue
            if m := _DEGREE.search(line) or OTHER_DEGREE.search(line):  # "Priya Nair · 2nd"
                found.setdefault("degree", int(m.group(1)[0]))
                line = line[: m.start()].strip(" ·•|,-")
        contact = bool(_CONTACT.search(line)) and (bool(note) or len(line.split()) >= 2)
        if forced or contact or (in_note and _continues_note(line)) or _note_like(line):
            note.append(line)
            record.append([shown, "message"])
            in_note = True
        else:
            header.append(line)
            record.append([shown, "header:" + line])
    _assign_header([h for h in header if h], hints, found)
    fields = _header_fields(found)
    company = found.get("company")
    for entry in record:
        if not entry[1].startswith("header:"):
            continue
        line = entry[1][len("header:") :]
        if line in fields:
            entry[1] = fields[line]
        elif company and line.split(" · ")[0] == company:
            entry[1] = "company"
        elif _CONTACT.search(line) or len(line.split()) >= 4:
            note.append(line)
            entry[1] = "message"
        else:
            entry[1] = "unread"
    if note:
        found["message"] = "\n".join(note)
    read = tuple(key for key in ORDER if key in found)
    return Pasted({key: found[key] for key in read}, read, tuple((a, b) for a, b in record))


__all__ = ["Pasted", "read_pasted"]
