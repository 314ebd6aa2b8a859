"""The four verdicts, defined once: their order (friendliest first) and the words a reader sees.

The request checker returns one of them; the network review lists invitations by them, worst
first (:data:`WORST_FIRST`); the widgets label them with :data:`VERDICT_LABELS`.
"""

from __future__ import annotations

VERDICTS = ("accept", "reply-first", "ignore", "report")  # friendliest first
WORST_FIRST = tuple(reversed(VERDICTS))
VERDICT_LABELS = {
    "accept": "Accept",
    "reply-first": "Reply first",
    "ignore": "Ignore",
    "report": "Report",
}


def severity(verdict: str) -> int:
    """0 for "accept" up to 3 for "report": for comparing verdicts ("never friendlier")."""
    return VERDICTS.index(verdict)


__all__ = ["VERDICTS", "VERDICT_LABELS", "WORST_FIRST", "severity"]
