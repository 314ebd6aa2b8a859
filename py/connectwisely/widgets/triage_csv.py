"""The network review's download: the triaged invitations as a CSV a spreadsheet opens safely.

Every cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, return)
is quoted with a leading apostrophe: an invitation's text is written by a stranger.
"""

from __future__ import annotations

import csv
import io

from ..network.triage import PENDING_WORDS

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def triage_csv(result: dict) -> str:
    """The triaged invitations (received, then sent and waiting) as CSV text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "Direction",
            "Name",
            "Date",
            "Verdict",
            "Risk",
            "Relevance",
            "Summary",
            "Days waiting",
            "Already connected",
            "Message",
            "Profile",
        ]
    )
    for e in result.get("invitations", []):
        writer.writerow(
            [
                safe_cell(v)
                for v in (
                    "received",
                    e["name"],
                    e["sent"],
                    e["verdict"] or "not checked",
                    e["risk"],
                    e["relevance"],
                    e["summary"],
                    "",
                    "yes" if e["connected"] else "no",
                    e["message"],
                    e["profile"],
                )
            ]
        )
    for p in result.get("outgoing_pending", []):
        writer.writerow(
            [
                safe_cell(v)
                for v in (
                    "sent",
                    p["name"],
                    p["sent"],
                    "withdraw",
                    "",
                    "",
                    f"Waiting {PENDING_WORDS} or more",
                    p["days"],
                    "no",
                    p["message"],
                    p["profile"],
                )
            ]
        )
    return out.getvalue()


__all__ = ["safe_cell", "triage_csv"]
