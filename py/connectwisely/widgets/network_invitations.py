"""The network review's invitations: received ones grouped by the request checker's verdict,
sent ones waiting four weeks or more (with profile links), and the triage as a CSV."""

from __future__ import annotations

from ..checker.verdicts import VERDICT_LABELS, WORST_FIRST
from ..core.guide import link
from ..core.text import shorten
from ..network.triage import PENDING_WORDS
from .charts import number
from .people_view import profile_link
from .triage_csv import triage_csv
from .view import el, guide_link, table

GROUP_LABELS = {**VERDICT_LABELS, None: "Not checked"}
SHOWN_PER_VERDICT = 50  # the CSV holds them all
SHOWN_PENDING = 100


def _reason(reason: dict) -> dict:
    """A signal as the triage shows it, in the checker's words: the evidence it quotes from the
    note (never the rule's own example phrases), and the guide."""
    return el(
        "li",
        el("span", "Evidence: ", class_="cw-evidence-label"),
        reason["evidence"],
        " ",
        guide_link(reason["guide"]) if reason.get("guide") else None,
    )


def _invitation(entry: dict) -> dict:
    reasons = [_reason(r) for r in entry.get("reasons", []) if r.get("evidence")]
    verdict = entry["verdict"]
    return el(
        "li",
        el(
            "strong", profile_link(entry["name"] or "A LinkedIn member", entry.get("profile") or "")
        ),
        f" — received {entry['sent']}" if entry["sent"] else None,
        " (already a connection)" if entry["connected"] else None,
        el("blockquote", shorten(entry["message"], 300, ellipsis="…"))
        if entry["message"]
        else None,
        el(
            "p",
            el("strong", VERDICT_LABELS[verdict], class_=f"cw-verdict cw-verdict-{verdict}")
            if verdict in VERDICT_LABELS
            else None,
            " ",
            entry.get("summary") or None,
        ),
        el("ul", *reasons, class_="cw-reasons") if reasons else None,
        class_="cw-invitation",
        data_invitation=entry["verdict"] or "unchecked",
    )


def invitations(result: dict) -> dict | None:
    if "incoming_total" not in result:
        return None
    entries = result["invitations"]
    parts: list = [el("h3", "Invitations you received")]
    if not entries:
        parts.append(el("p", "This Invitations.csv holds no invitations you received."))
    for verdict in (*WORST_FIRST, None):
        group = [e for e in entries if e["verdict"] == verdict]
        if not group:
            continue
        more = len(group) - SHOWN_PER_VERDICT
        parts.append(
            el(
                "section",
                el("h4", f"{GROUP_LABELS[verdict]} ({len(group)})"),
                el(
                    "ul",
                    *(_invitation(e) for e in group[:SHOWN_PER_VERDICT]),
                    class_="cw-invitations",
                ),
                el("p", f"…and {more} more in the CSV.") if more > 0 else None,
                class_="cw-verdict-group",
                data_group=verdict or "unchecked",
            )
        )
    if result.get("incoming_unchecked"):
        parts.append(
            el("p", f"{number(result['incoming_unchecked'])} older invitations were not checked.")
        )
    parts.append(
        el(
            "p",
            "Verdicts come from the request checker, which sees only the name and the note here. ",
            guide_link(link("verdicts"), "How verdicts work"),
        )
    )
    return el("section", *parts, class_="cw-triage")


def pending(result: dict) -> dict | None:
    if "outgoing_total" not in result:
        return None
    waiting = result["outgoing_pending"]
    title = el("h3", f"Invitations you sent, waiting {PENDING_WORDS} or more")
    if not waiting:
        return el("section", title, el("p", "None: nothing to withdraw."), class_="cw-pending")
    rows = [
        [profile_link(p["name"] or "—", p.get("profile") or ""), p["sent"], number(p["days"])]
        for p in waiting[:SHOWN_PENDING]
    ]
    return el(
        "section",
        title,
        el(
            "p",
            "LinkedIn suggests withdrawing these. ",
            guide_link(link("withdraw"), "How to withdraw"),
        ),
        table("Invitations to withdraw, oldest first", ["To", "Sent", "Days waiting"], rows),
        el("p", f"…and {len(waiting) - SHOWN_PENDING} more in the CSV.")
        if len(waiting) > SHOWN_PENDING
        else None,
        class_="cw-pending",
    )


def download(result: dict) -> dict | None:
    if "incoming_total" not in result:
        return None
    return el(
        "button",
        "Download the triage (CSV)",
        type="button",
        class_="md-button",
        data_action="download",
        data_filename="invitations-triage.csv",
        data_type="text/csv",
        data_content=triage_csv(result),
    )


__all__ = ["download", "invitations", "pending"]
