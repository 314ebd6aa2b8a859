"""The network review's advice: each rule fires on its condition, at its threshold, and not
otherwise; every piece carries an id, a message, a reason and a guide link."""

from __future__ import annotations

import pytest

from connectwisely.core.guide import PAGES
from connectwisely.network.advice import (
    BURST_MIN,
    FAST_PACE,
    NEAR_CAP,
    RULES,
    advise,
    pace_text,
)


def review(**changes) -> dict:
    """A quiet, balanced network's figures, with ``changes`` applied."""
    base = {
        "total": 400,
        "hidden": 10,
        "missing_company": 30,
        "recent": 24,
        "recent_per_week": 2.0,
        "top_companies": [["Acme", 40], ["Initech", 30]],
        "by_month": [{"month": f"2025-{m:02d}", "count": 10 + m} for m in range(1, 13)],
        "invitations": [],
        "today": "2026-01-15",
    }
    return {**base, **changes}


def year_of(counts: dict[str, int], usual: int = 10) -> list[dict]:
    """2025's months at ``usual`` a month, with ``counts`` ("YYYY-MM" → n) over them."""
    months = {f"2025-{m:02d}": usual for m in range(1, 13)} | counts
    return [{"month": m, "count": n} for m, n in sorted(months.items())]


def ids(figures: dict) -> list[str]:
    return [a["id"] for a in advise(figures)]


def entry(verdict, connected=False):
    return {"verdict": verdict, "connected": connected}


def test_a_balanced_network_gets_no_advice():
    """Few a week, spread over employers, no bursts, nothing pending: nothing to say."""
    assert advise(review()) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"recent_per_week": FAST_PACE + 0.01}, ["NW001"]),
        ({"recent_per_week": FAST_PACE}, []),
        ({"recent": 0, "recent_per_week": 0.0}, ["NW002"]),
        ({"top_companies": [["Acme", 90]]}, ["NW003"]),  # 90 of 360 = 25%
        ({"top_companies": [["Acme", 89]]}, []),
        ({"total": 25, "hidden": 0, "missing_company": 6, "top_companies": [["Acme", 19]]}, []),
        ({"by_month": year_of({"2025-06": BURST_MIN})}, ["NW004"]),
        ({"by_month": year_of({"2025-06": 35}, usual=12)}, []),
        ({"by_month": year_of({"2025-06": BURST_MIN - 1}, usual=2)}, []),
        # a burst more than 12 months back is history, not advice
        ({"by_month": year_of({"2024-06": 500})}, []),
        # the unfinished month is neither a burst nor part of the usual month
        (
            {"by_month": [*year_of({}), {"month": "2026-01", "count": 90, "partial": True}]},
            [],
        ),
        # a network that grew: years of 2 a month, then a steady 40 a month is not a burst
        (
            {
                "by_month": [{"month": f"{y}-06", "count": 2} for y in range(2015, 2025)]
                + year_of({}, usual=40)
            },
            [],
        ),
        ({"outgoing_pending": [{"days": 30}, {"days": 44}]}, ["NW005"]),
        (
            {"invitations": [entry("report"), entry("ignore"), entry("ignore", connected=True)]},
            ["NW006"],
        ),
        ({"invitations": [entry("reply-first"), entry("accept")]}, ["NW007"]),
        ({"total": NEAR_CAP}, ["NW008"]),
        ({"total": NEAR_CAP - 1}, []),
    ],
)
def test_each_rule_fires_at_its_threshold(changes, expected):
    """Each rule applies exactly when its condition holds (boundaries included)."""
    assert ids(review(**changes)) == expected


def test_messages_carry_the_figures():
    """The advice's text names the figures: pace, employer and share, month, counts."""
    text = " ".join(
        a["message"]
        for a in advise(
            review(
                recent_per_week=31.5,
                top_companies=[["Halden Robotics", 180]],
                by_month=year_of({"2025-06": 60}, usual=5),
                outgoing_pending=[{"days": 30}],
                invitations=[entry("report")],
            )
        )
    )
    assert "about 32 connections a week" in text
    assert "50% of your connections who list an employer work at Halden Robotics" in text
    assert "Jun 2025 brought 60 new connections, about 12 times your usual month (5)" in text
    assert "1 invitation you sent has waited four weeks or more (the oldest 30 days)" in text
    assert (
        "1 invitation you received gets Ignore or Report from the request checker: do not accept; "
        "report the 1 marked Report" in text
    )


@pytest.mark.parametrize(
    ("verdicts", "ending"),
    [
        (["ignore"], "ignore it."),
        (["ignore", "ignore"], "ignore them."),
        (["report", "ignore"], "report the 1 marked Report."),
    ],
)
def test_suspicious_invitations_say_what_to_do(verdicts, ending):
    """Only ignored ones: ignore; any marked Report: report those."""
    (piece,) = advise(review(invitations=[entry(v) for v in verdicts]))
    assert piece["message"].endswith(ending)


def test_every_rule_is_complete_and_links_to_a_known_guide_section():
    """Ids are unique; messages and reasons are written; guide links are the guide's own."""
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.message and rule.reason
        assert rule.guide in PAGES.values()


def test_advice_records_have_id_message_reason_and_guide():
    """Each piece of advice is {id, message, reason, guide}, all text."""
    (piece,) = advise(review(total=29_999))
    assert set(piece) == {"id", "message", "reason", "guide"}
    assert piece["message"] == "You have 29,999 connections; LinkedIn stops at 30,000 (1 left)."


def test_received_invitation_advice_quotes_the_verdicts_own_summaries():
    """NW007's reason is what the checker said of those invitations, most said first, counted:
    it cannot say "their notes do not say how they know you" when the verdicts say otherwise."""
    said = "Reply first. The note names your shared past and the note is personal."
    terse = "Reply first. Too little to go on: ask how they know you."
    invitations = [
        {**entry("reply-first"), "summary": said},
        {**entry("reply-first"), "summary": said},
        {**entry("reply-first"), "summary": terse},
        {**entry("reply-first", connected=True), "summary": terse},
    ]
    (piece,) = advise(review(invitations=invitations))
    assert piece["reason"].startswith(
        "The request checker says: “The note names your shared past and the note is personal” "
        "(2); “Too little to go on: ask how they know you” (1)."
    )
    assert "do not say how they know you" not in piece["reason"]


@pytest.mark.parametrize(
    ("pace", "text"), [(27.25, "27"), (10.0, "10"), (2.25, "2.2"), (0.5, "0.5"), (3.0, "3")]
)
def test_pace_is_written_one_way(pace, text):
    """The summary, the figure and the advice all write a pace through pace_text."""
    assert pace_text(pace) == text
