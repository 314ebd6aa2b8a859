"""LinkedIn's export read into a profile: every era of every file the scorer reads, the ZIP,
wrong files named clearly, and the sample export scoring exactly as the same profile typed in."""

from __future__ import annotations

import base64
import datetime as dt
import io
import zipfile

import pytest

from connectwisely import InputError, score_profile
from connectwisely.export.profile import from_export, merged, parse_month, read_uploads
from connectwisely.export.reader import Export
from tests.support.paths import SAMPLES

TODAY = dt.date(2026, 11, 25)
NOW = (2026, 11)


def upload(name: str, data: bytes | str) -> dict:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return {"name": name, "size": len(raw), "base64": base64.b64encode(raw).decode()}


def sample(name: str) -> dict:
    return upload(name, (SAMPLES / name).read_bytes())


def zipped(files: dict[str, bytes | str], folder: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(folder + name, data)
    return buffer.getvalue()


# -- the sample export and the same profile typed by hand ---------------------------------------

HAND_FILLED = {
    "headline": "Staff Data Engineer at Brightwater Analytics | Streaming, dbt, Postgres",
    "about": (
        "I build data platforms that analysts actually trust: event pipelines, warehouse "
        "modelling and the boring glue in between.  Previously at Lumen Freight, where I led the "
        "move from nightly batch jobs to streaming.  Outside work I mentor at a local coding "
        'school and write about "data contracts" on my blog.'
    ),
    "industry": "Software Development",
    "location": "Lisbon, Lisbon, Portugal",
    "positions": [
        {
            "title": "Staff Data Engineer",
            "company": "Brightwater Analytics",
            "start": "2023-03",
            "description": "• Own the event-streaming platform (Kafka, Flink) serving 40+ product "
            "teams. • Cut warehouse costs 35% by rewriting the incremental dbt models.  Tech: "
            "Python, Scala, Postgres, Terraform.",
        },
        {"title": "Senior Data Engineer", "company": "Brightwater Analytics", "start": "2021-02", "end": "2023-03"},
        {
            "title": "Data Engineer",
            "company": "Lumen Freight",
            "start": "2018-06",
            "end": "2021-01",
            "description": "Led the migration from nightly batch ETL to near-real-time pipelines "
            "for shipment tracking.",
        },
        {"title": "Data Analyst (intern)", "company": "Quillfeather Health", "start": "2017-01", "end": "2018-12"},
    ],
    "education": [
        {"school": "Universidade Nova de Lisboa", "degree": "Master of Science - MS", "field": "Data Science"},
        {"school": "University of Leeds", "degree": "Bachelor of Science - BS", "field": "Mathematics and Statistics"},
        {"school": "DataCamp"},
    ],
    "skills": [
        "Apache Kafka", "dbt", "PostgreSQL", "Python (Programming Language)", "Data Modeling",
        "Extract, Transform, Load (ETL)", "Terraform", "Stakeholder Management", "Apache Flink", "SQL",
    ],
    "recommendations": 2,  # the third is HIDDEN
}  # fmt: skip
EXTRAS = {"photo": True, "banner": True, "connections": 420, "featured": 1, "posts_last_90_days": 2}
SAMPLE_FIELDS = {
    "profile_csv": "Profile.csv",
    "positions_csv": "Positions.csv",
    "education_csv": "Education.csv",
    "skills_csv": "Skills.csv",
    "recommendations_csv": "Recommendations_Received.csv",
}


def test_the_sample_export_scores_as_the_hand_filled_profile():
    """The sample files, loaded one by one, give the same score as the profile typed in."""
    export = read_uploads({field: sample(name) for field, name in SAMPLE_FIELDS.items()}, TODAY)
    from_export = score_profile(merged(export, EXTRAS), today="2026-11-25")
    by_hand = score_profile({**HAND_FILLED, **EXTRAS}, today="2026-11-25")
    assert from_export["score"] == by_hand["score"]
    assert from_export["sections"] == by_hand["sections"]
    assert from_export["fixes"] == by_hand["fixes"]


def test_the_sample_export_as_a_zip_scores_the_same():
    """The same files in one ZIP (with Connections.csv counting connections) agree too."""
    names = [*SAMPLE_FIELDS.values(), "Connections.csv", "Invitations.csv"]
    archive = zipped({n: (SAMPLES / n).read_bytes() for n in names})
    export = read_uploads(
        {"export_zip": upload("Basic_LinkedInDataExport_07-11-2023.zip", archive)}, TODAY
    )
    assert export.profile["connections"] == 16  # every row, the two date-only rows included
    extras = {**EXTRAS, "connections": None}
    by_hand = {**HAND_FILLED, **EXTRAS, "connections": 16}
    assert score_profile(merged(export, extras))["score"] == score_profile(by_hand)["score"]


def test_the_result_says_what_the_export_could_not_see():
    """The notes list the files read, the hidden recommendation, and what the export lacks."""
    export = read_uploads({field: sample(name) for field, name in SAMPLE_FIELDS.items()}, TODAY)
    notes = score_profile(merged(export, {}))["export_notes"]
    text = " ".join(notes)
    assert "Read from your export: Profile.csv" in text
    assert "1 recommendation is hidden" in text
    assert "does not include your photo" in text and "connection count" in text


def test_typed_values_win_over_the_export():
    """What the reader typed replaces the export's value, and the notes say so."""
    export = read_uploads({"profile_csv": sample("Profile.csv")}, TODAY)
    profile = merged(
        export, {"headline": "Data engineer · streaming · dbt", "about": None, "skills": []}
    )
    assert profile["headline"] == "Data engineer · streaming · dbt"
    assert profile["about"].startswith("I build data platforms")
    assert any("yours was used" in n and "headline" in n for n in profile["export_notes"])


def test_no_files_means_no_export():
    """Empty file fields are not an export."""
    assert read_uploads({"export_zip": None, "profile_csv": ""}) is None


# -- every era ---------------------------------------------------------------------------------

PROFILE_2018 = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,"
    "Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    'Abe,Mathers,,,"Feb 17, 1998",,Student at Example University,"I like robots.   '
    'I build them.",Computer Software,in,,,,"PORTFOLIO:http://a.example, PORTFOLIO:https://b.example",\n'
)
PROFILE_2024 = (SAMPLES / "Profile.csv").read_text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PROFILE_2018,
            {
                "headline": "Student at Example University",
                "industry": "Computer Software",
                "location": "in",
            },
        ),
        (
            PROFILE_2024,
            {"industry": "Software Development", "location": "Lisbon, Lisbon, Portugal"},
        ),
        ("\ufeff" + PROFILE_2024.replace("\n", "\r\n"), {"industry": "Software Development"}),
    ],
    ids=["2018", "2022-2026", "re-saved-bom-crlf"],
)
def test_profile_csv_in_every_era(text, expected):
    """Profile.csv's 2018 columns (Contact Instructions, Country) and today's are both read."""
    profile = read_uploads({"profile_csv": upload("Profile.csv", text)}, TODAY).profile
    assert profile.items() >= expected.items()
    assert profile["about"]


@pytest.mark.parametrize(
    ("started", "finished", "start", "end"),
    [
        ("Mar 2023", "", "2023-03", None),
        ("2017", "2018", "2017-01", "2018-12"),
        ("Jun 2018", "Jan 2021", "2018-06", "2021-01"),
        ("Mar-23", "Sep-24", "2023-03", "2024-09"),
        ("March 2023", "Present", "2023-03", None),
        ("2023-03", "", "2023-03", None),
        ("3/2023", "12/2024", "2023-03", "2024-12"),
        ("2026", "", "2026-01", None),
        ("2025", "2026", "2025-01", "2026-11"),  # a year-only end is never after this month
    ],
)
def test_positions_dates_in_every_form(started, finished, start, end):
    """`Mon YYYY`, `YYYY` and a spreadsheet's re-saved forms become YYYY-MM; empty is current."""
    csv_text = (
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        f"Acme,Engineer,Built things,Lisbon,{started},{finished}\n"
    )
    jobs = read_uploads({"positions_csv": upload("Positions.csv", csv_text)}, TODAY).profile[
        "positions"
    ]
    assert (jobs[0]["start"], jobs[0]["end"]) == (start, end)


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("", False, None),
        ("Sept 2020", False, "2020-09"),
        ("Dec 1999", True, "1999-12"),
        ("Sep-99", True, "1999-09"),
        ("Jan-05", False, "2005-01"),
    ],
)
def test_parse_month(value, end, expected):
    """Month names long and short, and empty for no date."""
    assert parse_month(value, end=end, now=NOW, where="x", field_name="f") == expected


@pytest.mark.parametrize("value", ["Q3 2020", "13/2020", "Foo 2020", "1850", "soon"])
def test_an_unreadable_date_names_the_file_and_position(value):
    """A date LinkedIn never writes is an InputError naming the file, the position and the value."""
    csv_text = (
        f"Company Name,Title,Description,Location,Started On,Finished On\nAcme,Eng,,,{value},\n"
    )
    with pytest.raises(InputError) as caught:
        read_uploads({"positions_csv": upload("Positions.csv", csv_text)}, TODAY)
    assert "Positions.csv, position 1" in caught.value.message
    assert value in caught.value.message and caught.value.field == "positions_csv"


def test_education_splits_degree_and_field():
    """`Degree Name` holds "degree, field"; a row with only a school is kept."""
    profile = read_uploads({"education_csv": sample("Education.csv")}, TODAY).profile
    assert profile["education"][0] == {
        "school": "Universidade Nova de Lisboa",
        "degree": "Master of Science - MS",
        "field": "Data Science",
    }
    assert profile["education"][2] == {"school": "DataCamp", "degree": None, "field": None}


def test_skills_keep_quoted_commas():
    """A skill with commas in it stays one skill."""
    skills = read_uploads({"skills_csv": sample("Skills.csv")}, TODAY).profile["skills"]
    assert "Extract, Transform, Load (ETL)" in skills and len(skills) == 10


def test_skills_in_utf16_with_tabs():
    """A UTF-16 tab-separated file (as some exports and spreadsheets write) is read."""
    data = "\ufeffName\nGo\nSQL\n".encode("utf-16-le")
    skills = read_uploads({"skills_csv": upload("Skills.csv", data)}, TODAY).profile["skills"]
    assert skills == ["Go", "SQL"]


@pytest.mark.parametrize(
    ("statuses", "shown"),
    [(("VISIBLE", "VISIBLE", "HIDDEN"), 2), (("HIDDEN",), 0), (("", ""), 2)],
)
def test_recommendations_count_only_visible_ones(statuses, shown):
    """HIDDEN recommendations are not counted; rows without a status are."""
    rows = "".join(
        f'A,B,Acme,Eng,"Great to work with.","09/15/25, 04:12 PM",{s}\n' for s in statuses
    )
    text = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n" + rows
    export = read_uploads(
        {"recommendations_csv": upload("Recommendations_Received.csv", text)}, TODAY
    )
    assert export.profile["recommendations"] == shown


def test_recommendations_given_is_refused():
    """The recommendations you wrote are not the ones you received: a clear message."""
    text = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nA,B,C,D,Nice,x,\n"
    with pytest.raises(InputError) as caught:
        read_uploads({"recommendations_csv": upload("Recommendations_Given.csv", text)}, TODAY)
    assert "Recommendations_Given.csv" in caught.value.message
    assert "received" in caught.value.message


def test_certifications_are_counted():
    """Each named certification counts, expired or not."""
    text = (
        "Name,Url,Authority,Started On,Finished On,License Number\n"
        "AWS Certified Developer – Associate,https://www.credly.com/badges/0000-example,"
        "Amazon Web Services (AWS),Mar 2024,Mar 2027,ABC123XYZ\n"
        "Scrum Master,,Scrum.org,2019,2021,\n"
    )
    export = read_uploads({"certifications_csv": upload("Certifications.csv", text)}, TODAY)
    assert export.profile["certifications"] == 2


# -- the ZIP -----------------------------------------------------------------------------------


@pytest.mark.parametrize("folder", ["", "Complete_LinkedInDataExport_09-12-2022/"])
def test_a_zip_at_the_root_or_in_one_folder(folder):
    """The CSVs are found at the ZIP's root or one folder down; missing files are noted."""
    archive = zipped({"Positions.csv": (SAMPLES / "Positions.csv").read_bytes()}, folder)
    export = read_uploads({"export_zip": upload("export.zip", archive)}, TODAY)
    assert len(export.profile["positions"]) == 4
    assert any("Not in export.zip" in n and "Skills.csv" in n for n in export.notes)


def test_a_zip_may_come_through_any_file_field():
    """A reader who picks the ZIP in a CSV slot still gets it read."""
    archive = zipped({"Skills.csv": "Name\nGo\n"})
    export = read_uploads({"profile_csv": upload("export.zip", archive)}, TODAY)
    assert export.profile["skills"] == ["Go"]


def test_a_single_file_wins_over_the_zips_copy():
    """A file picked on its own replaces the same file inside the ZIP."""
    archive = zipped({"Skills.csv": "Name\nGo\n"})
    export = read_uploads(
        {
            "export_zip": upload("e.zip", archive),
            "skills_csv": upload("Skills.csv", "Name\nRust\n"),
        },
        TODAY,
    )
    assert export.profile["skills"] == ["Rust"]


def test_a_zip_with_none_of_the_files_is_refused():
    """A ZIP that is not an export says so, naming it."""
    with pytest.raises(InputError) as caught:
        read_uploads({"export_zip": upload("photos.zip", zipped({"a.csv": "x,y\n1,2\n"}))}, TODAY)
    assert "photos.zip" in caught.value.message and caught.value.field == "export_zip"


def test_a_folder_of_files():
    """An unpacked export (files keyed by path) is read like the ZIP."""
    members = {f"export/{n}": (SAMPLES / n).read_bytes() for n in SAMPLE_FIELDS.values()}
    export = from_export(Export("export", members), TODAY)
    assert export.profile["recommendations"] == 2 and len(export.profile["skills"]) == 10


# -- the wrong file ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "given", "looks_like", "expected"),
    [
        ("positions_csv", "Connections.csv", "Connections.csv", "Positions.csv"),
        ("profile_csv", "Invitations.csv", "Invitations.csv", "Profile.csv"),
        ("skills_csv", "Positions.csv", "Positions.csv", "Skills.csv"),
        ("education_csv", "Skills.csv", "Skills.csv", "Education.csv"),
        ("recommendations_csv", "Profile.csv", "Profile.csv", "Recommendations_Received.csv"),
        ("certifications_csv", "Education.csv", "Education.csv", "Certifications.csv"),
    ],
)
def test_a_wrong_file_is_named_with_what_was_expected(field, given, looks_like, expected):
    """A known export file in the wrong slot: the message names it, what it is, and what was wanted."""
    with pytest.raises(InputError) as caught:
        read_uploads({field: sample(given)}, TODAY)
    message = caught.value.message
    assert message.startswith(given) and f"LinkedIn's {looks_like}" in message
    assert f"expected LinkedIn's {expected}" in message and caught.value.field == field


def test_certifications_given_as_skills_is_caught():
    """Certifications.csv has a Name column too, but is not taken for Skills.csv."""
    text = "Name,Url,Authority,Started On,Finished On,License Number\nAWS,,Amazon,2024,,\n"
    with pytest.raises(InputError) as caught:
        read_uploads({"skills_csv": upload("Certifications.csv", text)}, TODAY)
    assert "Certifications.csv" in caught.value.message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("hello,world\n1,2\n", "first line is “hello,world”"),
        ("", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
    ],
)
def test_an_unknown_file_gets_a_clear_message(data, words):
    """A CSV that is no export file, an empty one, or a picture: each says what is wrong."""
    with pytest.raises(InputError) as caught:
        read_uploads({"profile_csv": upload("mine.csv", data)}, TODAY)
    assert words in caught.value.message and "mine.csv" in caught.value.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("marzo de 2022", "2022-03"),  # the month forms read_month reads, in six languages
        ("Févr. 2022", "2022-02"),
        ("März 2022", "2022-03"),
        ("03.2022", "2022-03"),
        ("2023-03-15", "2023-03"),  # and a spreadsheet's day after the month
        ("Marc 2023", "2023-03"),  # an English month read by its first letters, as before
    ],
)
def test_parse_month_reads_what_read_month_reads(value, expected):
    """parse_month takes every form of core.dates.read_month, plus the re-saved ones."""
    assert parse_month(value, end=False, now=NOW, where="x", field_name="f") == expected
