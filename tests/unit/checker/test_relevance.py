"""Matching the reader's field and company against the sender's."""

from __future__ import annotations

import pytest

from connectwisely.checker.relevance import company_core, overlap, same_company


@pytest.mark.parametrize(
    ("term", "theirs", "hit"),
    [
        ("data science", "Senior Data Scientist at Monzo", True),
        ("architecture", "Architect at Foster + Partners", True),
        ("TypeScript", "we use TypeScript and React", True),
        ("cybersecurity", "Application Security Engineer", True),
        ("software", "Senior Frontend Engineer", True),
        ("biotech", "Insurance Broker at Allstate", False),
        ("data", "Database administrator", False),
    ],
)
def test_overlap_by_word_form_or_neighbour(term, theirs, hit):
    """Word forms and a field's usual neighbours match; unrelated fields don't."""
    assert bool(overlap([term], theirs)) is hit


def test_company_matching_ignores_legal_suffixes():
    """'Acme Corp.' and 'ACME' are the same company; 'Acme' is not 'Acmeville'."""
    assert company_core("Acme Corp.") == "acme"
    assert same_company("Acme Corp", "HR at ACME Inc")
    assert not same_company("Acme", "Engineer at Acmeville")
