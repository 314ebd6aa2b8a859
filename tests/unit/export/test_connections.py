"""Reading Connections.csv of every era: preamble or not, URL column or not, hidden rows,
quoted commas, spreadsheet re-saves, encodings, and files that are not Connections.csv."""

from __future__ import annotations

from datetime import date

import pytest

from connectwisely import InputError
from connectwisely.export.archive import decode
from connectwisely.export.connections import check_header, read_connections
from tests.support.generated_connections import ERAS, generate
from tests.support.paths import SAMPLES

HEADER_2020 = "First Name,Last Name,Email Address,Company,Position,Connected On"


def test_the_sample_reads_every_row_with_its_fields():
    """The 2023-era sample: 16 rows, 2 hidden, quoted commas and doubled quotes undone."""
    rows = read_connections((SAMPLES / "Connections.csv").read_text(encoding="utf-8")).rows
    assert len(rows) == 16
    assert [r.hidden for r in rows].count(True) == 2
    assert rows[2].company == "Kestrel & Finch, LLP"
    assert rows[2].position == "Associate, Corporate Transactions"
    assert rows[6].position == 'Staff Engineer, Platform "Core"'
    assert rows[0].url.startswith("https://www.linkedin.com/in/")
    assert rows[0].connected == date(2025, 11, 18)
    assert rows[3].connected == date(2025, 10, 12) and rows[3].company == ""
    assert rows[-1].connected == date(2019, 6, 14)  # the last line has no newline after it


@pytest.mark.parametrize("era", ERAS)
def test_generated_files_of_every_era_read_whole(tmp_path, era):
    """Every row of a generated file is read; hidden rows are exactly the generator's."""
    path, truth = generate(tmp_path, rows=400, era=era, seed=11)
    rows = read_connections(path.read_bytes().decode("utf-8")).rows
    assert len(rows) == truth["total"]
    assert sum(r.hidden for r in rows) == truth["hidden"]
    assert all(r.connected is not None for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2020-21: no preamble, no URL column, a final newline
        (f"{HEADER_2020}\nAna,Lee,,Acme,CTO,03 Mar 2021\n,,,,,05 Jan 2021\n", 2),
        # 2018: dates with a time, month first
        (f'{HEADER_2020}\nAna,Lee,,Acme,CTO,"1/8/18, 6:14 PM"\n', 1),
        # re-saved by a spreadsheet: CRLF and "18-Jun-24"
        (f"{HEADER_2020}\r\nAna,Lee,,Acme,CTO,18-Jun-24\r\n", 1),
        # a spreadsheet in a locale that separates with semicolons
        (f"{HEADER_2020.replace(',', ';')}\nAna;Lee;;Acme, Inc.;CTO;18.06.2024\n", 1),
        # a spreadsheet's empty rows of commas at the end are not connections
        (f"{HEADER_2020}\nAna,Lee,,Acme,CTO,03 Mar 2021\n,,,,,\n,,,,,\n", 1),
        # the header only: a new account
        (HEADER_2020, 0),
    ],
)
def test_every_era_and_resave_reads(text, expected):
    """Old layouts, CRLF, two-digit years, semicolons and trailing blanks all read correctly."""
    rows = read_connections(text).rows
    assert len(rows) == expected
    if rows:
        assert rows[0].first_name == "Ana"
        assert rows[0].company in ("Acme", "Acme, Inc.")
        assert rows[0].connected is not None


def test_columns_are_found_by_name_not_position():
    """Columns in another order still land in the right fields."""
    text = "Connected On,Company,Last Name,First Name\n01 Feb 2024,Initech,Lee,Ana\n"
    (row,) = read_connections(text).rows
    assert (row.first_name, row.last_name, row.company, row.position) == (
        "Ana",
        "Lee",
        "Initech",
        "",
    )
    assert row.connected == date(2024, 2, 1)


def test_an_unreadable_date_keeps_the_row_without_a_date():
    """A row whose date cannot be read still counts; its date is None."""
    (row,) = read_connections(f"{HEADER_2020}\nAna,Lee,,Acme,CTO,someday\n").rows
    assert row.connected is None and not row.hidden


@pytest.mark.parametrize(
    "data",
    [
        "\ufeffFirst Name,Last Name,Connected On\nAna,Lee,01 Feb 2024".encode(),
        "First Name,Last Name,Connected On\r\nAna,Lee,01 Feb 2024\r\n".encode("utf-16"),
        "First Name,Last Name,Connected On\nZoë,Lee,01 Feb 2024\n".encode("cp1252"),
    ],
    ids=["utf-8 with BOM", "utf-16", "cp1252"],
)
def test_encodings_decode_then_read(data):
    """UTF-8 with a BOM, UTF-16 and an old spreadsheet's cp1252 all give the same row."""
    (row,) = read_connections(decode(data, "Connections.csv")).rows
    assert row.last_name == "Lee" and row.connected == date(2024, 2, 1)


@pytest.mark.parametrize(
    ("name", "text", "shown"),
    [
        (
            "Invitations.csv",
            "From,To,Sent At,Message,Direction\n",
            "it goes in the network review's Invitations.csv box",  # named, never quoted
        ),
        (
            "Positions.csv",
            "Company Name,Title,Description\nAcme,CTO,\n",
            "Company Name,Title,Description",
        ),
        ("notes.txt", "Dear diary\nToday I...", "Dear diary"),
        ("empty.csv", "", None),
    ],
)
def test_a_wrong_file_names_itself_and_its_header(name, text, shown):
    """Another file is refused with its own name, what was expected, and the line it has."""
    with pytest.raises(InputError) as caught:
        read_connections(text, name)
    message = caught.value.message
    assert message.startswith(f"{name} is not LinkedIn's Connections.csv") or message.startswith(
        f"{name} looks like LinkedIn's Invitations.csv, not LinkedIn's Connections.csv"
    )
    assert (shown in message) if shown else ("it is empty" in message)
    assert caught.value.field == "connections_csv"
    with pytest.raises(InputError):
        check_header(text, name)


def test_check_header_accepts_every_era_without_reading_rows(tmp_path):
    """The quick header check passes the sample and a 2020-era file."""
    check_header((SAMPLES / "Connections.csv").read_text(encoding="utf-8"))
    check_header(HEADER_2020 + "\n")
