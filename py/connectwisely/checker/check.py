"""The connection-request checker: accept, reply first, ignore or report, with every reason.

No model and no "fake probability": published detectors wave through up to half of the fake
profiles written by language models. Instead, signals drawn from LinkedIn's, the FTC's and the
FBI's warnings, each with its evidence and a link to the guide, and a verdict rule short enough
to read (:func:`decide`, mirrored in the guide's "How the request checker decides").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..core.dates import parse_today
from ..core.linkedin import CONNECTION_CAP
from ..core.schema import Field, check_all
from ..errors import InputError
from .advice import next_steps, suggested_reply
from .facts import gather
from .gibberish import is_gibberish
from .signals import BY_ID, SIGNALS, Signal, detect_all
from .verdicts import VERDICTS
from .words.languages import detect_language

if TYPE_CHECKING:
    from ..core.team import Team

UNREAD_ID = "RQ050"  # the note is in a language the checker does not read

RELATIONSHIPS = (
    ("none", "We don't know each other"),
    ("met-in-person", "We met in person"),
    ("worked-together", "We worked together"),
    ("studied-together", "We studied together"),
    ("same-group", "We're in the same group"),
    ("introduced", "Someone introduced us"),
    ("follows-my-work", "They follow my work"),
)
_COUNT = CONNECTION_CAP

REQUEST_FIELDS = (
    Field("name", "Their name", max_length=500, placeholder="Sam Lee"),
    Field(
        "headline",
        "Their headline",
        max_length=2_000,
        help="The line under their name, such as “Recruiter at Spotify”.",
        placeholder="Recruiter at Spotify",
    ),
    Field(
        "message",
        "Their note",
        kind="textarea",
        rows=3,
        help="The note that came with the invitation, if there was one.",
    ),
    Field("company", "Their company", max_length=500),
    Field("location", "Their location", max_length=500),
    Field(
        "mutual_connections",
        "Mutual connections",
        kind="int",
        maximum=_COUNT,
        help="The number LinkedIn shows under their name; 0 if none.",
    ),
    Field(
        "connections", "Their connections", kind="int", maximum=_COUNT, help="Write 500 for “500+”."
    ),
    Field("followers", "Their followers", kind="int", maximum=1_000_000_000),
    Field(
        "joined",
        "Joined LinkedIn",
        kind="month",
        help="From More (…) → About this profile, written YYYY-MM.",
    ),
    Field(
        "positions",
        "Positions listed",
        kind="int",
        maximum=1_000,
        help="How many jobs their Experience section lists.",
    ),
    Field("has_photo", "Has a profile photo", kind="bool"),
    Field("verified", "Has a verification badge", kind="bool"),
    Field("relationship", "How do you know them?", kind="choice", choices=RELATIONSHIPS),
    Field(
        "text",
        "Paste what you see",
        kind="textarea",
        rows=6,
        help="Copy the invitation or their profile's top card from LinkedIn and paste it here: name, headline, “500+ connections”, “12 mutual connections”, the note. Fields you fill in win over what is read from the paste.",
    ),
)
ME_FIELDS = (
    Field("industry", "Your industry or field", max_length=500, placeholder="Software engineering"),
    Field(
        "interests",
        "Your interests",
        kind="list",
        max_rows=30,
        help="One per line, or separated by commas.",
        placeholder="TypeScript, design systems",
    ),
    Field("company", "Your company", max_length=500),
)

WHY = {
    "red": "A hard red flag: report it, whatever else is true.",
    "scams": "Several scam warnings together, or one from a profile that looks fake: report it.",
    "warning": "A scam or spam signal never ends in “accept”: ignore it.",
    "warning-but-known": "You know them, but the message carries a warning: check it is really them before you accept.",
    "softened": "You share real context, so the warning signs in the note count as doubts only: check it is really them, then accept.",
    "context": "Real shared context and no warning signs: accept.",
    "known-but-doubtful": "You know them, but the profile looks new or empty: make sure it is really them first.",
    "fake": "Several signs of a fake or empty profile and no shared context: ignore it.",
    "some-reason": "They may be worth knowing, but nothing shows you share context yet: reply first and ask what they would like.",
    "no-reason": "Nothing connects them to you: ignore it.",
    "unknown": "Too little to go on: reply first and ask how they know you, or add what their profile shows.",
    "check-first": "They may well be genuine, but they want to move you to another channel: reply on LinkedIn first and check who they are before you move anywhere.",
}
_OPENING = {
    "accept": "Accept.",
    "reply-first": "Reply first.",
    "ignore": "Ignore it.",
    "report": "Report it.",
}
SOFTENED = ("red", "scam")  # what real shared context turns into a doubt, unless it is an ask


def shared_context(flags: list[str]) -> bool:
    """Real shared context: you say you know them; or the note names your shared past, with
    mutual connections or your workplace behind it or no sign of a fake profile; or they work
    where you do and you share connections."""
    count = flags.count
    claimed = count("claimed") and (count("shared") or count("workplace") or not count("fake"))
    return bool(count("known") or claimed or (count("workplace") and count("shared")))


def decide(signals: list[dict], records: dict[str, Signal] = BY_ID) -> tuple[str, str]:
    """The verdict, and the key of the rule (in ``WHY``) that gave it. First, with real shared
    context (:func:`shared_context`) and no ask for money, credentials or identity, the note's
    red flags and scam warnings count as doubts only. Then, in this order:

    1. any hard red flag → report;
    2. two or more scam warnings, or one plus two signs of a fake profile → report;
    3. any scam or spam signal → ignore, never accept (reply first if you say you know them);
    4. warnings softened by shared context → reply first (check it is them, then accept);
    5. you say you know them and at most one fake-profile sign → accept;
    6. the note names your shared past and mutual connections or your workplace back it up, or
       they work where you do and you share connections, or you follow each other's work (they
       name yours, and you say you follow theirs or they ask you about it) and share
       connections, with no fake-profile sign → accept;
    7. you say you know them, but two or more fake-profile signs → reply first (is it them?);
    8. two or more fake-profile signs → ignore;
    9. something connects them to you (a claimed shared past, mutual connections, your
       workplace, your field or work, a note with specifics, a concrete role) → reply first;
    10. nothing connects you and there is a doubt → ignore;
    11. nothing known either way → reply first.

    A move to another channel from a profile that stands up (a ``check``) never ends in
    "accept": what would be an accept is a reply first.

    ``records`` maps each signal's id to its record (a team's own rules add to ``BY_ID``).
    """
    verdict, rule = _decide([records[s["id"]] for s in signals])
    if verdict == "accept" and any(r.flag == "check" for r in (records[s["id"]] for s in signals)):
        return "reply-first", "check-first"
    return verdict, rule


def _decide(records: list[Signal]) -> tuple[str, str]:
    flags = [r.flag for r in records]
    asks = any(r.ask for r in records)
    softened = False
    if shared_context(flags) and not asks and any(f in SOFTENED for f in flags):
        flags = ["caution" if f in SOFTENED else f for f in flags]
        softened = True
    count = flags.count
    if count("red"):
        return "report", "red"
    if count("scam") >= 2 or (count("scam") and count("fake") >= 2):
        return "report", "scams"
    if count("scam") or count("spam"):
        return ("reply-first", "warning-but-known") if count("known") else ("ignore", "warning")
    if softened:
        return "reply-first", "softened"
    if count("known"):
        return (
            ("accept", "context") if count("fake") <= 1 else ("reply-first", "known-but-doubtful")
        )
    claimed = count("claimed") and (count("shared") or count("workplace"))
    followed = count("work") and count("follows") and count("shared")
    if (claimed or followed or (count("workplace") and count("shared"))) and not count("fake"):
        return "accept", "context"
    if count("fake") >= 2:
        return "ignore", "fake"
    if any(count(f) for f in ("claimed", "shared", "workplace", "reason", "work", "follows")):
        return "reply-first", "some-reason"
    if count("caution") or count("fake") or count("check"):
        return "ignore", "no-reason"
    return "reply-first", "unknown"


def combine(weights: list[int]) -> int:
    """Weights as independent chances: 100 × (1 − Π(1 − w/100)), rounded; always 0–100."""
    remaining = 1.0
    for weight in weights:
        remaining *= 1 - min(max(weight, 0), 100) / 100
    return round(100 * (1 - remaining))


_DECISIVE = {
    "red": {"red"},
    "scams": {"scam", "fake"},
    "warning": {"scam", "spam"},
    "warning-but-known": {"scam", "spam"},
    "softened": set(SOFTENED),
    "context": {"known", "claimed", "shared", "workplace", "work", "follows"},
    "known-but-doubtful": {"fake"},
    "check-first": {"check"},
    "fake": {"fake"},
    "some-reason": {"claimed", "shared", "workplace", "reason", "work", "follows"},
    "no-reason": {"caution", "fake", "check"},
}
# What a "reply first" still lacks, said after its reasons: the verdict never reads as an accept.
_LACKING = {
    "warning-but-known": ": check it is really them on a channel you already use before you accept",
    "softened": ": you share real context, so check it is really them, then accept",
    "known-but-doubtful": ": make sure it is really them before you accept",
    "check-first": ": reply on LinkedIn first, and check who they are before you move anywhere",
}
_UNREAD = " The note's words were not read: it is in a language the checker does not read, so only amounts, numbers, links, app names and the profile counted."


def _lacking(rule: str, flags: set[str]) -> str:
    if rule != "some-reason":
        return _LACKING[rule]
    if "claimed" in flags:
        return ", but no mutual connection or shared workplace backs up the past the note names: ask where you met"
    return ", but nothing shows you have met or worked together: ask what they would like"


def _summary(verdict: str, rule: str, signals: list[dict], records: dict[str, Signal]) -> str:
    """The verdict and the (at most two) reasons that decided it; a "reply first" also says
    what is missing. Every reason supports the verdict."""
    decisive = _DECISIVE.get(rule, set())
    chosen = sorted(
        (s for s in signals if records[s["id"]].flag in decisive), key=lambda s: -s["weight"]
    )[:2]
    labels = [records[s["id"]].label for s in chosen]
    unread = _UNREAD if any(s["id"] == UNREAD_ID for s in signals) else ""
    leads = [records[s["id"]] for s in signals if records[s["id"]].lead]
    if leads and verdict in ("ignore", "report"):
        rest = [label for label in labels if label != leads[0].label][:1]
        also = f" Also, {rest[0]}." if rest else ""
        return f"{_OPENING[verdict]} {leads[0].lead}{also}{unread}"
    if not labels:
        return f"{_OPENING[verdict]} {WHY[rule]}{unread}"
    reasons = " and ".join(labels)
    reasons = f"{reasons[0].upper()}{reasons[1:]}"
    if verdict == "reply-first":
        flags = {records[s["id"]].flag for s in signals}
        return f"{_OPENING[verdict]} {reasons}{_lacking(rule, flags)}.{unread}"
    return f"{_OPENING[verdict]} {reasons}.{unread}"


_WORDED = ("name", "headline", "location", "company", "message")  # what gibberish can fill


def _blank(value: object) -> bool:
    return value is None or value == "" or value == []


def _team_signals(team: dict | Team) -> tuple[Signal, ...]:
    """A hosting team's signals. Its settings' modules are imported only here: the public
    guide, which has none, never loads them (some 30 ms of a tool page's start in Pyodide)."""
    from ..core.team import team_from_json
    from .team_signals import team_signals

    return team_signals(team_from_json(team))


def check_request(
    request: dict,
    *,
    me: dict | None = None,
    today: str | None = None,
    team: dict | Team | None = None,
) -> dict:
    """Check one incoming invitation: a verdict, risk and relevance (0–100), every signal.

    ``request`` holds what the reader knows (DESIGN's keys; ``text`` is a raw paste, read for
    the same fields); ``me`` their own industry, interests and company; ``team`` a hosting
    team's settings (:mod:`connectwisely.core.team`), which add its signals. See :func:`decide`.
    """
    values = check_all(REQUEST_FIELDS, request)
    extra = _team_signals(team) if team is not None else ()
    records = {**BY_ID, **{s.id: s for s in extra}}
    if me is not None and not isinstance(me, Mapping):
        raise InputError(
            "Your own context must be a set of named fields (industry, interests, company).", "me"
        )
    mine = check_all(ME_FIELDS, me or {}, "me_")
    when = parse_today(today)
    if all(_blank(v) for v in values.values()):
        raise InputError(
            "Describe the invitation: paste it, or give at least their name, headline or note."
        )
    facts = gather(values, mine, when)
    pasted_only = values["text"] and all(_blank(v) for k, v in values.items() if k != "text")
    read_text = [str(getattr(facts, k)) for k in facts.fields_read if k in _WORDED]
    if pasted_only and (not facts.fields_read or (read_text and is_gibberish(" ".join(read_text)))):
        raise InputError(
            "Nothing could be read from the pasted text. Paste the invitation or the top of their profile.",
            "text",
        )
    signals = detect_all(facts, SIGNALS + extra)
    verdict, rule = decide(signals, records)
    fired = {s["id"] for s in signals}
    return {
        "verdict": verdict,
        "risk": combine([s["weight"] for s in signals if s["kind"] == "risk"]),
        "relevance": combine([s["weight"] for s in signals if s["kind"] != "risk"]),
        "signals": signals,
        "summary": _summary(verdict, rule, signals, records),
        "why": WHY[rule],
        "next_steps": next_steps(verdict, rule, fired),
        "suggested_reply": suggested_reply(verdict, rule, facts, fired),
        "fields_read": list(facts.fields_read),
        "paste_lines": [{"text": text, "read_as": read_as} for text, read_as in facts.paste_lines],
        "language": detect_language(f"{facts.message}\n{facts.headline}"),
    }


__all__ = ["ME_FIELDS", "REQUEST_FIELDS", "VERDICTS", "check_request", "combine", "decide"]
