"""The note drafter widget: who, how you know them and one detail in; drafts as cards out.

Each draft is a card: the draft's text in the element carrying ``data-draft`` (the page
contract: its text is exactly the draft, nothing else inside it), then its count, the linter's
verdict, a Copy button and an "Edit in the checker" button that hands it to the note-lint form
on the same page. "More like this" asks for the next ``variant``.
"""

from __future__ import annotations

import json

from ..core.guide import link
from ..core.schema import Form
from ..notes.draft import FIELDS
from .note_lint import check_list
from .view import el, guide_link

FORM = Form(
    name="note-draft",
    title="Draft a personal note",
    submit="Draft my notes",
    description=(
        "Say who they are, how you know them and one thing you remember. "
        "Nothing you type leaves your browser."
    ),
    fields=FIELDS,
    arguments=lambda values: {"context": {k: v for k, v in values.items() if v is not None}},
)


def present(result: dict) -> dict:
    """The drafts as cards, "More like this", hints, the follow-up message and the reminder."""
    limit = result["limit"]
    drafts = [_card(draft, number, limit) for number, draft in enumerate(result["drafts"], 1)]
    more = el(
        "button",
        "More like this",
        class_="md-button",
        data_action="resubmit",
        data_field="variant",
        data_value=str(result.get("variant", 0) + 1),
    )
    hints = (
        el("ul", *(el("li", h) for h in result["hints"]), class_="cw-hints")
        if result["hints"]
        else None
    )
    return el(
        "div",
        el(
            "p",
            result["summary"],
            " ",
            guide_link(link("say-how-you-know-them"), "What makes a good note?"),
            class_="cw-summary",
        ),
        el("div", *drafts, class_="cw-drafts"),
        el("p", more, class_="cw-more"),
        hints,
        _follow_up(result["follow_up"]),
        _reminder(),
        class_="cw-note-draft",
    )


def _card(draft: dict, number: int, limit: int) -> dict:
    text = draft["text"]
    over = draft["length"] > limit
    checks = check_list(draft["checks"], links=False)
    return el(
        "section",
        el("h3", f"Draft {number}"),
        el("p", text, class_="cw-draft-text", data_draft=text),
        el(
            "p",
            el(
                "span",
                f"{draft['length']} / {limit}",
                class_="cw-count" + (" cw-bad" if over else ""),
            ),
            " · ",
            draft["summary"],
            class_="cw-draft-meta",
        ),
        el("details", el("summary", "What the checker looked at"), checks),
        el(
            "div",
            el(
                "button",
                "Copy",
                class_="md-button md-button--primary",
                data_action="copy",
                data_copy=text,
            ),
            el(
                "button",
                "Edit in the checker",
                class_="md-button",
                data_action="send",
                data_widget="note-lint",
                data_field="message",
                data_value=text,
                data_also=json.dumps({"limit": str(limit)}),
            ),
            class_="cw-card-actions",
        ),
        class_="cw-card cw-draft",
    )


def _follow_up(message: dict) -> dict:
    return el(
        "section",
        el("h3", "After they accept: your first message"),
        el(
            "p",
            "Send it within a day or two. There is no character limit for messages, but short "
            "and specific gets a reply. ",
            guide_link(link("after-accept"), "More on following up"),
            class_="cw-help",
        ),
        el("p", message["text"], class_="cw-draft-text"),
        el(
            "div",
            el(
                "button",
                "Copy",
                class_="md-button",
                data_action="copy",
                data_copy=message["text"],
            ),
            class_="cw-card-actions",
        ),
        class_="cw-card cw-follow-up",
        data_follow_up="",
    )


def _reminder() -> dict:
    return el(
        "p",
        el("strong", "Notes are scarce on a free account. "),
        "LinkedIn lets free accounts add a personal note to only a few invitations a month "
        "(LinkedIn Help says five, as of 2026). Spend them on people who would not otherwise "
        "place you; someone who knows you well will accept without one. ",
        guide_link(link("personalised-notes"), "LinkedIn's limits"),
        class_="cw-reminder",
    )
