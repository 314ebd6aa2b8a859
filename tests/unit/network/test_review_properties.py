"""Properties of the network review over arbitrary input: it returns a result or raises
InputError, never anything else; and what it returns adds up."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectwisely import InputError, review_network
from connectwisely.core.dates import read_dates

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
date_text = st.one_of(
    cell,
    st.builds(
        lambda d, m, y: f"{d:02d} {m} {y}",
        st.integers(0, 40),
        st.sampled_from(["Jan", "Feb", "Jun", "Foo", "Sept"]),
        st.integers(1990, 2100),
    ),
    st.builds(
        lambda m, d, y: f'"{m}/{d}/{y:02d}, 6:14 PM"',
        st.integers(0, 14),
        st.integers(0, 33),
        st.integers(0, 99),
    ),
)
row = st.builds(
    lambda cells, when: ",".join([*cells, when]), st.lists(cell, min_size=0, max_size=8), date_text
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(**kwargs):
    try:
        return review_network(**kwargs, today="2026-11-25")
    except InputError as exc:
        assert exc.message and isinstance(exc.message, str)
        return None


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_gives_a_result_or_an_input_error(text):
    """Arbitrary text as Connections.csv: a result or InputError, nothing else."""
    outcome(connections_csv=text)


@SETTINGS
@given(st.lists(row, max_size=30), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_rows_under_a_real_header_always_add_up(rows, newline, preamble):
    """Under a real header, any rows give a result whose parts add up to the total."""
    text = ('Notes:\n"x"\n\n' if preamble else "") + newline.join([HEADER, *rows])
    result = outcome(connections_csv=text)
    if result is None:
        return
    assert result["total"] >= result["hidden"] >= 0
    dated = sum(m["count"] for m in result["by_month"])
    assert dated + result["undated"] == result["total"]
    assert sum(result["by_year"].values()) == dated
    assert 0.0 <= result["concentration"] <= 1.0
    assert result["missing_company"] <= result["total"] - result["hidden"]
    json.dumps(result)


@SETTINGS
@given(st.text(max_size=300))
def test_any_text_as_invitations_gives_a_result_or_an_input_error(text):
    """Arbitrary text as Invitations.csv beside a valid Connections.csv: result or InputError."""
    outcome(connections_csv=HEADER, invitations_csv="From,To,Sent At,Message,Direction\n" + text)
    outcome(connections_csv=HEADER, invitations_csv=text)


@SETTINGS
@given(st.lists(date_text, max_size=20))
def test_dates_parse_to_a_date_or_none(texts):
    """Any date strings map each to a date or None."""
    out = read_dates(texts)
    assert set(out) == set(texts)


def _records(text: str) -> tuple[str, list[list[str]]]:
    """A CSV's preamble-and-header text and its records (multi-line cells kept whole)."""
    import csv
    import io

    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if "Connected On" in line or "CONVERSATION" in line)
    head = "\n".join(lines[: at + 1])
    return head, list(csv.reader(io.StringIO("\n".join(lines[at + 1 :]), newline="")))


def _written(head: str, records: list[list[str]]) -> str:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(records)
    return head + "\n" + out.getvalue()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_reordering_rows_never_changes_the_review(rnd):
    """The sample's connections and messages in any order: the same review, lists included."""
    from tests.support.paths import SAMPLES

    texts = {}
    for field, name in (("connections_csv", "Connections.csv"), ("messages_csv", "messages.csv")):
        head, records = _records((SAMPLES / name).read_text(encoding="utf-8"))
        texts[field] = (head, records)
    base = {f: _written(h, r) for f, (h, r) in texts.items()}
    shuffled = {}
    for field, (head, records) in texts.items():
        records = list(records)
        rnd.shuffle(records)
        shuffled[field] = _written(head, records)
    kwargs = {"today": "2025-11-25", "interests": "data, halden", "company": "Lumen Freight"}
    assert review_network(**shuffled, **kwargs, earlier_csv=shuffled["connections_csv"]) == (
        review_network(**base, **kwargs, earlier_csv=base["connections_csv"])
    )
