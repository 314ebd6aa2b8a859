"""The facts the rules read: merging a paste, account age, unknowns kept apart from "no"."""

from __future__ import annotations

from datetime import date

import pytest

from connectwisely import InputError
from connectwisely.checker.facts import Facts, account_age, age_text, gather

TODAY = date(2026, 11, 25)
EMPTY = {"text": None}


def test_typed_fields_win_over_the_paste():
    """A paste fills only what is missing, and fields_read lists what it filled."""
    facts = gather({"text": "Sam Lee\nRecruiter\n12 connections", "connections": 400}, {}, TODAY)
    assert facts.name == "Sam Lee" and facts.connections == 400
    assert facts.fields_read == ("name", "headline")


def test_an_impossible_pasted_join_date_is_dropped():
    """A paste's join date before LinkedIn existed is ignored, not an error."""
    facts = gather({"text": "Sam Lee\nJoined 1999"}, {}, TODAY)
    assert facts.joined is None and "joined" not in facts.fields_read


@pytest.mark.parametrize(
    ("joined", "months"), [("2026-11", 0), ("2026-05", 6), ("2003-05", 282), (None, None)]
)
def test_account_age_in_months(joined, months):
    """Months from the join month to today."""
    assert account_age(joined, TODAY) == months


@pytest.mark.parametrize("joined", ["2003-04", "2026-12"])
def test_account_age_refuses_impossible_dates(joined):
    """Before May 2003 or after today is an InputError on 'joined'."""
    with pytest.raises(InputError) as caught:
        account_age(joined, TODAY)
    assert caught.value.field == "joined"


def test_mutual_from_degree_and_employer_from_headline():
    """3rd-degree means no mutual connections; a headline's '… at X' names the employer."""
    assert Facts(degree=3).mutual == 0 and Facts(degree=2).mutual is None
    assert Facts(headline="Recruiter at Spotify | Music").employer == "Spotify"
    assert Facts(headline="Founder @ PipelineBoost").employer == "PipelineBoost"
    assert Facts(headline="Founder").employer == ""


def test_age_text():
    """Ages read naturally."""
    assert [age_text(n) for n in (1, 5, 30)] == ["1 month", "5 months", "2 years"]
