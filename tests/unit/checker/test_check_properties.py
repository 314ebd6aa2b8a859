"""Properties of the request checker over inputs of any shape (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectwisely import InputError, check_request
from connectwisely.checker.check import VERDICTS
from connectwisely.checker.signals import BY_ID

KEYS = [
    "name", "headline", "message", "mutual_connections", "connections", "followers",
    "has_photo", "verified", "joined", "positions", "location", "company", "relationship", "text",
]  # fmt: skip
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=80),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
plausible = {
    "name": st.text(max_size=60),
    "headline": st.text(max_size=120),
    "message": st.text(max_size=400),
    "text": st.text(max_size=600),
    "mutual_connections": st.integers(0, 30_000),
    "connections": st.integers(0, 30_000),
    "followers": st.integers(0, 10**9),
    "positions": st.integers(0, 1_000),
    "has_photo": st.booleans(),
    "verified": st.booleans(),
    "joined": st.from_regex(r"\A(19|20)\d\d-(0[1-9]|1[0-2])\Z"),
    "relationship": st.sampled_from(
        [
            "none",
            "met-in-person",
            "worked-together",
            "studied-together",
            "same-group",
            "introduced",
            "follows-my-work",
        ]
    ),
}
requests = st.one_of(
    st.fixed_dictionaries({}, optional=plausible),
    st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), json_values, max_size=6),
    json_values,
)
mes = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "industry": st.text(max_size=30),
            "interests": st.lists(st.text(max_size=20), max_size=5),
            "company": st.text(max_size=30),
        },
    ),
    json_values,
)
todays = st.one_of(st.just("2026-11-25"), st.none(), st.text(max_size=12), st.dates().map(str))


def _check(request, me, today):
    try:
        return check_request(request, me=me, today=today)
    except InputError as exc:
        assert exc.message
        return None


@SETTINGS
@given(requests, mes, todays)
def test_any_input_gives_a_verdict_or_an_input_error(request, me, today):
    """Whatever the shape of the input, the result is a verdict with 0–100 scores, or InputError."""
    result = _check(request, me, today)
    if result is None:
        return
    assert result["verdict"] in VERDICTS
    assert 0 <= result["risk"] <= 100 and 0 <= result["relevance"] <= 100
    assert json.loads(json.dumps(result)) == result


@SETTINGS
@given(st.fixed_dictionaries({}, optional=plausible), mes)
def test_a_scam_or_spam_signal_never_ends_in_accept(request, me):
    """If any red, scam or spam signal fires, the verdict is never 'accept'."""
    result = _check(request, me, "2026-11-25")
    if result is None:
        return
    flags = {BY_ID[s["id"]].flag for s in result["signals"]}
    if flags & {"red", "scam", "spam"}:
        assert result["verdict"] != "accept"
    if "red" in flags:
        assert result["verdict"] == "report"


@SETTINGS
@given(st.text(max_size=2_000))
def test_any_paste_gives_a_verdict_or_an_input_error_about_the_text(text):
    """Pasted text of any content is read tolerantly: a verdict, or InputError on ``text``."""
    try:
        result = check_request({"text": text}, today="2026-11-25")
    except InputError as exc:
        assert exc.field in ("text", None)
        return
    assert result["verdict"] in VERDICTS
    assert set(result["fields_read"]) <= {*KEYS, "degree"}


rules = st.fixed_dictionaries(
    {"id": st.from_regex(r"\A[a-z][a-z0-9-]{0,10}\Z"), "phrases": st.lists(st.text(min_size=3, max_size=20), min_size=1, max_size=3),
     "message": st.text(min_size=1, max_size=40)},
    optional={"severity": st.sampled_from(["report", "warn", "caution"]), "weight": st.integers(1, 100)},
)  # fmt: skip
teams = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "organisation": st.text(max_size=30),
            "company_names": st.lists(st.text(max_size=20), max_size=3),
            "company_domains": st.lists(
                st.from_regex(r"\A[a-z]{1,8}\.(com|example)\Z"), max_size=2
            ),
            "note_limit": st.sampled_from([200, 300]),
            "red_flags": st.lists(rules, max_size=2, unique_by=lambda r: r["id"]),
        },
    ),
    json_values,
)


@SETTINGS
@given(st.fixed_dictionaries({}, optional=plausible), teams)
def test_any_team_settings_give_a_verdict_or_an_input_error(request, team):
    """Team settings of any shape: a verdict that still never accepts a red flag, or InputError."""
    try:
        result = check_request(request, today="2026-11-25", team=team)
    except InputError as exc:
        assert exc.message and exc.field in ("team", None, *KEYS)
        return
    assert result["verdict"] in VERDICTS
    assert json.loads(json.dumps(result)) == result
    risky = [s for s in result["signals"] if s["kind"] == "risk" and s["id"].startswith("team:")]
    severities = (
        {r["id"]: r.get("severity", "warn") for r in team.get("red_flags", [])}
        if isinstance(team, dict)
        else {}
    )
    if any(severities.get(s["id"][5:]) == "report" for s in risky):
        assert result["verdict"] == "report"
