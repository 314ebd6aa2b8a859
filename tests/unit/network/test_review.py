"""review_network: the figures exactly as the generator prints them, in every era; the
samples; the definitions at their edges; the export ZIP; bad input."""

from __future__ import annotations

import pytest

from connectwisely import InputError, review_network
from connectwisely.export.reader import open_export
from connectwisely.network.review import export_texts
from tests.support.generated_connections import ERAS, TODAY, generate
from tests.support.paths import SAMPLES
from tests.support.zips import zipped

HEADER = "First Name,Last Name,Email Address,Company,Position,Connected On"
TRUTH_KEYS = (
    "total",
    "hidden",
    "missing_company",
    "by_year",
    "recent_per_week",
    "top_companies",
    "concentration",
)


@pytest.mark.parametrize("era", ERAS)
@pytest.mark.parametrize(("rows", "seed"), [(1, 5), (60, 2), (700, 3), (2500, 9)])
def test_figures_match_the_generator_in_every_era(tmp_path, era, rows, seed):
    """Every figure the generator prints comes back exactly, for each era and size."""
    path, truth = generate(tmp_path, rows=rows, era=era, seed=seed)
    result = review_network(path.read_bytes().decode("utf-8"), today=TODAY)
    assert {key: result[key] for key in TRUTH_KEYS} == truth


@pytest.mark.parametrize("today", ["2026-01-01", "2027-06-30"])
def test_recent_pace_follows_today(tmp_path, today):
    """With another ``today`` (file and clock agreeing), the pace is still the generator's."""
    path, truth = generate(tmp_path, rows=900, seed=4, today=today)
    result = review_network(path.read_text(encoding="utf-8"), today=today)
    assert result["recent_per_week"] == truth["recent_per_week"]
    assert result["by_year"] == truth["by_year"]


def test_by_month_adds_up_and_is_sorted(tmp_path):
    """by_month is sorted, has no empty months, and sums to the dated rows and to by_year."""
    path, truth = generate(tmp_path, rows=1500, era="excel", seed=8)
    result = review_network(path.read_text(encoding="utf-8"), today=TODAY)
    months = [m["month"] for m in result["by_month"]]
    assert months == sorted(months) and len(set(months)) == len(months)
    assert all(m["count"] > 0 for m in result["by_month"])
    assert sum(m["count"] for m in result["by_month"]) == truth["total"]
    for year, n in truth["by_year"].items():
        assert sum(m["count"] for m in result["by_month"] if m["month"][:4] == year) == n


def test_the_sample_gives_its_hand_counted_figures():
    """The hand-made sample: 16 rows, 2 hidden, 1 without a company, 1 self-employed, 6 in the
    last 12 weeks."""
    result = review_network(
        (SAMPLES / "Connections.csv").read_text(encoding="utf-8"), today="2025-11-25"
    )
    assert result["total"] == 16
    assert result["hidden"] == 2
    assert result["missing_company"] == 1
    assert result["by_year"] == {"2019": 1, "2021": 1, "2022": 1, "2024": 3, "2025": 10}
    assert result["recent"] == 6 and result["recent_per_week"] == 0.5
    assert result["top_companies"][:3] == [
        ["Brightwater Analytics", 2],
        ["Halden Robotics GmbH", 2],
        ["Lumen Freight", 2],
    ]
    assert result["top_companies"][3] == ["Atelier Norrøna", 1]  # ties by name
    # Sunniva's "Self-employed" is nobody's employer: 9 employers, and with 10 or fewer the
    # top 10's share says nothing
    assert result["companies"] == 9 and result["self_employed"] == 1
    assert result["concentration"] == 1.0 and not result["concentration_meaningful"]
    assert result["by_month"][0] == {"month": "2019-06", "count": 1}
    assert result["first_month"] == "2019-06"


@pytest.mark.parametrize(("days_ago", "recent"), [(0, 1), (83, 1), (84, 0), (400, 0)])
def test_recent_means_less_than_84_days_before_today(days_ago, recent):
    """A row 83 days old is recent; one 84 days old is not."""
    from datetime import date, timedelta

    day = date(2026, 11, 25) - timedelta(days=days_ago)
    text = f"{HEADER}\nAna,Lee,,Acme,CTO,{day.day:02d} {day:%b} {day.year}\n"
    result = review_network(text, today="2026-11-25")
    assert result["recent"] == recent
    assert result["recent_per_week"] == round(recent / 12, 2)


def test_top_lists_keep_ten_most_first_ties_by_name_and_concentration_over_the_ten():
    """Twelve companies: the ten biggest are kept, ties by name; concentration is their share."""
    lines = [HEADER]
    for i in range(12):
        lines += [f"P,Q{i},,Co {chr(65 + i)},Role {i % 3},01 Jan 2024"] * (1 + (i == 5) * 4)
    lines.append(",,,,,02 Jan 2024")  # hidden
    lines.append("R,S,,,,03 Jan 2024")  # no company
    result = review_network("\n".join(lines), today=TODAY)
    assert result["top_companies"][0] == ["Co F", 5]
    assert [c for c, _ in result["top_companies"][1:]] == [f"Co {c}" for c in "ABCDEGHIJ"]
    assert result["concentration"] == round(14 / 16, 4)
    assert result["top_positions"][0] == ["Role 2", 8]
    assert result["missing_company"] == 1 and result["hidden"] == 1


def test_an_empty_network_and_undated_rows():
    """A header-only file has zero of everything; a row without a date counts but is undated."""
    empty = review_network(HEADER, today=TODAY)
    assert (empty["total"], empty["by_month"], empty["concentration"]) == (0, [], 0.0)
    assert empty["first_month"] is None and empty["advice"] == []
    undated = review_network(f"{HEADER}\nAna,Lee,,Acme,CTO,sometime\n", today=TODAY)
    assert (undated["total"], undated["undated"], undated["by_year"]) == (1, 1, {})


def test_old_mac_line_endings_read_like_any_other():
    """Lone CR line ends (an old Mac spreadsheet) give the same rows as LF."""
    text = f"{HEADER}\nAna,Lee,,Acme,CTO,18-Jun-24\nBo,Chen,,Initech,CEO,19-Jun-24\n"
    assert review_network(text.replace("\n", "\r"), today=TODAY)["total"] == 2


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"connections_csv": ""}, "connections_csv", "is empty"),
        ({"connections_csv": None}, "connections_csv", "is empty"),
        ({"connections_csv": 42}, "connections_csv", "must be text"),
        ({"connections_csv": "Name\nPython\n"}, "connections_csv", "looks like LinkedIn's Skills"),
        ({"connections_csv": "Dear diary\n"}, "connections_csv", "first line is “Dear diary”"),
        ({"connections_csv": HEADER, "today": "25/11/2026"}, "today", "YYYY-MM-DD"),
        ({"connections_csv": HEADER, "invitations_csv": "a,b\n"}, "invitations_csv", "Invitations"),
        ({"connections_csv": HEADER, "invitations_csv": ["x"]}, "invitations_csv", "must be text"),
        ({"connections_csv": "x" * 25_000_001}, "connections_csv", "too long"),
    ],
)
def test_bad_input_is_an_input_error_on_its_field(kwargs, field, words):
    """Wrong types, wrong files, a wrong date and a huge text each say what is wrong, where."""
    with pytest.raises(InputError) as caught:
        review_network(**kwargs)
    assert caught.value.field == field
    assert words in caught.value.message


def test_result_is_plain_json_and_deterministic(tmp_path):
    """The result survives JSON unchanged, and the same input gives the same result."""
    import json

    path, _ = generate(tmp_path, rows=300, seed=6)
    text = path.read_text(encoding="utf-8")
    result = review_network(text, today=TODAY)
    assert json.loads(json.dumps(result)) == result
    assert review_network(text, today=TODAY) == result
    assert result["today"] == TODAY and isinstance(result["summary"], str)


def test_export_texts_takes_the_zip_or_a_single_file():
    """From the ZIP: both files (one folder down too); a single CSV is Connections.csv."""
    connections = (SAMPLES / "Connections.csv").read_bytes()
    invitations = (SAMPLES / "Invitations.csv").read_bytes()
    archive = zipped(
        {
            "Basic_LinkedInDataExport_11-25-2026/Connections.csv": connections,
            "Basic_LinkedInDataExport_11-25-2026/Invitations.csv": invitations,
            "Basic_LinkedInDataExport_11-25-2026/Profile.csv": b"First Name\n",
        }
    )
    texts = export_texts(open_export(archive, "export.zip"), "export_zip")
    assert texts["Connections.csv"].startswith("Notes:")
    assert texts["Invitations.csv"].startswith("From,To")
    single = export_texts(open_export(connections, "Connections.csv"), "connections_csv")
    assert single == {
        "Connections.csv": connections.decode(),
        "Invitations.csv": None,
        "messages.csv": None,
    }


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (
            zipped({"Profile.csv": b"a", "Skills.csv": b"b"}),
            "holds no Connections.csv (it holds Profile.csv, Skills.csv)",
        ),
        (zipped({"readme.txt": b"a"}), "holds no Connections.csv (it holds no CSV files)"),
        (b"PK\x03\x04 not really a zip", "is not a ZIP file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    ],
)
def test_export_texts_explains_a_wrong_archive_or_binary(data, words):
    """A ZIP without Connections.csv lists what it holds; a broken ZIP or an image is named."""
    with pytest.raises(InputError) as caught:
        export_texts(open_export(data, "export.zip", "export_zip"), "export_zip")
    assert words in caught.value.message
    assert "export.zip" in caught.value.message
    assert caught.value.field == "export_zip"
