"""Company names normalised: spellings of one employer are one key, self-employment is no
employer, and normalising twice changes nothing (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from connectwisely.network.companies import (
    ALIASES,
    NOT_EMPLOYERS,
    CompanyNames,
    company_key,
    is_self_employed,
)


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["Google", "Google LLC", "google", "Google, Inc.", "GOOGLE INC"], "google"),
        (["Facebook", "Meta", "Meta Platforms, Inc."], "meta"),
        (["Kestrel & Finch, LLP", "Kestrel and Finch LLP", "kestrel + finch"], "kestrel finch"),
        (["Halden Robotics GmbH", "Halden Robotics", "HALDEN ROBOTICS GMBH."], "halden robotics"),
        (["Northgate Mutual Insurance Co.", "Northgate Mutual Insurance Company"],
         "northgate mutual insurance"),
        (["Atelier Norrøna", "atelier norrøna"], "atelier norrøna"),
        (["Ernst & Young", "EY"], "ey"),
    ],
)  # fmt: skip
def test_spellings_of_one_employer_share_a_key(spellings, key):
    """Case, punctuation, "&"/"and", legal suffixes and the alias table make one key."""
    assert {company_key(s) for s in spellings} == {key}


@pytest.mark.parametrize(
    "name", ["Self-employed", "Self Employed", "Freelance", "freelancer", "N/A", "Independent"]
)
def test_self_employment_is_no_employer(name):
    """Working for oneself or a placeholder is not counted as a company."""
    assert company_key(name) == "" and is_self_employed(name)


def test_a_name_that_is_only_a_suffix_stays_a_name():
    """ "Co" or "Group" alone is somebody's company name, not nothing."""
    assert company_key("Group") == "group" and company_key("Co") == "co"


def test_the_group_is_shown_under_its_most_common_spelling():
    """Display: most common spelling in the reader's file, ties by name; merged groups listed."""
    names = CompanyNames()
    for spelled in ["Google LLC", "Google", "Google", "google", "Freelance", "Hooli"]:
        names.add(spelled)
    assert names.counts["google"] == 4 and names.display("google") == "Google"
    assert names.self_employed == 1
    assert names.merged() == [
        {"company": "Google", "count": 4, "spellings": ["Google", "Google LLC", "google"]}
    ]


def test_the_tables_are_data_in_folded_form_or_foldable():
    """Every alias and not-employer entry normalises to what the table says it is."""
    for key, others in ALIASES.items():
        assert all(company_key(other) == company_key(key) for other in others)
    assert all(company_key(n) == "" for n in NOT_EMPLOYERS)


company_text = st.one_of(
    st.text(max_size=40),
    st.builds(
        lambda name, suffix, sep: f"{name}{sep}{suffix}",
        st.sampled_from(["Google", "Acme", "Kestrel & Finch", "Meta", "Café Ltd", "x"]),
        st.sampled_from(["Inc.", "LLC", "GmbH", "Co", "plc", "Group", "S.A.", ""]),
        st.sampled_from([" ", ", ", "  "]),
    ),
)


@settings(max_examples=400, deadline=None)
@given(company_text)
def test_normalising_is_idempotent(name):
    """The key of a key is itself."""
    key = company_key(name)
    assert company_key(key) == key
