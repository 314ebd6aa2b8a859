"""Telling LinkedIn's export files apart by their headers, in every era."""

from __future__ import annotations

import pytest

from connectwisely.export.files import ExportFile, identify
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
