"""Reading messages.csv of every era: who wrote to whom and when, drafts left out, and no
message text kept anywhere."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from connectwisely import InputError
from connectwisely.core.text import clean
from connectwisely.export import messages as messages_module
from connectwisely.export.messages import Message, check_header, read_messages
from tests.support.generated_connections import MESSAGE_ERAS, beside, generate, message_files
from tests.support.paths import SAMPLES

ME = "https://www.linkedin.com/in/maren-okafor-4b7a21"


def test_the_2026_sample_reads_multi_line_quoted_rows_and_skips_the_draft():
    """11 rows, every field quoted, text over several lines; the one draft is not a message."""
    messages = read_messages((SAMPLES / "messages.csv").read_text(encoding="utf-8"))
    assert len(messages) == 10
    first = messages[0]
    assert first.sender == "Maren Okafor" and first.sender_url == ME
    assert first.recipients == ("Wren Castellano",)
    assert first.recipient_urls == ("https://www.linkedin.com/in/wrencastellano",)
    assert first.sent == date(2024, 1, 10) and first.direction == "" and first.folder == "INBOX"
    assert [m.folder for m in messages].count("SPAM") == 1


def test_no_message_text_is_kept():
    """Neither CONTENT nor SUBJECT survives reading: no field of any Message holds it."""
    messages = read_messages((SAMPLES / "messages.csv").read_text(encoding="utf-8"))
    kept = repr(messages)
    for said in ("Coffee soon", "Thursday", "hiring data engineers", "Approved", "December"):
        assert said not in kept
    assert set(Message._fields) == {
        "conversation", "sender", "sender_url", "recipients", "recipient_urls", "sent",
        "direction", "folder",
    }  # fmt: skip


@pytest.mark.parametrize("era", MESSAGE_ERAS)
def test_every_era_reads_every_row(tmp_path, era):
    """Each header era: every written row read (drafts of 2024+ left out), dates parsed."""
    path, _ = generate(tmp_path, rows=200, messages=era, message_rows=150)
    text = beside(path, "messages", era).read_text(encoding="utf-8")
    messages = read_messages(text)
    header, *rows = csv.reader(io.StringIO(text, newline=""))
    draft = header.index("IS MESSAGE DRAFT") if "IS MESSAGE DRAFT" in header else None
    sent = [r for r in rows if draft is None or r[draft] != "Yes"]
    assert len(rows) >= 149 and len(messages) == len(sent)
    assert all(m.sent is not None for m in messages)
    if era == "2018":
        assert {m.direction for m in messages} == {"incoming", "outgoing"}
    else:
        assert all(m.direction == "" for m in messages)
        assert any(m.sender_url == ME for m in messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "messages.csv is not LinkedIn's messages.csv: it is empty."),
        (
            "First Name,Last Name,Connected On\nA,B,01 Jan 2020",
            "looks like LinkedIn's Connections.csv, not LinkedIn's messages.csv: it goes in",
        ),
        ("Dear diary\nToday I", "its first line is “Dear diary”"),
    ],
)
def test_another_file_gets_a_message_naming_it(text, expected):
    """A file that is not messages.csv: InputError naming the file and what it holds."""
    with pytest.raises(InputError, match=expected.replace(".", r"\.")):
        read_messages(text)


def test_check_header_names_another_export_file_given_as_messages():
    """Invitations.csv picked as messages.csv is refused by name, before anything is read."""
    text = (SAMPLES / "Invitations.csv").read_text()
    with pytest.raises(InputError) as caught:
        check_header(text, "Invitations.csv", "messages_csv")
    assert caught.value.message.startswith(
        "Invitations.csv looks like LinkedIn's Invitations.csv, not LinkedIn's messages.csv: "
        "it goes in the network review's Invitations.csv box."
    )
    assert caught.value.field == "messages_csv"
    check_header((SAMPLES / "messages.csv").read_text())  # the real file passes


_HEADER_2021 = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
)
# (row, the message it gives, or None when the row is skipped): the rows off the fast path of
# a row as wide as the header with a date
_ODD_ROWS = [
    ("\n", None),
    ("   \n", None),
    (",,,,,,,,\n", None),
    (
        "c2,t,Bo Chen,,Ann Lee,2023-07-11 10:00:00 UTC\n",
        Message("c2", "Bo Chen", "", ("Ann Lee",), (), date(2023, 7, 11), "", ""),
    ),
    (
        "c3,t,Bo Chen,,Ann Lee,   ,s,x,inbox\n",
        Message("c3", "Bo Chen", "", ("Ann Lee",), (), None, "", "INBOX"),
    ),
    # longer than the header: each column the file lacks reads the first cell past it
    (
        'c4,t,Bo Chen,,Ann Lee,2023-07-12 10:00:00 UTC,s,"a, b",spam,received,extra\n',
        Message(
            "c4", "Bo Chen", "", ("Ann Lee",), ("received",), date(2023, 7, 12), "incoming", "SPAM"
        ),
    ),
]


@pytest.mark.parametrize(("row", "expected"), _ODD_ROWS)
def test_a_blank_short_or_long_row_reads_as_before(row, expected):
    """Blank rows are skipped, a short row is read with empty cells, a long one as it always
    was; the ordinary row around it is read the same either way."""
    ordinary = "c1,t,Ann Lee,,Bo Chen,2023-07-10 15:47:10 UTC,s,hi,INBOX\n"
    first = Message("c1", "Ann Lee", "", ("Bo Chen",), (), date(2023, 7, 10), "", "INBOX")
    got = read_messages(_HEADER_2021 + ordinary + row + ordinary)
    assert got == [first, expected, first] if expected else [first, first]


def _columns(text: str) -> dict[str, list[str]]:
    header, *rows = csv.reader(io.StringIO(text, newline=""))
    return {name: [r[i] for r in rows if len(r) == len(header)] for i, name in enumerate(header)}


def test_the_fast_column_reads_equal_the_cell_by_cell_ones(tmp_path):
    """On the sample and a file of every era: the days cut in C equal each distinct cell's
    day part, and a column trimmed as printable ASCII equals each cell cleaned — the paths a
    big file takes give what the general ones give."""
    for text in message_files(tmp_path, message_rows=120):
        columns = _columns(text)
        when = next(name for name in columns if name.strip().lower() == "date")
        assert messages_module.days_of(columns[when]) == messages_module._days_by_cell(
            columns[when]
        )
        for cells in columns.values():
            assert messages_module.cleaned(cells) == [clean(cell) for cell in cells]
    mixed = ["2023-07-10 15:47:10 UTC", "10/16/18, 8:36 AM", " Ana\x07 ", "Zoë"]
    assert messages_module.days_of(mixed) == messages_module._days_by_cell(mixed)
    assert messages_module.cleaned(mixed) == [clean(cell) for cell in mixed]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("https://www.linkedin.com/in/ana", ("https://www.linkedin.com/in/ana",)),
        ("  Björn Ståhl ", ("Björn Ståhl",)),
        ("Zoe\u0308 Lee", ("Zoë Lee",)),  # decomposed: composed, as clean does
        ("Ana\x07, Bo ,", ("Ana", "Bo")),  # a control character dropped, empty parts too
        (" , ", ()),
        ("", ()),
    ],
)
def test_a_recipients_cell_splits_as_its_cleaned_text_would(cell, expected):
    """The quick ways (a column of clean cells only trimmed, one recipient not split) give
    what cleaning and splitting every cell gives, beside clean cells and beside one that
    needs cleaning."""
    assert messages_module.recipients([cell, "Bo"])[0] == expected
    assert messages_module.recipients([cell, "Zoe\u0308"])[0] == expected
    assert expected == tuple(p.strip() for p in clean(cell).split(",") if p.strip())
