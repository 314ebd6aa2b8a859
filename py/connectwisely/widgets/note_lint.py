"""The note linter widget: a note and a limit in, its length and checks out."""

from __future__ import annotations

from ..core.schema import Field, Form
from ..notes.lint import LIMIT_FIELD
from .view import el, guide_link

FORM = Form(
    name="note-lint",
    title="Check a connection note",
    submit="Check my note",
    live=True,
    description="Paste or type the note you plan to send. Nothing leaves your browser.",
    fields=(
        Field(
            "message",
            "Your note",
            kind="textarea",
            rows=4,
            max_length=5_000_000,
            widget="count",
            help="The text you will put in the invitation's “Add a note” box.",
            placeholder="Hi Sam, great to meet you at the Lisbon data meetup…",
        ),
        LIMIT_FIELD,
    ),
    arguments=lambda v: {"text": v["message"] or "", "limit": v["limit"] or 200},
)


def present(result: dict) -> dict:
    """The count line, then each check with its outcome and a link to why."""
    over = result["length"] > result["limit"]
    count = el(
        "p",
        f"{result['length']} of {result['limit']} characters"
        + (f" — {result['length'] - result['limit']} too many" if over else ""),
        class_="cw-count" + (" cw-bad" if over else ""),
    )
    return el(
        "div", el("p", result["summary"], class_="cw-summary"), count, check_list(result["checks"])
    )


def check_list(checks: list[dict], *, links: bool = True) -> dict:
    """The linter's checks, each with Pass or Fix (and, if ``links``, why for a failed one)."""
    return el(
        "ul",
        *(
            el(
                "li",
                el("span", "Pass" if c["ok"] else "Fix", class_="cw-badge"),
                " ",
                c["message"],
                *((" ", None if c["ok"] else guide_link(c["guide"])) if links else ()),
                class_="cw-check " + ("cw-ok" if c["ok"] else "cw-fail"),
                data_check=c["id"],
            )
            for c in checks
        ),
        class_="cw-checks",
    )
