"""Naming people: the reconnect list and "who do I know at …", with the property that nobody
connected less than a year ago is listed unless the reader asks (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectwisely import review_network
from connectwisely.export.connections import Connection
from connectwisely.network.people import reconnect, terms, years_between
from tests.support.paths import SAMPLES

AS_OF = date(2025, 11, 25)


def sample(**kwargs) -> dict:
    return review_network(
        (SAMPLES / "Connections.csv").read_text(encoding="utf-8"), today="2025-11-25", **kwargs
    )


def test_without_words_everyone_known_a_year_is_listed_longest_known_first():
    """Rafael (Dec 2024) is under a year; Sunniva, Bartholomew, Yara and Wren are not;
    hidden rows are never named."""
    result = sample()["reconnect"]
    assert [p["name"] for p in result["people"]] == [
        "Wren Castellano", "Yara El-Masri", "Bartholomew Nkemelu", "Sunniva Haaland",
    ]  # fmt: skip
    wren = result["people"][0]
    assert (wren["connected"], wren["years"], wren["profile"]) == (
        "2019-06-14", 6, "https://www.linkedin.com/in/wrencastellano",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("interests", "names"),
    [
        ("Halden Robotics", ["Wren Castellano"]),  # the company, normalised (GmbH dropped)
        ("data", ["Bartholomew Nkemelu"]),  # a title word
        # Wren by company; Yara ("Motion Designer") and Sunniva ("UX Researcher") by function
        ("design, halden", ["Wren Castellano", "Yara El-Masri", "Sunniva Haaland"]),
        # "Engineering Manager"; a "Data Engineer" is in data, and "engineer" is another word
        ("Engineering", ["Wren Castellano"]),
        ("nobody here", []),
    ],
)
def test_words_narrow_the_list(interests, names):
    """A term matches the normalised company, a word of the title, or the title's function."""
    assert [p["name"] for p in sample(interests=interests)["reconnect"]["people"]] == names


def test_asking_for_newer_people_lists_them_too():
    """min_years=0 lists everyone visible, the recent ones included."""
    assert sample(min_years=0)["reconnect"]["count"] == 14


def test_anniversaries_this_month_come_first():
    """Someone connected in November some years ago: "N years this month", listed first."""
    rows = [
        Connection("Old", "Friend", "", "Acme", "CTO", date(2015, 3, 1), False),
        Connection("Nov", "Friend", "", "Acme", "CTO", date(2020, 11, 2), False),
    ]
    people = reconnect(rows, AS_OF, [])["people"]
    assert [(p["name"], p["anniversary"], p["years"]) for p in people] == [
        ("Nov Friend", True, 5), ("Old Friend", False, 10),
    ]  # fmt: skip


def test_who_do_i_know_at_uses_the_normalised_name():
    """ "brightwater analytics inc" finds both Brightwater people; self-employment finds none."""
    found = sample(company="brightwater analytics inc")["lookup"]
    assert [p["name"] for p in found["people"]] == ["Ines Valderrama", "Oskar Lindqvar"]
    assert sample(company="Freelance")["lookup"]["count"] == 0


def test_terms_are_split_and_deduplicated():
    """Commas or semicolons; the same word twice is once."""
    assert terms("Hooli; data, Data ,  ") == ["Hooli", "data"]
    assert terms(["a", "b"]) == ["a", "b"] and terms(None) == []


def test_years_count_whole_years():
    """A leap-day start has its anniversary on 28 February; a day short is a year less."""
    assert years_between(date(2020, 2, 29), date(2021, 2, 28)) == 0
    assert years_between(date(2020, 2, 29), date(2021, 3, 1)) == 1
    assert years_between(date(2020, 5, 5), date(2025, 5, 5)) == 5


connections = st.lists(
    st.builds(
        lambda days, hidden, company: Connection(
            "A", "B", "", company, "Engineer", AS_OF - timedelta(days=days), hidden
        ),
        st.integers(-30, 4000),
        st.booleans(),
        st.sampled_from(["Acme", "Hooli", ""]),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(connections, st.lists(st.sampled_from(["Acme", "engineer", "x"]), max_size=2))
def test_nobody_connected_under_a_year_is_named_unless_asked(rows, words):
    """Default min_years: every listed person has been connected a year or more."""
    for entry in reconnect(rows, AS_OF, words)["people"]:
        assert entry["years"] >= 1
        assert date.fromisoformat(entry["connected"]) <= AS_OF.replace(year=AS_OF.year - 1)
