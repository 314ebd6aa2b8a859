"""The golden drafts: every opener of every relationship and tone, rendered with details of
the kinds a reader gives for that relationship (and with none), so every change to the
wording shows in review.

``python -m tests.support.golden_drafts`` rewrites ``tests/golden/drafts.txt``;
``tests/unit/notes/test_golden.py`` fails while the file is behind the code.
"""

from __future__ import annotations

import sys

from connectwisely.notes.compose import Context, make_draft, openers_for
from connectwisely.notes.detail import make_detail
from connectwisely.notes.templates import GREETINGS, PURPOSE, RELATIONSHIPS, TONES
from tests.support.paths import TESTS

GOLDEN = TESTS / "golden" / "drafts.txt"

# For each relationship, details of each kind a reader would give for it, typed the way
# readers type them (a bare name, a phrase, a sentence, a long memory), and none at all.
_LONG_PROJECT = (
    "the 2019 billing migration at Acme, when we rewrote the invoicing pipeline over one weekend"
)
_TITLE = "Senior Vice President, Enterprise Data Governance and Regulatory Reporting, Deutsche Bank"
DETAILS = {
    "met-at-event": ("PyData Amsterdam", "PyData Amsterdam meetup", "PyData Amsterdam talk on data contracts",
                     "your thread on pricing experiments", "the DevOpsDays Berlin hallway track, where we argued "
                     "about on-call rotations for an hour", "accessible charts", ""),
    "read-their-post": ("pricing experiments", "your thread on pricing experiments",
                        "I loved your post last week, it was about async Rust",
                        "PyData Amsterdam talk on data contracts", "the checkout rebuild", ""),
    "same-school": ("University of Michigan", "Michigan State University", "北京大学", "the Georgia Tech MBA program", ""),
    "same-company": ("Acme", "Payments team", "the Oslo office", _LONG_PROJECT, ""),
    "former-colleague": ("Acme", "the mobile checkout rebuild", _LONG_PROJECT, "the Oslo office", ""),
    "mutual-connection": ("Maria Lopez", "José María García", "李娜", ""),
    "same-group": ("PyLadies Berlin", "the Rust Berlin meetup", "Women in Data Science", ""),
    "reconnect": ("your work at Acme", "the checkout rebuild", "Maria Lopez", ""),
    "cold": ("accessible charts", "your open-source work on accessible charts, which I've used to make our "
             "dashboards readable", "PyData Amsterdam talk on data contracts", "your thread on pricing experiments",
             _TITLE, ""),
}  # fmt: skip
NAMES = {"warm": "Amara", "formal": "Dr. Okonkwo"}


def contexts():
    """(relationship, tone, detail as typed, Context) for every combination, in file order."""
    for relationship in RELATIONSHIPS:
        for tone in TONES:
            for raw in DETAILS[relationship.id]:
                detail = make_detail(raw, relationship.topic, relationship.hint)
                yield relationship, tone, raw, Context(
                    greet_as=NAMES[tone], relationship=relationship, detail=detail,
                    purpose=relationship.default_purpose, tone=tone, limit=200, me="", variant=0,
                )  # fmt: skip


def render() -> str:
    lines = [
        "# Golden drafts: every opener × detail kind × tone (limit 200, the relationship's usual",
        "# purpose). Regenerate: python -m tests.support.golden_drafts",
    ]
    for relationship, tone, raw, ctx in contexts():
        kind = f"{ctx.detail.kind}: {ctx.detail.phrase!r}" if ctx.detail else "no detail"
        lines.append("")
        lines.append(f"## {relationship.id} · {tone} · {raw!r} → {kind}")
        closes = PURPOSE[ctx.purpose].closes[tone]
        for i, (opener, used_kind) in enumerate(openers_for(ctx)):
            greeting = GREETINGS[tone][i % len(GREETINGS[tone])]
            draft = make_draft(ctx, greeting, opener, used_kind, closes[i % len(closes)])
            text = draft["text"] if draft else "(nothing fits)"
            state = draft["detail"] if draft else "-"
            ok = "" if draft is None or all(c["ok"] for c in draft["checks"]) else "  [lint]"
            lines.append(f"{opener.id:6} {state:9} {text}{ok}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if GOLDEN.read_text("utf-8") == render() else 1)
    GOLDEN.write_text(render(), "utf-8")
