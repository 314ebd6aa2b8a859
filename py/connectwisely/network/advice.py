"""What the network review suggests, as data: each piece of advice is a record (id, message,
reason, guide link) and a pure function of the review's figures that says whether it applies
and fills in the numbers. The guide's line is "quality over quantity": a few people a week,
a network not held by one employer, no bursts, and no invitations left hanging.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

from ..core.dates import month_name
from ..core.guide import link
from ..core.linkedin import CONNECTION_CAP
from ..core.text import plural

FAST_PACE = 10.0  # connections a week over 12 weeks; the guide says "a few"
ONE_EMPLOYER_SHARE = 0.25  # of the connections that list an employer
ONE_EMPLOYER_MIN_ROWS = 20  # below this a share means little
BURST_MIN = 30  # connections in one month: more than "a few a week" on any reading
BURST_RATIO = 3.0  # times the median of the months with any new connection
NEAR_CAP = 27_000


@dataclass(frozen=True)
class Advice:
    """One piece of advice: ``facts`` returns the numbers for its text, or None if it does not
    apply; ``message`` and ``reason`` are templates over those numbers."""

    id: str
    message: str
    reason: str
    guide: str
    facts: Callable[[dict], dict | None]


def _fast_pace(review: dict) -> dict | None:
    pace = review["recent_per_week"]
    return {"pace": f"{pace:.0f}"} if pace > FAST_PACE else None


def _stalled(review: dict) -> dict | None:
    return {} if review["total"] and not review["recent"] else None


def _one_employer(review: dict) -> dict | None:
    with_company = review["total"] - review["hidden"] - review["missing_company"]
    if with_company < ONE_EMPLOYER_MIN_ROWS or not review["top_companies"]:
        return None
    company, count = review["top_companies"][0]
    share = count / with_company
    return {"company": company, "share": f"{share:.0%}"} if share >= ONE_EMPLOYER_SHARE else None


def _burst(review: dict) -> dict | None:
    counts = [m["count"] for m in review["by_month"]]
    if not counts:
        return None
    usual = median(counts)
    bursts = [m for m in review["by_month"] if m["count"] >= max(BURST_MIN, BURST_RATIO * usual)]
    if not bursts:
        return None
    biggest = max(bursts, key=lambda m: (m["count"], m["month"]))
    return {
        "month": month_name(biggest["month"]),
        "count": f"{biggest['count']:,}",
        "usual": f"{usual:g}",
        "ratio": f"{biggest['count'] / usual:.0f}",
    }


def _withdraw(review: dict) -> dict | None:
    pending = review.get("outgoing_pending") or []
    if not pending:
        return None
    n = len(pending)
    return {
        "n": n,
        "invitations": plural(n, "invitation", "invitations"),
        "have": plural(n, "has", "have"),
        "oldest": max(p["days"] for p in pending),
    }


def _open(review: dict, verdicts: tuple[str, ...]) -> int:
    return sum(
        1
        for entry in review.get("invitations") or []
        if entry["verdict"] in verdicts and not entry["connected"]
    )


def _suspicious(review: dict) -> dict | None:
    n = _open(review, ("report", "ignore"))
    if not n:
        return None
    reports = _open(review, ("report",))
    return {
        "n": n,
        "invitations": plural(n, "invitation", "invitations"),
        "look": plural(n, "looks", "look"),
        "action": f"report the {reports} marked Report"
        if reports
        else plural(n, "ignore it", "ignore them"),
    }


def _reply_first(review: dict) -> dict | None:
    n = _open(review, ("reply-first",))
    return (
        {
            "n": n,
            "invitations": plural(n, "invitation", "invitations"),
            "are": plural(n, "is", "are"),
        }
        if n
        else None
    )


def _near_cap(review: dict) -> dict | None:
    total = review["total"]
    return (
        {"total": f"{total:,}", "left": f"{max(0, CONNECTION_CAP - total):,}"}
        if total >= NEAR_CAP
        else None
    )


RULES = (
    Advice(
        "NW001",
        "Your network grew by about {pace} connections a week over the last 12 weeks.",
        "The guide suggests a few a week, each someone you can say why you know: at this pace "
        "it is hard to follow up or remember who is who, and invitations sent this fast run "
        "into LinkedIn's weekly limit (about 100, unofficial).",
        link("pace"),
        _fast_pace,
    ),
    Advice(
        "NW002",
        "No new connections in the last 12 weeks.",
        "A few new people a week — people you meet, work with or learn from — keep your "
        "network in step with your work; it does not need more than that.",
        link("pace"),
        _stalled,
    ),
    Advice(
        "NW003",
        "{share} of your connections who list an employer work at {company}.",
        "A network held by one employer mostly hears the same news and knows the same "
        "openings, and it thins out the day you leave. Connect across companies and fields too.",
        link("concentration"),
        _one_employer,
    ),
    Advice(
        "NW004",
        "{month} brought {count} new connections, about {ratio} times your usual month ({usual}).",
        "Adding many people at once — after an event, a job change or a growth push — tends to "
        "bring in people you never follow up with. A steady few a week keeps each one meaningful.",
        link("bursts"),
        _burst,
    ),
    Advice(
        "NW005",
        "{n} {invitations} you sent {have} waited three weeks or more (the oldest {oldest} days).",
        "LinkedIn suggests withdrawing invitations that have not been accepted; a pile of them "
        "says little for you. After withdrawing you cannot invite the same person again for up "
        "to three weeks, so withdraw on purpose.",
        link("withdraw"),
        _withdraw,
    ),
    Advice(
        "NW006",
        "{n} {invitations} you received {look} like spam or a scam: do not accept; {action}.",
        "Their notes show the warning signs the guide lists, such as moving the talk off "
        "LinkedIn, money, urgency or a sales pitch. Accepting opens your network and contact "
        "details to them.",
        link("report"),
        _suspicious,
    ),
    Advice(
        "NW007",
        "{n} {invitations} you received {are} worth a short question before you accept.",
        "Their notes do not say how they know you or why they want to connect. Asking costs "
        "nothing, and the answer tells you whether to accept.",
        link("unknown-request"),
        _reply_first,
    ),
    Advice(
        "NW008",
        "You have {total} connections; LinkedIn stops at 30,000 ({left} left).",
        "At the cap you can neither send nor accept invitations. Removing people you no longer "
        "know makes room for the ones who matter.",
        link("connection-cap"),
        _near_cap,
    ),
)


def advise(review: dict) -> list[dict]:
    """The advice that applies to ``review`` (the figures so far), in rule order."""
    out = []
    for rule in RULES:
        facts = rule.facts(review)
        if facts is not None:
            out.append(
                {
                    "id": rule.id,
                    "message": rule.message.format(**facts),
                    "reason": rule.reason.format(**facts),
                    "guide": rule.guide,
                }
            )
    return out


__all__ = ["RULES", "Advice", "advise"]
