"""messages.csv grouped while it is read: the same groups, counts, days and conversations as
the messages read one by one, on files of every era and on the odd rows."""

from __future__ import annotations

from datetime import date

import pytest

from connectwisely.export.exchanges import exchanges_of, read_exchanges
from connectwisely.export.messages import read_messages
from tests.support.generated_connections import message_files

_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER,"
    "IS MESSAGE DRAFT\n"
)
_ANN_TO_BO = ("Ann Lee", "", ("Bo Chen",), (), "")


@pytest.mark.parametrize("uncounted", [(), ("SPAM",)])
def test_every_era_groups_as_the_messages_read_one_by_one(tmp_path, uncounted):
    """The sample and a file of each era: groups in the same order with the same figures, the
    same number of messages and newest day, and the same conversations in the same order."""
    for text in message_files(tmp_path, message_rows=300):
        read = read_exchanges(text, uncounted_folders=uncounted)
        expected = exchanges_of(read_messages(text), uncounted)
        assert read == expected
        assert list(read.groups) == list(expected.groups)
        assert list(read.conversations()) == list(expected.conversations())


_ROWS = [
    # (rows after the header, the groups they give)
    ("", {}),
    ("\n\n,,,,,,,,,\n", {}),
    (
        "c1,t,Ann Lee,,Bo Chen,2023-07-10 15:47:10 UTC,s,hi,INBOX,No\n"
        "c1,t, Ann Lee ,,Bo Chen ,2023-07-12 09:00:00 UTC,s,hi,archive,No\n",
        {_ANN_TO_BO: (2, date(2023, 7, 10), date(2023, 7, 12))},
    ),
    (  # spam does not count; a draft is not a message; an undated one has no day
        "c1,t,Ann Lee,,Bo Chen,2023-07-10 15:47:10 UTC,s,hi,SPAM,No\n"
        "c1,t,Ann Lee,,Bo Chen,2023-07-11 15:47:10 UTC,s,hi,INBOX,Yes\n"
        "c1,t,Ann Lee,,Bo Chen,   ,s,hi,INBOX,No\n",
        {_ANN_TO_BO: (0, None, None)},
    ),
    (  # a short row reads its missing cells as empty
        "c2,t,Ann Lee,,Bo Chen,2023-07-11 10:00:00 UTC\n",
        {_ANN_TO_BO: (1, date(2023, 7, 11), date(2023, 7, 11))},
    ),
    (  # a longer row reads each column the file lacks from the first cell past the header
        'c4,t,Bo Chen,,Ann Lee,2023-07-12 10:00:00 UTC,s,"a, b",inbox,No,received\n',
        {
            ("Bo Chen", "", ("Ann Lee",), ("received",), "incoming"): (
                1,
                date(2023, 7, 12),
                date(2023, 7, 12),
            )
        },
    ),
]


@pytest.mark.parametrize(("rows", "groups"), _ROWS)
def test_odd_rows_group_as_written_and_as_read_one_by_one(rows, groups):
    """Blank, short, long, draft, spam and undated rows, and cells that differ only in
    spacing: the groups expected, which are those of the messages read one by one."""
    text = _HEADER + rows
    read = read_exchanges(text, uncounted_folders=("SPAM",))
    assert read.groups == groups
    assert read == exchanges_of(read_messages(text), ("SPAM",))
