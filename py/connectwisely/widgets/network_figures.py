"""The network review's figures: the date the review counts from, the headline numbers, growth
per month (the unfinished month marked), the company mix with the alias table that merged
spellings, and the role mix — each chart with its table."""

from __future__ import annotations

import math

from ..core.dates import month_name
from ..network.advice import pace_text
from ..network.roles import word_table
from .charts import bar_chart, number
from .view import el, guide_link, table

PARTIAL = " (so far)"  # after an unfinished month's name


def as_of(result: dict) -> dict:
    """Which day the review counts from, where that came from, and how to change it."""
    used = result["as_of"]
    return el(
        "p",
        "Counted as of ",
        el("strong", used["date"]),
        f", {used['label']}. ",
        "To count from another day, fill in “Review as of” and review again."
        if used["source"] != "given"
        else None,
        class_="cw-as-of",
        data_as_of=used["date"],
        data_source=used["source"],
    )


def figures(result: dict) -> dict:
    visible = result["total"] - result["hidden"]
    employers_note = (
        f"top 10 hold {result['concentration']:.0%}"
        if result["concentration_meaningful"]
        else "too few to compare"
    )
    if result["self_employed"]:
        employers_note += f"; {number(result['self_employed'])} self-employed not counted"
    items = [
        ("Connections", number(result["total"]), f"{number(result['hidden'])} hidden or closed"),
        (
            "A week, last 12 weeks",
            f"about {pace_text(result['recent_per_week'])}",
            f"{number(result['recent'])} in all",
        ),
        ("Employers", number(result["companies"]), employers_note),
        (
            "No employer listed",
            number(result["missing_company"]),
            f"of {number(visible)} visible" if visible else "",
        ),
    ]
    if result["first_month"]:
        items.append(("Connected since", month_name(result["first_month"]), ""))
    return el(
        "dl",
        *(
            el(
                "div",
                el("dt", term),
                el("dd", el("strong", value), " ", el("small", note) if note else None),
            )
            for term, value, note in items
        ),
        class_="cw-figures",
    )


def _months(by_month: list[dict]) -> list[tuple[str, int, bool]]:
    """Every month from the first to the last, the quiet ones as 0; and whether partial."""
    counts = {m["month"]: m["count"] for m in by_month}
    partial = {m["month"] for m in by_month if m.get("partial")}
    first, last = by_month[0]["month"], by_month[-1]["month"]
    year, month = int(first[:4]), int(first[5:])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, counts.get(key, 0), key in partial))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_ticks(months: list[str]):
    """Axis labels for the months (``YYYY-MM`` keys by index): about six in all."""
    n = len(months)
    if n <= 36:
        step = max(1, math.ceil(n / 6))
        return lambda i, label: month_name(months[i]) if i % step == 0 else None
    step = max(1, math.ceil(n / 12 / 6))  # at most about six year labels
    first_year = int(months[0][:4])

    def tick(i: int, label: str) -> str | None:
        year = int(months[i][:4])
        return str(year) if months[i].endswith("-01") and (year - first_year) % step == 0 else None

    return tick


def growth(result: dict) -> dict | None:
    """New connections per month, labelled "Jun 2024" in the chart and its table alike; an
    unfinished month says "(so far)" and is never called the busiest."""
    if not result["by_month"]:
        return None
    months = _months(result["by_month"])
    complete = [m for m in months if not m[2]] or months
    busiest = max(complete, key=lambda m: (m[1], m[0]))
    partial = [m for m in months if m[2]]
    description = (
        f"From {month_name(months[0][0])} to {month_name(months[-1][0])}; "
        f"the busiest month was {month_name(busiest[0])} with {number(busiest[1])}."
    )
    if partial:
        description += f" {month_name(partial[0][0])} is not over yet."
    return bar_chart(
        [(month_name(key) + (PARTIAL if part else ""), n) for key, n, part in months],
        title="New connections per month",
        description=description,
        columns=("Month", "New connections"),
        tick=_month_ticks([key for key, _, _ in months]),
        data_chart="growth",
    )


def companies(result: dict) -> dict | None:
    if not result["top_companies"]:
        return None
    share = (
        f"The {len(result['top_companies'])} biggest employers hold "
        f"{result['concentration']:.0%} of the connections that list one."
        if result["concentration_meaningful"]
        else "Too few employers for their share to say anything."
    )
    return el(
        "div",
        bar_chart(
            [(name, n) for name, n in result["top_companies"]],
            title="Top companies",
            description=share,
            columns=("Company", "Connections"),
            horizontal=True,
            data_chart="companies",
        ),
        _pickers(
            "Who do I know at:",
            "company",
            [name for name, _ in result["top_companies"]],
        ),
        _aliases(result),
        class_="cw-companies",
    )


def _pickers(label: str, field: str, values: list[str]) -> dict | None:
    """Buttons that review again with one of the reader's own top names filled in ``field``
    (a company to look up, or words to reconnect by): picked rather than typed."""
    if not values:
        return None
    return el(
        "p",
        label,
        " ",
        *(
            el(
                "button",
                value,
                type="button",
                class_="md-button cw-small cw-pick",
                data_action="resubmit",
                data_field=field,
                data_value=value,
            )
            for value in values
        ),
        class_="cw-pickers",
    )


def _aliases(result: dict) -> dict:
    """How names were merged: the spellings found in this file, then the table itself."""
    merged = [
        el("li", el("strong", g["company"]), ": ", "; ".join(g["spellings"]))
        for g in result["merged_companies"]
    ]
    aliases = [
        el("li", el("strong", a["company"]), ": ", ", ".join(a["also"]))
        for a in result["company_aliases"]
    ]
    return el(
        "details",
        el("summary", "How company names were counted"),
        el(
            "p",
            "Names are compared without case, punctuation or legal forms such as Inc., LLC or "
            "GmbH; “Self-employed”, “Freelance” and the like count as no employer.",
        ),
        el("p", "Written more than one way in your file:") if merged else None,
        el("ul", *merged) if merged else None,
        el("p", "Also counted together:"),
        el("ul", *aliases),
        class_="cw-aliases",
    )


def _mix_chart(buckets: list[dict], title: str, column: str, data_chart: str) -> dict:
    return bar_chart(
        [(b["label"], round(b["share"] * 100, 1)) for b in buckets],
        title=title,
        description=", ".join(f"{b['label']} {b['share']:.0%}" for b in buckets[:4]),
        columns=(column, "Share (%)"),
        horizontal=True,
        value_text=lambda v: f"{number(v)}%",
        data_chart=data_chart,
    )


def roles(result: dict) -> dict | None:
    """Function and seniority mix from the title-word table, with the share left unclassified."""
    if not result["titled"]:
        return None
    tables = word_table()
    rows = [[f["label"], ", ".join(f["words"])] for f in tables["functions"]]
    rows += [[s["label"], ", ".join(s["words"])] for s in tables["seniorities"]]
    return el(
        "section",
        el("h3", "Roles in your network"),
        el(
            "p",
            f"From the job titles of {number(result['titled'])} connections; "
            f"{result['unclassified_share']:.0%} of the titles matched no word in the table "
            "and are shown as unclassified.",
        ),
        _mix_chart(result["functions"], "Functions", "Function", "functions"),
        _pickers(
            "Reconnect with people in:",
            "interests",
            [b["label"] for b in result["functions"] if b["id"] != "unclassified"],
        ),
        _mix_chart(result["seniorities"], "Seniority", "Seniority", "seniorities"),
        el(
            "details",
            el("summary", "The title words behind these buckets"),
            table("Title words per bucket", ["Bucket", "Words in the title"], rows),
        ),
        class_="cw-roles",
    )


def advice(result: dict) -> dict:
    title = el("h3", "What to do next")
    if not result["advice"]:
        return el(
            "section",
            title,
            el("p", "Nothing stands out: your pace and mix look balanced."),
            class_="cw-advice",
        )
    return el(
        "section",
        title,
        el(
            "ul",
            *(
                el(
                    "li",
                    el("strong", a["message"]),
                    " ",
                    a["reason"],
                    " ",
                    guide_link(a["guide"], "Read more"),
                    data_advice=a["id"],
                )
                for a in result["advice"]
            ),
        ),
        class_="cw-advice",
    )


__all__ = ["advice", "as_of", "companies", "figures", "growth", "roles"]
