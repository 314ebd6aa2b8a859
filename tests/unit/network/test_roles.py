"""Job titles into function and seniority, from the title-word table."""

from __future__ import annotations

import pytest

from connectwisely.network.roles import FUNCTIONS, SENIORITIES, classify, word_table


@pytest.mark.parametrize(
    ("title", "function", "seniority"),
    [
        ("Software Engineer", "engineering", "professional"),
        ("Sr. Software Engineer II", "engineering", "senior"),
        ("software engineer @ Hooli", "engineering", "professional"),
        ("VP Engineering", "engineering", "vp"),
        ("Data Engineer", "data", "professional"),
        ("Sales Engineer", "sales", "professional"),
        ("Head of Data", "data", "director"),
        ("Co-Founder & CEO", "leadership", "founder"),
        ("Talent Acquisition Partner", "recruiting", "professional"),
        ("Engineering Manager", "engineering", "manager"),
        ("Product Manager, Growth", "product", "manager"),
        ("Student at Uppsala University", "education", "entry"),
        ("Barista", "unclassified", "unclassified"),
        ("Directrice artistique", "unclassified", "unclassified"),
    ],
)
def test_titles_get_their_function_and_seniority(title, function, seniority):
    """The first function and the first seniority whose words the title holds."""
    assert classify(title) == (function, seniority)


def test_the_table_is_shown_whole():
    """The page's copy of the table has every bucket and word."""
    shown = word_table()
    assert [f["id"] for f in shown["functions"]] == [f[0] for f in FUNCTIONS]
    assert [s["id"] for s in shown["seniorities"]] == [s[0] for s in SENIORITIES]
    assert all(f["words"] for f in shown["functions"])
