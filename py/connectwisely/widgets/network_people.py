"""The network review's lists of people: whom to reconnect with, who the reader knows at a
company, conversations that went quiet, and what changed since an earlier export."""

from __future__ import annotations

from ..core.guide import link
from .people_view import people_list
from .view import el, guide_link

BASE = [("Name", "name"), ("Profile", "profile"), ("Company", "company"), ("Title", "position")]


def _where(p: dict) -> str:
    return " at ".join(x for x in (p["position"], p["company"]) if x) or "—"


def _since(p: dict) -> str:
    years = p["years"] or 0
    text = f"{p['connected']} ({years} year{'s' if years != 1 else ''}"
    return text + (" this month)" if p["anniversary"] else ")")


def _about(p: dict, *, role_first: bool = False) -> str:
    """The detail "Draft a note" sends: the bare company (or role), which the drafter places
    in the note's own language ("your work at Acme" in English); never English
    words around it, since the reader picks the note's language in the drafter."""
    found = (p["position"], p["company"]) if role_first else (p["company"], p["position"])
    return next((x for x in found if x), "")


def _reconnect(result: dict) -> dict:
    r = result["reconnect"]
    words = ", ".join(r["terms"])
    known = f"{r['min_years']} year{'s' if r['min_years'] != 1 else ''} or more"
    intro = (
        f"Connections known {known} whose company, title or role matches “{words}”."
        if words
        else f"Everyone you have known {known}: fill in the companies, roles or words you care "
        "about above to narrow the list."
    )
    if r["anniversaries"]:
        intro += f" {r['anniversaries']} connected in this month of an earlier year: listed first."
    return people_list(
        key="reconnect",
        title="People to reconnect with",
        intro=intro,
        people=r["people"],
        count=r["count"],
        columns=[*BASE, ("Connected", "connected"), ("Years", "years"), ("Matched", "matched")],
        header=["Works as", "Connected"],
        cells=lambda p: [_where(p), _since(p)],
        draft=lambda p: ("stay-in-touch", _about(p)),
        empty="Nobody matches: try another word, or fewer years.",
    )


def _lookup(result: dict) -> dict | None:
    if "lookup" not in result:
        return None
    found = result["lookup"]
    return people_list(
        key="who-i-know",
        title=f"Who you know at {found['query']}",
        intro="Any spelling of the company counts: Google LLC and Google are one.",
        people=found["people"],
        count=found["count"],
        columns=[*BASE, ("Connected", "connected")],
        header=["Works as", "Connected"],
        cells=lambda p: [_where(p), p["connected"] or "—"],
        draft=lambda p: ("advice", _about(p)),
        empty="Nobody in your connections lists that company.",
    )


def _quiet(result: dict) -> list[dict]:
    if "quiet" not in result:
        return []
    q = result["quiet"]
    columns = [*BASE, ("Messages", "messages"), ("Last message", "last_message"),
               ("Last from", "last_from")]  # fmt: skip
    intro = (
        f"From {q['messages']:,} messages with {q['people']:,} of your connections; "
        "only dates and counts were read, never what anyone wrote."
    )
    return [
        people_list(
            key="went-quiet",
            title="Conversations that went quiet",
            intro=intro + f" Both of you wrote, and nothing for {q['quiet_days'] // 30} months.",
            people=q["went_quiet"],
            count=q["went_quiet_count"],
            columns=columns,
            header=["Works as", "Messages", "Last message"],
            cells=lambda p: [_where(p), f"{p['messages']:,}", p["last_message"]],
            draft=lambda p: ("stay-in-touch", _about(p)),
            empty="None: every two-way conversation is recent.",
        ),
        people_list(
            key="unanswered",
            title="They wrote last",
            intro="Their message has had no reply from you, newest first.",
            people=q["unanswered"],
            count=q["unanswered_count"],
            columns=columns,
            header=["Works as", "Messages", "Last message"],
            cells=lambda p: [_where(p), f"{p['messages']:,}", p["last_message"]],
            empty="None: you answered everyone.",
        ),
    ]


def _compare(result: dict) -> list[dict]:
    if "compare" not in result:
        return []
    c = result["compare"]
    since = c["earlier_date"] or "the earlier export"
    growth = el(
        "p",
        el("strong", f"{c['growth']:+,} connections"),
        f" since {since}: {c['new_count']:,} new, {c['gone_count']:,} gone "
        f"(matched by {'profile URL' if c['matched_by'] == 'url' else 'name'}).",
        class_="cw-growth",
    )
    was = [("Was at", "was_company"), ("Was", "was_position")]
    return [
        el("section", el("h3", "Since your earlier export"), growth, class_="cw-compare"),
        people_list(
            key="congratulate",
            title="Changed company or title: congratulate them",
            intro="A new job or title is a natural reason to write.",
            people=c["changed"],
            count=c["changed_count"],
            columns=[*BASE, *was],
            header=["Now (before)"],
            cells=lambda p: [
                f"{_where(p)} (was {_where({'position': p['was_position'], 'company': p['was_company']})})"
            ],
            draft=lambda p: ("stay-in-touch", _about(p, role_first=True)),
        ),
        people_list(
            key="new",
            title="New connections",
            intro="In this export but not the earlier one.",
            people=c["new"],
            count=c["new_count"],
            columns=[*BASE, ("Connected", "connected")],
            header=["Works as", "Connected"],
            cells=lambda p: [_where(p), p["connected"] or "—"],
        ),
        people_list(
            key="gone",
            title="No longer connected",
            intro="In the earlier export but not this one: they left LinkedIn, hid their "
            "profile, or one of you removed the connection.",
            people=c["gone"],
            count=c["gone_count"],
            columns=BASE,
            header=["Worked as"],
            cells=lambda p: [_where(p)],
        ),
    ]


def people_sections(result: dict) -> dict:
    return el(
        "div",
        el(
            "p",
            "“Draft a note” fills in the note drafter below this review. ",
            guide_link(link("say-how-you-know-them"), "What makes a good note?"),
        ),
        _reconnect(result),
        _lookup(result),
        *_quiet(result),
        *_compare(result),
        class_="cw-people-sections",
    )


__all__ = ["people_sections"]
