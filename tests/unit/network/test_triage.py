"""Triage of Invitations.csv: received invitations through the request checker, listed by
verdict; sent ones waiting four weeks or more; people already connected recognised.

Most tests stand a small fake in for the request checker, so they test the triage alone; the
last ones run the real checker on the sample files."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from connectwisely import InputError, check_request, review_network
from connectwisely.export.connections import read_connections
from connectwisely.export.invitations import read_invitations
from connectwisely.network.triage import MAX_CHECKED, triage
from tests.support.corpus import HELDOUT, TUNED
from tests.support.corpus import TODAY as CORPUS_TODAY
from tests.support.paths import SAMPLES
from tests.support.stand_in_checker import use_stand_in_checker

FIVE = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"
CONNECTIONS = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
TODAY = date(2026, 11, 25)


@pytest.fixture
def fake_checker(monkeypatch):
    """A stand-in checker: "whatsapp" → report, "crypto" → ignore, a note → accept, else reply-first."""
    seen = []

    def check_request(request, *, me=None, today=None, team=None):
        seen.append((request, today))
        message = request.get("message") or ""
        if "empty" in message:
            raise InputError("Nothing to check.")
        verdict = (
            "report"
            if "whatsapp" in message
            else "ignore"
            if "crypto" in message
            else "accept"
            if message
            else "reply-first"
        )
        return {
            "verdict": verdict,
            "risk": 90 if verdict == "report" else 10,
            "relevance": 50,
            "signals": [
                {
                    "id": "RQ999",
                    "kind": "risk",
                    "weight": 5,
                    "message": f"says {verdict}",
                    "evidence": "",
                    "guide": "guide/scams/#money-and-fees",
                }
            ],
            "summary": f"{verdict} it",
        }

    use_stand_in_checker(monkeypatch, check_request)
    return seen


def invitation(who, when, message, direction, url=""):
    inviter, invitee = (who, "Me") if direction == "INCOMING" else ("Me", who)
    urls = (
        (url, "https://www.linkedin.com/in/me")
        if direction == "INCOMING"
        else ("https://www.linkedin.com/in/me", url)
    )
    return f'{inviter},{invitee},"{when}","{message}",{direction},{urls[0]},{urls[1]}'


def run(lines, connections=""):
    invitations = read_invitations("\n".join([FIVE, *lines]))
    rows = read_connections(CONNECTIONS + connections).rows
    return triage(invitations, rows, TODAY)


def test_received_invitations_are_listed_worst_verdict_first_newest_first(fake_checker):
    """Report, ignore, reply first, accept; within a verdict, newest first."""
    out = run(
        [
            invitation("Al", "11/1/26, 9:00 AM", "hi", "INCOMING"),
            invitation("Bo", "11/20/26, 9:00 AM", "add me on whatsapp", "INCOMING"),
            invitation("Cy", "11/22/26, 9:00 AM", "", "INCOMING"),
            invitation("Di", "11/10/26, 9:00 AM", "crypto gains", "INCOMING"),
            invitation("Ed", "11/24/26, 9:00 AM", "great talk", "INCOMING"),
        ]
    )
    assert [(e["name"], e["verdict"]) for e in out["invitations"]] == [
        ("Bo", "report"),
        ("Di", "ignore"),
        ("Cy", "reply-first"),
        ("Ed", "accept"),
        ("Al", "accept"),
    ]
    assert out["invitation_counts"] == {"report": 1, "ignore": 1, "reply-first": 1, "accept": 2}
    assert out["incoming_total"] == 5 and out["outgoing_total"] == 0
    assert out["invitations"][0]["reasons"][0]["id"] == "RQ999"
    assert out["invitations"][0]["sent"] == "2026-11-20"


def test_the_checker_gets_the_name_and_note_only_with_today(fake_checker):
    """Each received invitation is checked from its sender's name and note, as of today."""
    run([invitation("Ana Lee", "11/1/26, 9:00 AM", "hello there", "INCOMING")])
    assert fake_checker == [({"name": "Ana Lee", "message": "hello there"}, "2026-11-25")]


def test_a_refusal_from_the_checker_leaves_the_invitation_unchecked(fake_checker):
    """An InputError from the checker is shown as the invitation's summary, not raised."""
    out = run([invitation("Al", "11/1/26, 9:00 AM", "empty", "INCOMING")])
    (entry,) = out["invitations"]
    assert entry["verdict"] is None and entry["summary"] == "Nothing to check."
    assert out["invitation_counts"] == {"unchecked": 1}


def test_sent_invitations_waiting_four_weeks_or_more_are_listed_oldest_first(fake_checker):
    """28 days or more (the guide's four to six weeks): listed, oldest first; 27 days: not yet;
    accepted ones: never."""
    out = run(
        [
            invitation("New", "10/29/26, 9:00 AM", "", "OUTGOING"),  # 27 days
            invitation("Edge", "10/28/26, 9:00 AM", "", "OUTGOING"),  # 28 days
            invitation(
                "Old", "6/1/26, 9:00 AM", "hi", "OUTGOING", "https://www.linkedin.com/in/old"
            ),
            invitation(
                "Taken", "1/1/26, 9:00 AM", "", "OUTGOING", "https://www.linkedin.com/in/taken-1"
            ),
            invitation("Undated", "someday", "", "OUTGOING"),
        ],
        connections="Tee,Kay,https://www.linkedin.com/in/Taken-1/,,Acme,CTO,01 Feb 2026",
    )
    assert [(p["name"], p["days"]) for p in out["outgoing_pending"]] == [("Old", 177), ("Edge", 28)]
    assert out["outgoing_pending"][0]["profile"] == "https://www.linkedin.com/in/old"
    assert out["outgoing_total"] == 5 and out["invitations"] == []


def test_people_already_connected_are_recognised_by_profile_or_name(fake_checker):
    """A received invitation from a connection is marked connected (by URL, else by name)."""
    out = run(
        [
            invitation("Ana Lee", "11/1/26, 9:00 AM", "hi", "INCOMING"),
            invitation(
                "Someone Else",
                "11/2/26, 9:00 AM",
                "hi",
                "INCOMING",
                "https://www.linkedin.com/in/bo-chen?x=1",
            ),
            invitation("Cy Stranger", "11/3/26, 9:00 AM", "hi", "INCOMING"),
        ],
        connections="ana,LEE,,,Acme,CTO,01 Feb 2026\nBo,Chen,https://www.linkedin.com/in/bo-chen,,,,02 Feb 2026",
    )
    assert {e["name"]: e["connected"] for e in out["invitations"]} == {
        "Ana Lee": True,
        "Someone Else": True,
        "Cy Stranger": False,
    }


def test_the_number_checked_is_bounded(fake_checker):
    """Past MAX_CHECKED received invitations, the oldest are counted but not checked."""
    lines = [
        invitation(f"P{i}", "11/1/26, 9:00 AM", "", "INCOMING") for i in range(MAX_CHECKED + 7)
    ]
    out = run(lines)
    assert len(out["invitations"]) == MAX_CHECKED
    assert out["incoming_unchecked"] == 7 and out["incoming_total"] == MAX_CHECKED + 7


def test_review_network_adds_the_triage_and_its_advice(fake_checker):
    """With Invitations.csv, the review carries the triage and advice about it."""
    lines = [
        invitation("Bo", "11/20/26, 9:00 AM", "add me on whatsapp", "INCOMING"),
        invitation("Cy", "11/22/26, 9:00 AM", "", "INCOMING"),
        invitation("Old", "6/1/26, 9:00 AM", "hi", "OUTGOING"),
    ]
    result = review_network(
        CONNECTIONS + "Ana,Lee,,,Acme,CTO,01 Feb 2026",
        invitations_csv="\n".join([FIVE, *lines]),
        today="2026-11-25",
    )
    assert [e["name"] for e in result["invitations"]] == ["Bo", "Cy"]
    assert [p["name"] for p in result["outgoing_pending"]] == ["Old"]
    assert {"NW005", "NW006", "NW007"} <= {a["id"] for a in result["advice"]}


# -- with the real request checker ---------------------------------------------------------


def real_checker():
    return pytest.importorskip(
        "connectwisely.checker.check", reason="the request checker has not landed"
    )


def test_the_real_checker_triages_the_sample():
    """The sample's five received invitations each get one of the four verdicts."""
    real_checker()
    result = review_network(
        (SAMPLES / "Connections.csv").read_text(encoding="utf-8"),
        invitations_csv=(SAMPLES / "Invitations.csv").read_text(encoding="utf-8"),
        today="2025-11-25",
    )
    assert result["incoming_total"] == 5
    assert len(result["invitations"]) == 5
    assert all(
        e["verdict"] in ("report", "ignore", "reply-first", "accept") for e in result["invitations"]
    )
    assert all(isinstance(e["summary"], str) and e["summary"] for e in result["invitations"])
    assert [p["name"] for p in result["outgoing_pending"]] == [
        "Ruben Okonkwo",
        "Felix Adeyemi-Clarke",
        "Tomasz Wierzbicki",
    ]  # Abimbola Reyes-Thorne's waited 22 days: not yet four weeks


@pytest.mark.parametrize(
    ("message", "not_verdicts"),
    [
        (
            "Hi! Let's move this to WhatsApp, I have a crypto investment with guaranteed 40% returns. Send your bank details.",
            ("accept",),
        ),
        (
            "Hi Maren, we met at the Lisbon data meetup on Thursday. Would love to stay in touch!",
            ("report",),
        ),
    ],
)
def test_the_real_checker_copes_with_a_note_alone(message, not_verdicts):
    """Name and note only: a scam note is never 'accept'; a warm, specific note is never 'report'."""
    real_checker()
    text = "\n".join(
        [FIVE, invitation("Sam Doe", "11/20/26, 9:00 AM", message.replace('"', ""), "INCOMING")]
    )
    result = review_network(CONNECTIONS, invitations_csv=text, today="2026-11-25")
    (entry,) = result["invitations"]
    assert entry["verdict"] not in not_verdicts


def _corpus_invitations(cases: list[dict]) -> str:
    """Invitations.csv holding each case's sender and note as LinkedIn writes them (quoted
    cells, notes with commas, quotes and line breaks), the case's id in the profile URL."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIVE.split(","))
    for case in cases:
        request = case["input"]
        writer.writerow(
            [
                request.get("name", ""),
                "Me Myself",
                "11/20/26, 9:00 AM",
                request.get("message", ""),
                "INCOMING",
                f"https://www.linkedin.com/in/{case['id']}",
                "https://www.linkedin.com/in/me",
            ]
        )
    return out.getvalue()


def test_the_triage_and_the_checker_agree_on_every_request_case():
    """One voice: every case of the checker's corpus, as an invitation in Invitations.csv, gets
    in the network review the verdict, summary and quoted evidence the request checker gives
    that invitation's name and note."""
    real_checker()
    cases = [c for c in TUNED + HELDOUT if not isinstance(c["input"].get("name", ""), list)]
    assert len(cases) > 300, "the corpus holds every language's cases"
    for start in range(0, len(cases), MAX_CHECKED):
        batch = cases[start : start + MAX_CHECKED]
        result = review_network(
            CONNECTIONS, invitations_csv=_corpus_invitations(batch), today=CORPUS_TODAY
        )
        by_case = {e["profile"].rsplit("/", 1)[-1]: e for e in result["invitations"]}
        assert len(by_case) == len(batch)
        for case in batch:
            request = case["input"]
            entry = by_case[case["id"]]
            alone = {
                "name": request.get("name") or "A LinkedIn member",
                "message": request.get("message", ""),
            }
            checked = check_request(alone, today=CORPUS_TODAY)
            assert entry["verdict"] == checked["verdict"], case["id"]
            assert entry["summary"] == checked["summary"], case["id"]
            assert [r["evidence"] for r in entry["reasons"]] == [
                s["evidence"] for s in checked["signals"]
            ], case["id"]
