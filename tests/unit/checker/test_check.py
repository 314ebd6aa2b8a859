"""The request checker end to end: the case table, the verdict rules, input errors, result shape."""

from __future__ import annotations

import json
from datetime import date

import pytest

from connectwisely import InputError, check_request
from connectwisely.checker.check import REQUEST_FIELDS, VERDICTS, WHY, combine, decide
from connectwisely.checker.signals import BY_ID, SIGNALS
from connectwisely.core.guide import PAGES
from tests.support.corpus import TUNED as EXAMPLES
from tests.support.paths import CASES_DIR

TODAY = "2026-11-25"
CASES = json.loads((CASES_DIR / "requests.json").read_text())
NEVER_ACCEPT = {"ignore", "report"}


def run(case: dict) -> str:
    try:
        return check_request(case["input"], me=case.get("me"), today=TODAY)["verdict"]
    except InputError:
        return "InputError"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_shared_case_is_right(case):
    """Each case in tests/cases/requests.json gets one of its acceptable verdicts (or InputError)."""
    expect = case["expect"] if isinstance(case["expect"], list) else [case["expect"]]
    assert run(case) in expect, case["why"]


@pytest.mark.parametrize("case", EXAMPLES, ids=[c["id"] for c in EXAMPLES])
def test_realistic_examples_are_right(case):
    """Requests written from the published warnings (not the shared cases) get an acceptable verdict."""
    assert run(case) in case["expect"]


def test_no_scam_or_spam_case_is_ever_accepted():
    """A case whose acceptable verdicts are only ignore/report never gets 'accept'."""
    for case in CASES + EXAMPLES:
        if isinstance(case["expect"], list) and set(case["expect"]) <= NEVER_ACCEPT:
            assert run(case) != "accept", case["id"]


def _signals(*flags_and_ids: str) -> list[dict]:
    by_flag = {}
    for s in SIGNALS:
        by_flag.setdefault(s.flag, s.id)
    return [{"id": f if f.startswith("RQ") else by_flag[f]} for f in flags_and_ids]


@pytest.mark.parametrize(
    ("flags", "verdict", "rule"),
    [
        (("RQ003", "known", "shared", "support"), "report", "red"),
        (("RQ009", "known", "shared"), "reply-first", "softened"),
        (("RQ009", "RQ010", "claimed", "shared"), "reply-first", "softened"),
        (("RQ009", "workplace", "shared"), "reply-first", "softened"),
        (("RQ004", "known"), "report", "red"),
        (("RQ005", "claimed", "shared"), "report", "red"),
        (("red", "workplace"), "report", "red"),
        (("workplace", "shared"), "accept", "context"),
        (("claimed", "workplace"), "accept", "context"),
        (("workplace",), "reply-first", "some-reason"),
        (("scam", "scam"), "report", "scams"),
        (("scam", "fake", "fake"), "report", "scams"),
        (("scam",), "ignore", "warning"),
        (("spam", "known"), "reply-first", "warning-but-known"),
        (("spam", "shared", "reason"), "ignore", "warning"),
        (("known", "fake"), "accept", "context"),
        (("known", "fake", "fake"), "reply-first", "known-but-doubtful"),
        (("claimed", "shared"), "accept", "context"),
        (("claimed", "shared", "fake"), "reply-first", "some-reason"),
        (("claimed",), "reply-first", "some-reason"),
        (("fake", "fake", "reason"), "ignore", "fake"),
        (("reason", "caution"), "reply-first", "some-reason"),
        (("caution", "note"), "ignore", "no-reason"),
        (("note", "support"), "reply-first", "unknown"),
        ((), "reply-first", "unknown"),
    ],
)
def test_the_verdict_rules_in_order(flags, verdict, rule):
    """decide() applies its documented rules in order: red flags first, thin requests last."""
    assert decide(_signals(*flags)) == (verdict, rule)
    assert rule in WHY


@pytest.mark.parametrize(
    ("weights", "score"),
    [([], 0), ([50], 50), ([50, 50], 75), ([100, 10], 100), ([70] * 20, 100), ([10, 10], 19)],
)
def test_combine_stays_within_0_and_100(weights, score):
    """Weights combine as independent chances, so the score never leaves 0–100."""
    assert combine(weights) == score


def test_result_shape_and_links():
    """The result carries DESIGN's keys; every signal has exactly its six keys and a real guide link."""
    result = check_request(CASES[0]["input"], today=TODAY)
    assert {"verdict", "risk", "relevance", "signals", "summary"} <= set(result)
    assert result["verdict"] in VERDICTS
    assert isinstance(result["summary"], str) and result["summary"]
    for signal in result["signals"]:
        assert set(signal) == {"id", "kind", "weight", "message", "evidence", "guide"}
        assert isinstance(signal["evidence"], str) and signal["evidence"]
        assert signal["guide"] in PAGES.values()
    for step in result["next_steps"]:
        assert step["guide"] is None or step["guide"] in PAGES.values()
    assert json.loads(json.dumps(result)) == result


def test_results_are_deterministic():
    """The same request gives the very same result twice."""
    request = CASES[19]["input"]
    assert check_request(request, today=TODAY) == check_request(request, today=TODAY)


@pytest.mark.parametrize(
    ("request_", "me", "today", "field"),
    [
        ({}, None, TODAY, None),
        ({"name": "", "message": "  "}, None, TODAY, None),
        ([1, 2], None, TODAY, None),
        ("just text", None, TODAY, None),
        ({"name": 5}, None, TODAY, "name"),
        ({"mutual_connections": -1}, None, TODAY, "mutual_connections"),
        ({"connections": "500+"}, None, TODAY, "connections"),
        ({"has_photo": "yes"}, None, TODAY, "has_photo"),
        ({"relationship": "friends"}, None, TODAY, "relationship"),
        ({"joined": "2024/03"}, None, TODAY, "joined"),
        ({"joined": "1999-01"}, None, TODAY, "joined"),
        ({"joined": "2027-01"}, None, TODAY, "joined"),
        ({"name": "Ana"}, "software", TODAY, "me"),
        ({"name": "Ana"}, {"interests": 3}, TODAY, "me_interests"),
        ({"name": "Ana"}, None, "25/11/2026", "today"),
        ({"name": "Ana"}, None, "2026-02-30", "today"),
        ({"text": "Accept\nIgnore"}, None, TODAY, "text"),
    ],
)
def test_bad_input_is_an_input_error_naming_its_field(request_, me, today, field):
    """Wrong types, impossible dates and empty requests raise InputError with the field concerned."""
    with pytest.raises(InputError) as caught:
        check_request(request_, me=me, today=today)
    assert caught.value.field == field
    assert caught.value.message


def test_today_defaults_to_the_real_date():
    """Without ``today`` the account age is counted to the real date."""
    joined = date.today().strftime("%Y-%m")
    result = check_request({"name": "Ana", "joined": joined})
    assert "RQ022" in {s["id"] for s in result["signals"]}


@pytest.mark.parametrize("message", ["", "Hi, I'd like to join your LinkedIn network.", "Hello"])
def test_a_name_and_a_thin_note_never_gets_accept(message):
    """With no profile facts and nothing in the note, the verdict is reply-first or ignore."""
    result = check_request({"name": "Sam Doe", "message": message}, today=TODAY)
    assert result["verdict"] in ("reply-first", "ignore")
    assert result["suggested_reply"] or result["verdict"] == "ignore"


def test_a_paste_says_what_it_read_and_typed_fields_win():
    """Fields read from ``text`` are listed; a typed field overrides the paste and is not listed."""
    text = "Priya Nair · 2nd\nData Scientist at Monzo\n14 mutual connections\n\nHi! We worked together at Revolut."
    result = check_request({"text": text, "mutual_connections": 0}, today=TODAY)
    assert result["fields_read"] == ["name", "headline", "message", "degree"]
    assert "RQ026" in {s["id"] for s in result["signals"]}  # 0 mutual, as typed


def test_hostile_text_comes_back_as_plain_strings():
    """Markup in the input is only ever quoted as text in the result."""
    hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    result = check_request(
        {"name": hostile, "headline": hostile, "message": f"{hostile} text me on WhatsApp"},
        today=TODAY,
    )
    assert result["verdict"] == "report"
    assert any("<img" in s["evidence"] or "WhatsApp" in s["evidence"] for s in result["signals"])
    assert all(
        isinstance(v, str) for s in result["signals"] for v in s.values() if v != s["weight"]
    )


def test_the_api_fields_are_the_design_keys():
    """The request fields are exactly DESIGN's keys, in the order the page shows them."""
    assert {f.name for f in REQUEST_FIELDS} == {
        "name", "headline", "message", "mutual_connections", "connections", "followers",
        "has_photo", "verified", "joined", "positions", "location", "company", "relationship",
        "text",
    }  # fmt: skip


def _summary_cases() -> list[dict]:
    from tests.support.corpus import HELDOUT, OTHER_HANDS, TUNED

    return [c for c in TUNED + HELDOUT + OTHER_HANDS if "InputError" not in c["expect"]]


def _said(summary: str, label: str) -> bool:
    return label in summary or f"{label[0].upper()}{label[1:]}" in summary


@pytest.mark.parametrize("case", _summary_cases(), ids=lambda c: c["id"])
def test_every_summary_supports_its_verdict(case):
    """The summary opens with its verdict, and each reason it names pulls the verdict's way: an
    accept names no risk, an ignore or report names no trust; a reply first says what is
    missing, so it never reads as an accept ("the note names your shared past and the note is
    personal")."""
    result = check_request(case["input"], me=case.get("me"), today=case["today"])
    summary, verdict = result["summary"], result["verdict"]
    assert summary.startswith({"accept": "Accept.", "reply-first": "Reply first.", "ignore": "Ignore it.", "report": "Report it."}[verdict])  # fmt: skip
    reasons = [s for s in result["signals"] if s["id"] in BY_ID and BY_ID[s["id"]].flag != "note"]
    named = [s for s in reasons if _said(summary, BY_ID[s["id"]].label)]
    if verdict == "accept":
        assert all(s["kind"] != "risk" for s in named), summary
    if verdict in ("ignore", "report"):
        assert all(s["kind"] == "risk" for s in named), summary
    if verdict == "reply-first":
        assert ", but " in summary or ": " in summary, summary


def test_a_note_in_an_unread_language_says_so():
    """A note in Swedish: the summary says plainly that its words were not read."""
    result = check_request(
        {
            "name": "Oskar Berg",
            "message": "Hej Erik! Har du tid för en kort pratstund nästa vecka om era planer?",
        },
        today=TODAY,
    )
    assert "words were not read" in result["summary"]
    assert "RQ050" in {s["id"] for s in result["signals"]}


def test_an_executive_of_your_own_company_leads_the_summary():
    """A brand-new "CEO" of the reader's own company with no mutual connections: the summary
    leads with that claim and why it is a red flag, not with the channel move alone."""
    result = check_request(
        {
            "name": "Robert Hale",
            "headline": "CEO at Northwind Analytics",
            "message": "I need a favour handled discreetly. What's your cell?",
            "mutual_connections": 0,
            "connections": 14,
            "joined": "2026-11",
        },
        me={"company": "Northwind Analytics"},
        today=TODAY,
    )
    assert result["verdict"] == "report"
    assert result["summary"].startswith(
        "Report it. They claim an executive's seat at your own company, yet share no connection"
    )
    assert "connected to people you know" in result["summary"]
