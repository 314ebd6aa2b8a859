"""The export's CSV files by their headers: which file it is, where its header is, its rows."""

from __future__ import annotations

import pytest

from connectwisely import InputError
from connectwisely.export import tables as export
from connectwisely.export.tables import ExportFile, identify
from tests.support.paths import SAMPLES


@pytest.mark.parametrize(
    "name",
    ["Connections.csv", "Invitations.csv", "Profile.csv", "Positions.csv", "Education.csv",
     "Skills.csv", "Recommendations_Received.csv"],
)  # fmt: skip
def test_the_samples_are_recognised(name):
    """Each sample export file is recognised as itself."""
    assert identify((SAMPLES / name).read_text(encoding="utf-8")) == name


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("First Name,Last Name,Email Address,Company,Position,Connected On", "Connections.csv"),
        ("From,To,Sent At,Message,Direction", "Invitations.csv"),
        ("From,To,Date,Subject,Content,Direction,Folder", "messages.csv"),
        ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER", "messages.csv"),
        ("First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,Industry,Country", "Profile.csv"),
        ("Name,Url,Authority,Started On,Finished On,License Number", "Certifications.csv"),
        ("Name,Proficiency", "Languages.csv"),
        ("Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status", "Endorsement_Received_Info.csv"),
        ("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility", "Shares.csv"),
        ("Date\tShareLink\tShareCommentary", "Shares.csv"),
        ("Name", "Skills.csv"),
        ("Date,Type,Link", "Reactions.csv"),
        ("a,b,c", None),
        ("", None),
    ],
)  # fmt: skip
def test_headers_of_every_era(header, name):
    """Old and new headers, comma- or tab-separated, name their file; others name none."""
    assert identify(header + "\nx,y,z\n") == name


def test_the_connections_preamble_is_skipped():
    """The notes above Connections.csv's header do not hide it."""
    text = 'Notes:\n"When exporting your connection data, you may notice..."\n\n'
    assert (
        identify(text + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        == "Connections.csv"
    )


def test_expected_names_the_file_and_its_columns():
    """The phrase used in messages names the file and the columns it needs."""
    spec = ExportFile("Skills.csv", "skills_csv", ("Name",))
    assert spec.expected == "LinkedIn's Skills.csv (with the columns Name)"


CONNECTIONS = ("First Name", "Last Name", "Connected On")


def test_read_table_finds_the_header_below_the_notes():
    """Connections.csv's notes preamble is skipped; hidden rows are kept."""
    table = export.read_table(
        (SAMPLES / "Connections.csv").read_text(), "Connections.csv", CONNECTIONS
    )
    assert table.header[:2] == ("First Name", "Last Name")
    assert len(table.rows) == 16
    assert sum(1 for r in table.rows if not r["First Name"]) == 2
    assert table.rows[2]["Company"] == "Kestrel & Finch, LLP"


def test_read_table_names_the_wrong_file_and_its_header():
    """A file without the expected columns is refused: another export file by what it is and
    where it goes, anything else quoting its first line."""
    with pytest.raises(InputError) as caught:
        export.read_table(
            "Name\nPython\n", "Skills.csv", CONNECTIONS, expected="LinkedIn's Connections.csv"
        )
    assert caught.value.message == (
        "Skills.csv looks like LinkedIn's Skills.csv, not LinkedIn's Connections.csv: it goes in "
        "the profile scorer (its box for that file, or the whole export ZIP)."
    )
    with pytest.raises(InputError) as caught:
        export.read_table("Dear diary\n", "notes.csv", CONNECTIONS, expected="Connections.csv")
    assert (
        caught.value.message == "notes.csv is not Connections.csv: its first line is “Dear diary”."
    )


def test_read_table_says_when_a_file_is_empty():
    """An empty file says it is empty."""
    with pytest.raises(InputError, match="it is empty"):
        export.read_table("", "Connections.csv", CONNECTIONS)


def test_find_header_reads_a_spreadsheets_semicolons_and_says_where_rows_start():
    """A header written with semicolons is found; the offset points at the first row."""
    text = "First Name;Last Name;Connected On\r\nAna;Lee;01 Feb 2024\r\n"
    header = export.find_header(text, "Connections.csv", CONNECTIONS)
    assert header.names == CONNECTIONS and header.delimiter == ";"
    assert text[header.offset :].startswith("Ana;")
    table = export.read_table(text, "Connections.csv", CONNECTIONS)
    assert table.rows == [{"First Name": "Ana", "Last Name": "Lee", "Connected On": "01 Feb 2024"}]


def test_find_header_quotes_the_header_below_notes_when_the_file_is_another():
    """Below a notes preamble, the message quotes the header line, not the word "Notes:"."""
    text = (SAMPLES / "Connections.csv").read_text().replace("Connected On", "Met On")
    with pytest.raises(InputError) as caught:
        export.find_header(text, "Connections.csv", ("From", "To"), expected="Invitations.csv")
    assert caught.value.message.startswith(
        "Connections.csv is not Invitations.csv: its header is “First Name,Last Name,URL,"
    )
