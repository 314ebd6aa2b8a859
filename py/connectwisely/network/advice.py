"""What the network review suggests, as data: each piece of advice is a record (id, message,
reason, guide link) and a pure function of the review's figures that says whether it applies
and fills in the numbers. The guide's line is "quality over quantity": a few people a week,
a network not held by one employer, no bursts, and no invitations left hanging.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from statistics import median

from ..core.dates import month_name
from ..core.guide import link
from ..core.linkedin import CONNECTION_CAP
from ..core.text import plural
from .triage import PENDING_WORDS

FAST_PACE = 10.0  # connections a week over 12 weeks; the guide says "a few"
ONE_EMPLOYER_SHARE = 0.25  # of the connections that list an employer
ONE_EMPLOYER_MIN_ROWS = 20  # below this a share means little
BURST_MIN = 30  # connections in one month: more than "a few a week" on any reading
BURST_RATIO = 3.0  # times the median of the last 12 complete months (quiet ones count as 0)
BURST_WINDOW = 12  # months: a growing network is compared with its recent self, not its past
NEAR_CAP = 27_000
REASONS_QUOTED = 2  # the request checker's most common findings quoted in the advice


@dataclass(frozen=True)
class Advice:
    """One piece of advice: ``facts`` returns the numbers for its text, or None if it does not
    apply; ``message`` and ``reason`` are templates over those numbers."""

    id: str
    message: str
    reason: str
    guide: str
    facts: Callable[[dict], dict | None]


def pace_text(pace: float) -> str:
    """A weekly pace as every part of the review writes it: whole above 10, else one decimal."""
    if pace >= FAST_PACE:
        return f"{pace:,.0f}"
    return f"{pace:.1f}".removesuffix(".0")


def _fast_pace(review: dict) -> dict | None:
    pace = review["recent_per_week"]
    return {"pace": pace_text(pace)} if pace > FAST_PACE else None


def _stalled(review: dict) -> dict | None:
    return {} if review["total"] and not review["recent"] else None


def _one_employer(review: dict) -> dict | None:
    with_company = review["total"] - review["hidden"] - review["missing_company"]
    if with_company < ONE_EMPLOYER_MIN_ROWS or not review["top_companies"]:
        return None
    company, count = review["top_companies"][0]
    share = count / with_company
    return {"company": company, "share": f"{share:.0%}"} if share >= ONE_EMPLOYER_SHARE else None


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:]) - 1


def _burst(review: dict) -> dict | None:
    """The biggest month in the last year that was far above that year's usual month.

    The window is the 12 complete months before the review's date; the unfinished month is
    never a burst nor part of "usual" (a month just begun would drag the usual down).
    """
    today = review["today"]
    current = _month_index(today[:7])
    counts = {
        _month_index(m["month"]): m["count"] for m in review["by_month"] if not m.get("partial")
    }
    window = list(range(current - BURST_WINDOW, current))
    if not any(counts.get(i) for i in window):
        return None
    usual = median(counts.get(i, 0) for i in window)
    threshold = max(BURST_MIN, BURST_RATIO * usual)
    bursts = [(counts.get(i, 0), i) for i in window if counts.get(i, 0) >= threshold]
    if not bursts:
        return None
    count, index = max(bursts)
    month = f"{index // 12:04d}-{index % 12 + 1:02d}"
    return {
        "month": month_name(month),
        "count": f"{count:,}",
        "usual": f"{usual:g}",
        "ratio": f"{count / usual:.0f}" if usual else "many",
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
        "get": plural(n, "gets", "get"),
        "action": f"report the {reports} marked Report"
        if reports
        else plural(n, "ignore it", "ignore them"),
        "findings": _findings(review, "report" if reports else "ignore"),
    }


def _verdict_says(summary: str) -> str:
    """A verdict's summary without its first sentence when that only names the verdict."""
    head, _, rest = summary.partition(". ")
    return (rest if rest and len(head.split()) <= 3 else summary).strip().rstrip(".")


def _findings(review: dict, verdict: str) -> str:
    """What the request checker said about the open invitations with ``verdict``: their own
    summaries, the most common first, each with how many invitations it was said of, so the
    advice can never contradict the verdicts."""
    found: Counter = Counter()
    for entry in review.get("invitations") or []:
        if entry["verdict"] == verdict and not entry["connected"] and entry.get("summary"):
            found[_verdict_says(entry["summary"])] += 1
    top = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:REASONS_QUOTED]
    if not top:
        return "The request checker gave no reason."
    quoted = "; ".join(f"“{said}” ({n})" for said, n in top)
    more = sum(found.values()) - sum(n for _, n in top)
    return f"The request checker says: {quoted}" + (f"; and {more} more." if more else ".")


def _reply_first(review: dict) -> dict | None:
    n = _open(review, ("reply-first",))
    return (
        {
            "n": n,
            "invitations": plural(n, "invitation", "invitations"),
            "are": plural(n, "is", "are"),
            "findings": _findings(review, "reply-first"),
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
        f"{{n}} {{invitations}} you sent {{have}} waited {PENDING_WORDS} or more (the oldest "
        "{oldest} days).",
        "Someone who opens LinkedIn once a month has had their chance by now. LinkedIn suggests "
        "withdrawing invitations that have not been accepted, and a pile of them says little "
        "for you. After withdrawing you cannot invite the same person again for up to three "
        "weeks, so withdraw on purpose.",
        link("withdraw"),
        _withdraw,
    ),
    Advice(
        "NW006",
        "{n} {invitations} you received {get} Ignore or Report from the request checker: do not "
        "accept; {action}.",
        "{findings} Accepting opens your network and contact details to them.",
        link("report"),
        _suspicious,
    ),
    Advice(
        "NW007",
        "{n} {invitations} you received {are} worth a short question before you accept.",
        "{findings} Asking how you know each other costs nothing, and the answer tells you "
        "whether to accept.",
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


__all__ = ["RULES", "Advice", "advise", "pace_text"]
