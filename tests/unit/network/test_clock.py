"""The day the review counts from: the reader's, else the export's name, else the newest date
in the files, else the device's clock — and the review says which."""

from __future__ import annotations

from datetime import date

import pytest

from connectwisely import review_network
from connectwisely.network.clock import as_of, date_in_name
from tests.support.paths import SAMPLES


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Basic_LinkedInDataExport_11-25-2026.zip", date(2026, 11, 25)),
        ("Complete_LinkedInDataExport_07-11-2023 (1).zip", date(2023, 7, 11)),
        ("Basic_LinkedInDataExport_13-25-2026.zip", None),  # month first: no 13th month
        ("Connections.csv", None),
        (None, None),
    ],
)
def test_the_export_name_gives_its_date_month_first(name, expected):
    """LinkedIn names the archive MM-DD-YYYY."""
    assert date_in_name(name) == expected


def test_the_order_of_sources():
    """Given, then the name, then the newest date, then the clock."""
    dates = [date(2025, 1, 1), None, date(2025, 3, 4)]
    assert as_of("2026-01-02", "x_11-25-2026.zip", dates) == (date(2026, 1, 2), "given")
    assert as_of(None, "x_11-25-2026.zip", dates) == (date(2026, 11, 25), "export-name")
    assert as_of(None, "Connections.csv", dates) == (date(2025, 3, 4), "newest-date")
    assert as_of(None, None, [None])[1] == "clock"


def test_a_review_read_later_still_counts_from_the_export():
    """An export from November reviewed in March: pace, pending days and "no new
    connections" are the export's, and the review says which date it used."""
    texts = {
        "connections_csv": (SAMPLES / "Connections.csv").read_text(encoding="utf-8"),
        "invitations_csv": (SAMPLES / "Invitations.csv").read_text(encoding="utf-8"),
    }
    named = review_network(**texts, export_name="Basic_LinkedInDataExport_11-25-2025.zip")
    assert named["as_of"] == {
        "date": "2025-11-25",
        "source": "export-name",
        "label": "the date in the export's file name",
    }
    assert named["recent"] == 6 and "NW002" not in [a["id"] for a in named["advice"]]
    assert named == review_network(**texts, today="2025-11-25") | {"as_of": named["as_of"]}
    newest = review_network(**texts)
    assert newest["as_of"]["source"] == "newest-date"
    assert newest["as_of"]["date"] == "2025-11-24"  # the newest invitation
