"""The network review widget: LinkedIn's export ZIP (or its Connections.csv and Invitations.csv)
in; figures, two charts with their tables, the triaged invitations, advice and a CSV out."""

from __future__ import annotations

import math

from ..checker.verdicts import VERDICT_LABELS, WORST_FIRST
from ..core.dates import month_name
from ..core.guide import link
from ..core.schema import Field, Form
from ..core.text import shorten
from ..errors import InputError
from ..export.connections import FILENAME, check_header
from ..export.invitations import FILENAME as INVITATIONS
from ..export.invitations import check_header as check_invitations_header
from ..export.reader import open_upload
from ..network.review import FIELDS, export_texts
from .charts import bar_chart, number
from .triage_csv import triage_csv
from .view import el, guide_link, table

EXPORT_ZIP = Field(
    "export_zip",
    "Drop LinkedIn's export ZIP here or choose it",
    kind="file",
    accept=".zip,application/zip,.csv,text/csv",
    widget="dropzone",
    help="The file LinkedIn sends you, named like Basic_LinkedInDataExport_11-25-2026.zip. "
    "It is opened here, in your browser.",
)

GROUP_LABELS = {**VERDICT_LABELS, None: "Not checked"}
SHOWN_PER_VERDICT = 50  # the CSV holds them all
SHOWN_PENDING = 100


def _text_of(upload: object, field: str) -> tuple[str, bool, dict[str, str | None]]:
    """The upload's name, whether it is a ZIP, and the export texts it holds."""
    export = open_upload(upload, field)
    return export.source, not export.single, export_texts(export, field)


def _arguments(values: dict) -> dict:
    """Uploads to ``review_network``'s texts, each file's header checked under its own name.

    The ZIP gives both files; a file chosen on its own takes the place of the ZIP's copy.
    """
    connections = invitations = None
    for field in ("export_zip", "connections_csv", "invitations_csv"):
        if not values.get(field):
            continue
        name, zipped, texts = _text_of(values[field], field)
        if not zipped:
            if field == "invitations_csv":
                check_invitations_header(texts[FILENAME], name, field)
                invitations = texts[FILENAME]
            else:
                check_header(texts[FILENAME], name, field)
                connections = texts[FILENAME]
            continue
        check_header(texts[FILENAME], f"{FILENAME} in {name}", field)
        if field != "invitations_csv" or connections is None:
            connections = texts[FILENAME]
        if texts[INVITATIONS] is not None:
            check_invitations_header(texts[INVITATIONS], f"{INVITATIONS} in {name}", field)
            invitations = texts[INVITATIONS]
    if connections is None:
        raise InputError(
            "Choose LinkedIn's export ZIP, or the Connections.csv inside it.", "export_zip"
        )
    return {"connections_csv": connections, "invitations_csv": invitations}


FORM = Form(
    name="network-review",
    title="Review your network",
    submit="Review my network",
    description="Nothing is uploaded: your files are read by Python running in this page, "
    "and they never leave your device.",
    fields=(EXPORT_ZIP, *FIELDS),
    arguments=_arguments,
)


def _figures(result: dict) -> dict:
    visible = result["total"] - result["hidden"]
    items = [
        ("Connections", number(result["total"]), f"{number(result['hidden'])} hidden or closed"),
        (
            "A week, last 12 weeks",
            number(result["recent_per_week"]),
            f"{number(result['recent'])} in all",
        ),
        ("Employers", number(result["companies"]), f"top 10 hold {result['concentration']:.0%}"),
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


def _months(by_month: list[dict]) -> list[tuple[str, int]]:
    """Every month from the first to the last, the quiet ones as 0."""
    counts = {m["month"]: m["count"] for m in by_month}
    first, last = by_month[0]["month"], by_month[-1]["month"]
    year, month = int(first[:4]), int(first[5:])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_ticks(months: list[tuple[str, int]]):
    n = len(months)
    if n <= 36:
        step = max(1, math.ceil(n / 6))
        return lambda i, label: month_name(label) if i % step == 0 else None
    step = max(1, math.ceil(n / 12 / 6))  # at most about six year labels
    first_year = int(months[0][0][:4])

    def tick(i: int, label: str) -> str | None:
        year = int(label[:4])
        return label[:4] if label.endswith("-01") and (year - first_year) % step == 0 else None

    return tick


def _growth(result: dict) -> dict | None:
    if not result["by_month"]:
        return None
    months = _months(result["by_month"])
    busiest = max(months, key=lambda m: (m[1], m[0]))
    return bar_chart(
        months,
        title="New connections per month",
        description=f"From {month_name(months[0][0])} to {month_name(months[-1][0])}; "
        f"the busiest month was {month_name(busiest[0])} with {number(busiest[1])}.",
        columns=("Month", "New connections"),
        tick=_month_ticks(months),
        data_chart="growth",
    )


def _companies(result: dict) -> dict | None:
    if not result["top_companies"]:
        return None
    return bar_chart(
        [(name, n) for name, n in result["top_companies"]],
        title="Top companies",
        description=f"The {len(result['top_companies'])} biggest employers hold "
        f"{result['concentration']:.0%} of the connections that list one.",
        columns=("Company", "Connections"),
        horizontal=True,
        data_chart="companies",
    )


def _positions(result: dict) -> dict | None:
    if not result["top_positions"]:
        return None
    return table(
        "Most common positions",
        ["Position", "Connections"],
        [[name, number(n)] for name, n in result["top_positions"]],
    )


def _invitation(entry: dict) -> dict:
    reasons = [
        el("li", r["message"], " ", guide_link(r["guide"]) if r.get("guide") else None)
        for r in entry.get("reasons", [])
        if r.get("message")
    ]
    return el(
        "li",
        el("strong", entry["name"] or "A LinkedIn member"),
        f" — received {entry['sent']}" if entry["sent"] else None,
        " (already a connection)" if entry["connected"] else None,
        el("blockquote", shorten(entry["message"], 300, ellipsis="…"))
        if entry["message"]
        else None,
        el("p", entry["summary"]) if entry.get("summary") else None,
        el("ul", *reasons, class_="cw-reasons") if reasons else None,
        class_="cw-invitation",
        data_invitation=entry["verdict"] or "unchecked",
    )


def _invitations(result: dict) -> dict | None:
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


def _pending(result: dict) -> dict | None:
    if "outgoing_total" not in result:
        return None
    pending = result["outgoing_pending"]
    title = el("h3", "Invitations you sent, waiting three weeks or more")
    if not pending:
        return el("section", title, el("p", "None: nothing to withdraw."), class_="cw-pending")
    rows = [[p["name"] or "—", p["sent"], number(p["days"])] for p in pending[:SHOWN_PENDING]]
    return el(
        "section",
        title,
        el(
            "p",
            "LinkedIn suggests withdrawing these. ",
            guide_link(link("withdraw"), "How to withdraw"),
        ),
        table("Invitations to withdraw, oldest first", ["To", "Sent", "Days waiting"], rows),
        el("p", f"…and {len(pending) - SHOWN_PENDING} more in the CSV.")
        if len(pending) > SHOWN_PENDING
        else None,
        class_="cw-pending",
    )


def _advice(result: dict) -> dict:
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


def _download(result: dict) -> dict | None:
    if "incoming_total" not in result:
        return None
    return el(
        "p",
        el(
            "button",
            "Download the triage (CSV)",
            type="button",
            class_="md-button",
            data_action="download",
            data_filename="invitations-triage.csv",
            data_type="text/csv",
            data_content=triage_csv(result),
        ),
    )


def present(result: dict) -> dict:
    """Headline figures, the growth and company charts with their tables, the triage, advice."""
    return el(
        "div",
        el("p", result["summary"], class_="cw-summary"),
        _figures(result),
        _growth(result),
        _companies(result),
        _positions(result),
        _advice(result),
        _invitations(result),
        _pending(result),
        _download(result),
        class_="cw-network",
    )
