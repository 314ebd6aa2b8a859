"""Dates as LinkedIn's export writes them, every era, and the ``today`` argument."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest

from connectwisely import InputError
from connectwisely.core import dates
from connectwisely.core.dates import (
    MONTH_PATTERN,
    month_name,
    parse_date,
    parse_today,
    read_dates,
    read_month,
)
from tests.support.paths import SAMPLES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 Nov 2025", date(2025, 11, 18)),  # Connections.csv since 2020
        ("04 Nov 2025", date(2025, 11, 4)),
        ("4 Nov 2025", date(2025, 11, 4)),
        ("18-Jun-24", date(2024, 6, 18)),  # re-saved by a spreadsheet
        ("02-Jan-2024", date(2024, 1, 2)),
        ("1/8/18, 6:14 PM", date(2018, 1, 8)),  # Connections.csv 2018, Invitations.csv always
        ("11/24/25, 9:14 AM", date(2025, 11, 24)),
        ("09/15/25, 04:12 PM", date(2025, 9, 15)),  # zero-padded, as in Recommendations
        ("2025-07-01 14:33:22", date(2025, 7, 1)),
        ("2024/06/18", date(2024, 6, 18)),
        ("Jun 18, 2024", date(2024, 6, 18)),
        ("18 September 2023", date(2023, 9, 18)),
        ("18 sept 2023", date(2023, 9, 18)),
        ("18.06.2024", date(2024, 6, 18)),  # a European spreadsheet: day first
        ("31 Feb 2024", None),
        ("13/13/2024", None),
        ("Yesterday", None),
        ("", None),
        ("18 Foo 2024", None),
        ("123 Jun 2024", None),
        ("1/8", None),
    ],
)
def test_parse_date_reads_every_era(text, expected):
    """Each date style seen in real exports gives its date; nonsense gives None."""
    assert parse_date(text) == expected


def test_slashed_dates_are_month_first_unless_the_file_says_otherwise():
    """A file's numeric dates are read one way for the whole file: day-first only if it shows."""
    us = read_dates(["1/8/18", "12/3/24"])
    assert us == {"1/8/18": date(2018, 1, 8), "12/3/24": date(2024, 12, 3)}
    european = read_dates(["1/8/18", "25/3/24"])
    assert european == {"1/8/18": date(2018, 8, 1), "25/3/24": date(2024, 3, 25)}


def test_two_digit_years_use_the_posix_pivot():
    """68 is 2068 and 69 is 1969, as strptime reads them."""
    assert parse_date("01-Jan-68") == date(2068, 1, 1)
    assert parse_date("01-Jan-69") == date(1969, 1, 1)


@pytest.mark.parametrize("bad", ["2026-13-01", "25/11/2026", "tomorrow", 20261125, "2026-02-30"])
def test_parse_today_refuses_anything_but_an_iso_date(bad):
    """A wrong ``today`` is an InputError on the field ``today``."""
    with pytest.raises(InputError) as caught:
        parse_today(bad)
    assert caught.value.field == "today"


def test_parse_today_reads_an_iso_date_and_defaults_to_the_clock():
    """``"2026-11-25"`` is that day; None is the real date."""
    assert parse_today("2026-11-25") == date(2026, 11, 25)
    assert parse_today(None) == date.today()


def test_month_name_writes_a_month_for_people():
    """``2024-06`` reads ``Jun 2024``."""
    assert month_name("2024-06") == "Jun 2024"


@pytest.mark.parametrize(
    ("word", "number"),
    [("Jan", 1), ("january", 1), ("Sept.", 9), ("sep", 9), ("MAY", 5), ("Dec", 12), ("Foo", None)],
)
def test_month_number_reads_names_and_abbreviations(word, number):
    assert dates.month_number(word) == number


@pytest.mark.parametrize(
    ("digits", "year"), [("2024", 2024), ("24", 2024), ("68", 2068), ("69", 1969), ("123", None)]
)
def test_full_year_uses_the_posix_pivot_for_two_digits(digits, year):
    assert dates.full_year(digits) == year


@pytest.mark.parametrize(
    ("text", "end", "month"),
    [
        ("2022-03", False, "2022-03"),
        ("2022-3", False, "2022-03"),
        ("2022/03", False, None),  # year first only as ISO writes it
        ("Mar 2022", False, "2022-03"),
        ("March 2022", False, "2022-03"),
        ("mar. 2022", False, "2022-03"),
        ("03/2022", False, "2022-03"),
        ("3-2022", False, "2022-03"),
        ("03.2022", False, "2022-03"),
        ("2022", False, "2022-01"),
        ("2022", True, "2022-12"),
        ("marzo de 2022", False, "2022-03"),  # es
        ("outubro de 2020", False, "2020-10"),  # pt
        ("März 2022", False, "2022-03"),  # de
        ("Dez 2020", False, "2020-12"),  # de
        ("févr. 2022", False, "2022-02"),  # fr
        ("juil. 2019", False, "2019-07"),  # fr
        ("giugno 2021", False, "2021-06"),  # it
        ("  Sept 2023 ", False, "2023-09"),
        ("2022-13", False, None),
        ("13/2022", False, None),
        ("Smarch 2022", False, None),
        ("1899", False, None),
        ("spring", False, None),
        ("", False, None),
    ],
)
def test_read_month_takes_linkedins_forms_in_six_languages(text, end, month):
    """A month as LinkedIn and people write it becomes YYYY-MM; anything else is None."""
    assert read_month(text, end=end) == month


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Mar 2022", True),
        ("März 2022", True),
        ("marzo de 2022", True),
        ("03/2022", True),
        ("2022", True),
        ("2022-03", True),
        ("2022-13", False),
        ("13/2022", False),
        ("spring", False),
    ],
)
def test_the_browser_pattern_admits_what_read_month_reads(text, matches):
    """MONTH_PATTERN (the form's ``pattern``) takes the same forms, as a whole-value match."""
    as_python = MONTH_PATTERN.replace(r"\p{L}", r"[^\W\d_]")
    assert bool(re.fullmatch(as_python, text)) is matches


_SAMPLE_DATE_COLUMNS = (("Connections.csv", "Connected On"), ("Invitations.csv", "Sent At"))


@pytest.mark.parametrize(
    "text",
    [
        *(
            row[column]
            for name, column in _SAMPLE_DATE_COLUMNS
            for row in csv.DictReader(
                io.StringIO((SAMPLES / name).read_text(encoding="utf-8").split("\n\n")[-1])
            )
        ),
        "18  Nov 2025",  # two spaces: off the fast path
        "18 Nov2025",
        "18 Nov 2025 ",
        "1 " + "9" * 45,  # over 40 characters: the pattern reads only the start
        "18 Déc 2025",
        "١٨ Nov 2025",  # digits the pattern reads but the fast path leaves to it
        "x y z",
    ],
)
def test_the_split_tokens_are_the_patterns(text):
    """The fast split of a plain date gives exactly the pattern's tokens, on every date of
    the sample exports and on texts at the edge of the fast path."""
    assert dates._tokens(text) == dates._TOKENS.findall(text[:40])
