"""A checked profile boiled down to facts: positions, tenure, gaps, education, skills."""

from __future__ import annotations

import datetime as dt

import pytest

from connectwisely import InputError
from connectwisely.scorer.facts import experience_facts, profile_facts

TODAY = dt.date(2026, 11, 25)
JOBS = [
    {"title": "Lead", "company": "A", "start": "2022-04", "end": None, "description": "Cut costs 30% in a year."},
    {"title": "Dev", "company": "B", "start": "2019-09", "end": "2022-03", "description": "Built the pricing API."},
    {"title": "Intern", "company": "C", "start": "2016-01", "end": "2016-06", "description": None},
]  # fmt: skip


def test_experience_facts_count_what_the_scorer_needs():
    """Current and past jobs, descriptions, numbers, outcomes, dates, tenure and gaps."""
    facts = experience_facts(JOBS, TODAY)
    assert (facts.count, facts.current, facts.current_described, facts.past) == (3, True, True, 2)
    assert (facts.described, facts.with_numbers, facts.with_outcomes, facts.dated) == (2, 1, 2, 3)
    assert facts.current_months == 55  # April 2022 to November 2026
    assert facts.longest_gap_months == 38  # July 2016 to August 2019


def test_an_undated_job_without_an_end_is_current():
    """The API's rule: no end date means the job is held now."""
    facts = experience_facts([{"title": "Founder"}], TODAY)
    assert facts.current and facts.past == 0 and facts.dated == 0 and facts.current_months is None


def test_overlapping_jobs_leave_no_gap():
    """Jobs held at the same time do not make a gap."""
    jobs = [
        {"title": "A", "start": "2020-01", "end": "2024-01"},
        {"title": "B", "start": "2021-01", "end": "2022-01"},
        {"title": "C", "start": "2024-02"},
    ]
    assert experience_facts(jobs, TODAY).longest_gap_months == 0


def test_this_month_is_a_valid_start():
    """A job that started this month is fine; next month is not."""
    assert experience_facts([{"title": "A", "start": "2026-11"}], TODAY).current_months == 0
    with pytest.raises(InputError):
        experience_facts([{"title": "A", "start": "2026-12"}], TODAY)


def test_profile_facts_of_a_typed_profile():
    """Distinct skills are counted once; the fullest education entry counts; blanks are noted."""
    facts = profile_facts(
        {
            "skills": ["Go", "go", " Go ", "SQL"],
            "education": [{"school": "X"}, {"school": "Y", "degree": "BSc", "field": "Maths"}],
            "positions": [],
            "connections": 10,
        },
        TODAY,
    )
    assert facts.skills == 2 and facts.education == 2 and facts.education_detail == 1.0
    assert "connections" not in facts.not_given and "featured" in facts.not_given


def test_no_headline_means_linkedins_default():
    """Without a headline, LinkedIn shows the current job: scored as a bare title, and said so."""
    facts = profile_facts({"positions": [{"title": "Buyer", "company": "Acme"}]}, TODAY)
    assert facts.default_headline and facts.headline.present and facts.headline.bare_title
    assert not profile_facts(
        {"positions": [{"title": "Buyer", "end": "2020-01"}]}, TODAY
    ).headline.present
