"""The network review as the page shows it: uploads (files, the ZIP, wrong and empty files)
become the API's texts; the result becomes figures, charts with tables, the triage, advice and
a CSV download."""

from __future__ import annotations

import base64
import csv
import io
import json
import re
import zipfile

import pytest

from connectwisely import InputError, review_network
from connectwisely.sitebuild.forms_html import render_form
from connectwisely.widgets import submit
from connectwisely.widgets.network_review import FORM, present
from tests.support.generated_connections import generate
from tests.support.paths import SAMPLES
from tests.support.stand_in_checker import use_stand_in_checker

CONNECTIONS = (SAMPLES / "Connections.csv").read_bytes()
INVITATIONS = (SAMPLES / "Invitations.csv").read_bytes()


def upload(name: str, data: bytes) -> dict:
    return {"name": name, "size": len(data), "base64": base64.b64encode(data).decode()}


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def fake_checker(monkeypatch):
    """A stand-in request checker: "WhatsApp" in the note → report, else accept."""

    def check_request(request, *, me=None, today=None, team=None):
        verdict = "report" if "whatsapp" in (request.get("message") or "").lower() else "accept"
        return {
            "verdict": verdict,
            "risk": 80 if verdict == "report" else 5,
            "relevance": 40,
            "signals": [
                {
                    "id": "RQ001",
                    "kind": "risk",
                    "weight": 3,
                    "message": "Moves off LinkedIn (“WhatsApp”, “Telegram”).",
                    "evidence": "“note text”" if verdict == "report" else "",
                    "guide": "guide/scams/#moving-off-linkedin",
                }
            ],
            "summary": f"Verdict: {verdict}.",
        }

    use_stand_in_checker(monkeypatch, check_request)


def test_the_form_has_the_contract_fields_and_a_drop_zone():
    """connections_csv, invitations_csv and export_zip are file inputs; the ZIP's is a drop zone."""
    html = render_form(FORM)
    assert 'data-widget="network-review"' in html
    for name in ("connections_csv", "invitations_csv", "export_zip"):
        assert re.search(f'<input type="file"[^>]* name="{name}"', html), name
    zone = re.search(r'<div class="cw-field cw-file" data-dropzone>(.*?)</div>', html).group(1)
    assert 'name="export_zip"' in zone
    assert "Drop LinkedIn&#x27;s export ZIP here or choose it" in zone


def test_single_files_become_the_api_texts():
    """Connections.csv and Invitations.csv chosen one by one reach the API as text."""
    kwargs = FORM.from_form(
        {
            "connections_csv": upload("Connections.csv", CONNECTIONS),
            "invitations_csv": upload("Invitations.csv", INVITATIONS),
        }
    )
    assert kwargs == {
        "connections_csv": CONNECTIONS.decode(),
        "invitations_csv": INVITATIONS.decode(),
        "messages_csv": None,
        "export_name": None,
    }


def test_the_zip_gives_both_files_and_a_single_file_takes_precedence():
    """The export ZIP fills both; a Connections.csv chosen as well replaces the ZIP's copy."""
    other = b"First Name,Last Name,Company,Position,Connected On\nAna,Lee,Acme,CTO,01 Feb 2024\n"
    archive = zipped({"Connections.csv": CONNECTIONS, "Invitations.csv": INVITATIONS})
    name = "Basic_LinkedInDataExport_11-25-2025.zip"
    kwargs = FORM.from_form({"export_zip": upload(name, archive)})
    assert kwargs == {
        "connections_csv": CONNECTIONS.decode(),
        "invitations_csv": INVITATIONS.decode(),
        "messages_csv": None,
        "export_name": name,  # dates the review
    }
    both = FORM.from_form(
        {"export_zip": upload("export.zip", archive), "connections_csv": upload("mine.csv", other)}
    )
    assert both == {
        "connections_csv": other.decode(),
        "invitations_csv": INVITATIONS.decode(),
        "messages_csv": None,
        "export_name": "export.zip",
    }


def test_messages_an_earlier_export_and_the_readers_choices_reach_the_api():
    """The ZIP's messages.csv, an earlier export's ZIP, and the words, company, years and date
    typed in the form become the API's keywords."""
    messages = (SAMPLES / "messages.csv").read_bytes()
    archive = zipped({"Connections.csv": CONNECTIONS, "messages.csv": messages})
    earlier = zipped({"Connections.csv": CONNECTIONS})
    kwargs = FORM.from_form(
        {
            "export_zip": upload("Basic_LinkedInDataExport_11-25-2025.zip", archive),
            "earlier_csv": upload("Basic_LinkedInDataExport_01-02-2025.zip", earlier),
            "interests": "data, Halden",
            "company": "Lumen Freight",
            "min_years": "2",
            "today": "2025-11-30",
        }
    )
    assert kwargs["messages_csv"] == messages.decode()
    assert kwargs["earlier_csv"] == CONNECTIONS.decode()
    assert (kwargs["interests"], kwargs["company"], kwargs["min_years"], kwargs["today"]) == (
        "data, Halden", "Lumen Freight", 2, "2025-11-30",
    )  # fmt: skip
    result = review_network(**kwargs)
    assert result["as_of"]["source"] == "given" and result["lookup"]["count"] == 2
    assert result["quiet"]["went_quiet_count"] == 2 and result["compare"]["growth"] == 0


def test_a_csv_dropped_on_the_zone_and_a_zip_in_the_csv_field_both_work():
    """Whatever field a file lands in, a ZIP is unpacked and a CSV is read as what it is."""
    kwargs = FORM.from_form({"export_zip": upload("Connections.csv", CONNECTIONS)})
    assert kwargs["connections_csv"] == CONNECTIONS.decode() and kwargs["invitations_csv"] is None
    archive = zipped({"Connections.csv": CONNECTIONS})
    kwargs = FORM.from_form({"connections_csv": upload("export.zip", archive)})
    assert kwargs["connections_csv"] == CONNECTIONS.decode()


@pytest.mark.parametrize(
    ("submitted", "field", "words"),
    [
        ({}, "export_zip", "Choose LinkedIn's export ZIP"),
        (
            {"connections_csv": upload("Connections.csv", b"")},
            "connections_csv",
            "Connections.csv is empty",
        ),
        (
            {"connections_csv": upload("Invitations.csv", INVITATIONS)},
            "connections_csv",
            "Invitations.csv looks like LinkedIn's Invitations.csv, not LinkedIn's Connections.csv: "
            "it goes in the network review's Invitations.csv box.",
        ),
        (
            {"connections_csv": upload("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")},
            "connections_csv",
            "photo.png is not a text file",
        ),
        (
            {
                "invitations_csv": upload("Connections.csv", CONNECTIONS),
                "connections_csv": upload("Connections.csv", CONNECTIONS),
            },
            "invitations_csv",
            "Connections.csv looks like LinkedIn's Connections.csv, not LinkedIn's Invitations.csv",
        ),
        (
            {"export_zip": upload("export.zip", zipped({"Profile.csv": b"x"}))},
            "export_zip",
            "export.zip holds no Connections.csv (it holds Profile.csv)",
        ),
        (
            {"export_zip": upload("export.zip", zipped({"Connections.csv": b"Dear diary\nX\n"}))},
            "export_zip",
            "Connections.csv in export.zip is not LinkedIn's Connections.csv",
        ),
        ({"export_zip": {"name": "x.zip"}}, "export_zip", "Choose a file"),
    ],
)
def test_wrong_empty_and_binary_files_say_which_file_and_what_it_holds(submitted, field, words):
    """Each bad upload gets a message naming the file (and its first line), on its field."""
    with pytest.raises(InputError) as caught:
        FORM.from_form(submitted)
    assert words in caught.value.message
    assert caught.value.field == field


def test_submit_puts_the_total_in_the_headline(tmp_path):
    """Through widgets.submit, a generated file gives its total as the headline figure."""
    path, truth = generate(tmp_path, rows=250, seed=3)
    answer = submit("network-review", {"connections_csv": upload(path.name, path.read_bytes())})
    assert answer["headline"] == {"total": truth["total"]}
    assert answer["result"]["total"] == truth["total"]
    json.dumps(answer)


def walk(node):
    if isinstance(node, dict):
        yield node
        for child in node.get("children", []):
            yield from walk(child)


def text_of(node) -> str:
    if isinstance(node, str):
        return node
    return "".join(text_of(c) for c in node.get("children", []))


def test_present_shows_figures_both_charts_with_tables_and_advice(tmp_path):
    """The view holds the figures, the growth and company charts, their tables and advice."""
    path, truth = generate(tmp_path, rows=800, seed=2)
    result = review_network(path.read_text(encoding="utf-8"), today="2026-11-25")
    view = present(result)
    nodes = list(walk(view))
    charts = {n["attrs"]["data-chart"]: n for n in nodes if "data-chart" in n.get("attrs", {})}
    assert set(charts) == {"growth", "companies", "functions", "seniorities"}
    for chart in charts.values():
        assert any(n["tag"] == "svg" for n in walk(chart)) and any(
            n["tag"] == "table" for n in walk(chart)
        )
    company_bars = [n for n in walk(charts["companies"]) if n["tag"] == "rect"]
    assert [b["attrs"]["data-label"] for b in company_bars] == [
        c for c, _ in truth["top_companies"]
    ]
    growth_bars = [n for n in walk(charts["growth"]) if n["tag"] == "rect"]
    assert sum(int(b["attrs"]["data-value"]) for b in growth_bars) == truth["total"]
    advice = [n["attrs"]["data-advice"] for n in nodes if "data-advice" in n.get("attrs", {})]
    assert advice == [a["id"] for a in result["advice"]]
    assert f"{truth['total']:,}" in text_of(view)
    files = [
        n["attrs"].get("data-filename") for n in nodes if n.get("attrs", {}).get("data-filename")
    ]
    assert files == ["reconnect.csv"]  # no triage without Invitations.csv


def test_present_groups_the_triage_by_verdict_with_a_csv_download(fake_checker):
    """Received invitations appear under their verdict with reasons; the CSV holds them all."""
    result = review_network(
        CONNECTIONS.decode(), invitations_csv=INVITATIONS.decode(), today="2025-11-25"
    )
    view = present(result)
    nodes = list(walk(view))
    groups = [n["attrs"]["data-group"] for n in nodes if "data-group" in n.get("attrs", {})]
    assert groups == ["accept"]
    (button,) = [
        n for n in nodes if n.get("attrs", {}).get("data-filename") == "invitations-triage.csv"
    ]
    assert (
        button["attrs"]["data-filename"].endswith(".csv")
        and button["attrs"]["data-type"] == "text/csv"
    )
    rows = list(csv.reader(io.StringIO(button["attrs"]["data-content"])))
    assert rows[0][:4] == ["Direction", "Name", "Date", "Verdict"]
    assert [r[0] for r in rows[1:]].count("received") == 5
    assert [r[0] for r in rows[1:]].count("sent") == 3  # four weeks or more
    assert "Invitations you sent, waiting four weeks or more" in text_of(view)
    # one voice: the checker's verdict words, its summary and the evidence it quotes; never
    # the rule's own example phrases
    shown = text_of(view)
    assert "Accept Verdict: accept." in shown
    assert "Evidence: “note text”" not in shown  # this sample's notes hold no WhatsApp
    assert "Moves off LinkedIn" not in shown


def test_hostile_text_stays_text_in_the_view():
    """Markup in a company name is a plain string in the view tree, never a tag."""
    text = "First Name,Last Name,Company,Position,Connected On\nA,B,<img src=x onerror=alert(1)>,<b>x</b>,01 Feb 2024\n"
    view = present(review_network(text, today="2026-11-25"))
    tags = {n["tag"] for n in walk(view)}
    assert "img" not in tags and "<img src=x onerror=alert(1)>" in json.dumps(view)
