"""widgets.triage_csv: the triaged invitations as CSV, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from connectwisely.widgets.triage_csv import triage_csv

RECEIVED = {
    "name": "Ana", "sent": "2026-01-01", "verdict": "accept", "risk": 0, "relevance": 60,
    "summary": "Accept.", "connected": True, "message": "Hi", "profile": "https://x",
}  # fmt: skip
WAITING = {"name": "Bo", "sent": "2025-12-01", "days": 40, "message": "", "profile": ""}


def test_rows_are_received_then_sent_under_one_header():
    """One header row, then each received invitation, then each sent one still waiting."""
    text = triage_csv({"invitations": [RECEIVED], "outgoing_pending": [WAITING]})
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:4] == ["Direction", "Name", "Date", "Verdict"] and len(rows[0]) == 11
    assert [r[0] for r in rows[1:]] == ["received", "sent"]
    assert rows[1][8] == "yes" and rows[2][3:8] == [
        "withdraw",
        "",
        "",
        "Waiting four weeks or more",
        "40",
    ]
    assert text.endswith("\r\n")


def test_an_unchecked_invitation_says_so():
    """An invitation the checker could not read is written "not checked", not left blank."""
    rows = list(
        csv.reader(io.StringIO(triage_csv({"invitations": [{**RECEIVED, "verdict": None}]})))
    )
    assert rows[1][3] == "not checked"


def test_the_triage_csv_cannot_run_as_spreadsheet_formulas():
    """A name or note starting with =, +, - or @ is written with a leading apostrophe."""
    result = {
        "invitations": [
            {
                "name": '=HYPERLINK("x")',
                "sent": "2026-01-01",
                "verdict": "report",
                "risk": 90,
                "relevance": 1,
                "summary": "@bad",
                "connected": False,
                "message": "+1",
                "profile": "-x",
            }
        ],
        "outgoing_pending": [],
    }
    (row,) = list(csv.reader(io.StringIO(triage_csv(result))))[1:]
    assert (
        row[1] == '\'=HYPERLINK("x")' and row[6] == "'@bad" and row[9] == "'+1" and row[10] == "'-x"
    )
