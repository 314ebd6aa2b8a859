"""The figures from Connections.csv: employers counted once however they are spelt (exact,
against the generator), the partial month marked, figures that mean nothing at a small size
flagged, the role mix adding up — and no figure that depends on the rows' order (hypothesis)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectwisely import review_network
from connectwisely.export.connections import Connection
from connectwisely.network.figures import figures, is_partial
from tests.support.generated_connections import ERAS, TODAY, generate


@pytest.mark.parametrize("era", ERAS)
def test_employers_under_several_spellings_count_once(tmp_path, era):
    """--variants: "Google LLC", "google", "Self-employed"…: the generator's employer figures."""
    path, truth = generate(tmp_path, rows=1200, era=era, variants=True, seed=11)
    result = review_network(path.read_text(encoding="utf-8"), today=TODAY)
    for key in ("top_companies", "companies", "self_employed", "concentration", "total"):
        assert result[key] == truth[key], key
    assert result["merged_companies"]  # the groups written several ways are listed


@pytest.mark.parametrize(
    ("month", "day", "partial"),
    [
        ("2026-11", date(2026, 11, 25), True),
        ("2026-11", date(2026, 11, 30), False),  # the month's last day: complete
        ("2026-10", date(2026, 11, 25), False),
        ("2026-12", date(2026, 12, 31), False),
    ],
)
def test_the_current_month_is_partial_until_its_last_day(month, day, partial):
    assert is_partial(month, day) == partial


def test_the_review_marks_the_partial_month(tmp_path):
    """Only the last month carries partial: true; the chart draws it as such."""
    path, _ = generate(tmp_path, rows=400)
    months = review_network(path.read_text(encoding="utf-8"), today=TODAY)["by_month"]
    assert months[-1] == {**months[-1], "partial": True} and months[-1]["month"] == "2026-11"
    assert not any(m.get("partial") for m in months[:-1])


def test_role_mix_adds_up_and_says_what_is_unclassified(tmp_path):
    """Functions and seniorities each sum to the titled rows; the unclassified share is given."""
    path, _ = generate(tmp_path, rows=800, seed=2)
    result = review_network(path.read_text(encoding="utf-8"), today=TODAY)
    for mix in ("functions", "seniorities"):
        assert sum(b["count"] for b in result[mix]) == result["titled"]
    unclassified = {b["id"]: b["count"] for b in result["functions"]}.get("unclassified", 0)
    assert result["unclassified_share"] == round(unclassified / result["titled"], 4)


def test_concentration_is_flagged_meaningless_with_ten_employers_or_fewer():
    """With 10 employers "the top 10 hold 100%" says nothing."""
    rows = [
        Connection("A", "B", "", f"Company {i}", "", date(2024, 1, 1), False) for i in range(10)
    ]
    assert not figures(rows, date(2025, 1, 1))["concentration_meaningful"]
    rows.append(Connection("A", "B", "", "Company 10", "", date(2024, 1, 1), False))
    assert figures(rows, date(2025, 1, 1))["concentration_meaningful"]


rows = st.lists(
    st.builds(
        Connection,
        st.sampled_from(["Ana", "Bo", ""]),
        st.sampled_from(["Silva", ""]),
        st.sampled_from(["", "https://www.linkedin.com/in/x"]),
        st.sampled_from(["Google", "Google LLC", "google", "Freelance", "Hooli", ""]),
        st.sampled_from(["Software Engineer", "CEO", "Barista", ""]),
        st.one_of(st.none(), st.dates(date(2015, 1, 1), date(2026, 11, 25))),
        st.booleans(),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(rows, st.randoms(use_true_random=False))
def test_reordering_rows_never_changes_a_figure(connections, rnd: random.Random):
    """Every figure is the same for the rows in any order."""
    shuffled = list(connections)
    rnd.shuffle(shuffled)
    assert figures(shuffled, date(2026, 11, 25)) == figures(connections, date(2026, 11, 25))
