"""Pending invitations from ``Invitations.csv``, triaged.

Incoming ones go through the request checker with what the export holds — the sender's name and
note — and are listed by verdict, worst first, each with the checker's own verdict, summary and
signals (with the words of the note that raised each one, as the checker quotes them). Outgoing ones still waiting after three weeks are
listed oldest first: LinkedIn suggests withdrawing those. An invitation whose person already
appears in ``Connections.csv`` was accepted, so it is marked (incoming) or left out (outgoing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from ..checker.verdicts import WORST_FIRST
from ..core.team import Team
from ..errors import InputError
from ..export.connections import Connection
from ..export.invitations import Invitation
from .identity import name_key, profile_key

# A sent invitation is worth withdrawing after this long: the guide's four to six weeks, as
# people who open LinkedIn once a month deserve that (guide/follow-up.md#withdraw).
PENDING_DAYS = 28
PENDING_WORDS = "four weeks"
MAX_CHECKED = 300  # incoming invitations checked, newest first (about 2 ms each in CPython)


class Connected:
    """Who is already a connection: by profile slug, else by full name."""

    def __init__(self, rows: Iterable[Connection]) -> None:
        self.slugs: set[str] = set()
        self.names: set[str] = set()
        for row in rows:
            if row.hidden:
                continue
            if row.url:
                self.slugs.add(profile_key(row.url))
            self.names.add(name_key(f"{row.first_name} {row.last_name}"))
        self.slugs.discard("")
        self.names.discard("")

    def __contains__(self, invitation: Invitation) -> bool:
        slug = profile_key(invitation.profile)
        if slug and slug in self.slugs:
            return True
        return bool(invitation.other) and name_key(invitation.other) in self.names


def _newest_first(invitation: Invitation) -> tuple[int, str]:
    return (-(invitation.sent.toordinal() if invitation.sent else 0), invitation.other)


def _check(invitation: Invitation, today: date, connected: Connected, team: Team | None) -> dict:
    from ..checker.check import check_request  # the request checker, loaded only when needed

    request = {"name": invitation.other or "A LinkedIn member", "message": invitation.message}
    entry = {
        "name": invitation.other,
        "sent": invitation.sent.isoformat() if invitation.sent else None,
        "message": invitation.message,
        "profile": invitation.profile,
        "connected": invitation in connected,
    }
    try:
        result = check_request(request, today=today.isoformat(), team=team)
    except InputError as exc:
        return {**entry, "verdict": None, "risk": None, "relevance": None, "summary": exc.message}
    reasons = [
        {key: signal.get(key) for key in ("id", "kind", "message", "evidence", "guide")}
        for signal in result.get("signals", [])
    ]
    return {
        **entry,
        "verdict": result["verdict"],
        "risk": result.get("risk"),
        "relevance": result.get("relevance"),
        "summary": result.get("summary", ""),
        "reasons": reasons,
    }


def _rank(entry: dict) -> int:
    verdict = entry["verdict"]
    return WORST_FIRST.index(verdict) if verdict in WORST_FIRST else len(WORST_FIRST)


def triage(
    invitations: list[Invitation],
    connections: Iterable[Connection],
    today: date,
    team: Team | None = None,
) -> dict:
    """The triage part of the network review (JSON-able)."""
    connected = Connected(connections)
    incoming = sorted((i for i in invitations if i.direction == "incoming"), key=_newest_first)
    outgoing = [i for i in invitations if i.direction == "outgoing"]
    checked = [_check(i, today, connected, team) for i in incoming[:MAX_CHECKED]]
    checked.sort(key=_rank)  # stable: newest first within each verdict
    counts = Counter(entry["verdict"] or "unchecked" for entry in checked)
    pending = [
        {
            "name": i.other,
            "sent": i.sent.isoformat(),
            "days": (today - i.sent).days,
            "message": i.message,
            "profile": i.profile,
        }
        for i in outgoing
        if i.sent is not None and (today - i.sent).days >= PENDING_DAYS and i not in connected
    ]
    pending.sort(key=lambda p: (-p["days"], p["name"]))
    return {
        "invitations": checked,
        "invitation_counts": {v: counts[v] for v in (*WORST_FIRST, "unchecked") if counts[v]},
        "incoming_total": len(incoming),
        "incoming_unchecked": max(0, len(incoming) - MAX_CHECKED),
        "outgoing_total": len(outgoing),
        "outgoing_pending": pending,
    }


__all__ = ["MAX_CHECKED", "PENDING_DAYS", "PENDING_WORDS", "triage"]
