"""The profile scorer in the page: its case table inside the site's own worker, the typed form,
the export loaded through the file inputs (single files and the ZIP), wrong files, hostile text,
and printing."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest

from connectwisely import score_profile
from connectwisely.export.profile import merged, read_uploads

from ..unit.scorer.test_score import CASES, TODAY, case_failures, run_cpython
from .conftest import wait_state

pytestmark = pytest.mark.browser
FORM = 'form[data-widget="profile-score"]'
SAMPLES = Path(__file__).parents[1] / "samples"
EXPORT_FILES = {
    "profile_csv": "Profile.csv",
    "positions_csv": "Positions.csv",
    "education_csv": "Education.csv",
    "skills_csv": "Skills.csv",
    "recommendations_csv": "Recommendations_Received.csv",
}
TYPED = {
    "photo": True,
    "banner": True,
    "headline": "Nurse educator · pediatric intensive care · simulation training",
    "about": "I train nurses for pediatric intensive care. In 2025 I ran 40 simulation days "
    "for 300 staff at Sunnyside Children's Hospital. Happy to talk simulation - message me.",
    "location": "Utrecht, Netherlands",
    "industry": "Hospitals and Health Care",
    "positions": [
        {"title": "Nurse Educator", "company": "Sunnyside", "start": "2021-05",
         "description": "Run 40 simulation days a year; cut onboarding from 12 to 8 weeks."},
        {"title": "PICU Nurse", "company": "Sunnyside", "start": "2015-09", "end": "2021-04",
         "description": "Cared for critically ill children; led the sepsis checklist rollout."},
        {"title": "Nurse", "company": "Westfield", "start": "2012-01", "end": "2015-08"},
    ],
    "education": [{"school": "Hogeschool Utrecht", "degree": "BSc", "field": "Nursing"}],
    "skills": ["Pediatric intensive care", "Simulation training", "Sepsis", "Teaching"],
    "connections": 240,
    "featured": 1,
}  # fmt: skip


def pyodide_runner(call):
    def run(profile):
        reply = call("score_profile", {"profile": profile, "today": TODAY})
        if reply["ok"]:
            return reply["result"]
        kind = "InputError" if reply["error"]["kind"] == "input" else "internal"
        return {"error": kind, "message": reply["error"]["message"]}

    return run


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_profile_cases_hold_in_pyodide_and_agree_with_cpython(pyodide_page, case):
    """Each profile case holds inside the site's worker, with the very result CPython gives."""
    run = pyodide_runner(pyodide_page)
    assert case_failures(case, run) == []
    for key in ("profile", "better", "worse"):
        if key in case:
            assert run(case[key]) == run_cpython(case[key])


def fill_typed(page, profile: dict) -> None:
    for key in ("photo", "banner"):
        if profile.get(key):
            page.check(f"{FORM} input[name={key}]")
    for key in ("headline", "location", "industry", "connections", "featured"):
        if key in profile:
            page.fill(f"{FORM} [name={key}]", str(profile[key]))
    if "about" in profile:
        page.fill(f"{FORM} textarea[name=about]", profile["about"])
    if "skills" in profile:
        page.fill(f"{FORM} textarea[name=skills]", "\n".join(profile["skills"]))
    for group in ("positions", "education"):
        for i, entry in enumerate(profile.get(group, [])):
            for key, value in entry.items():
                page.fill(f"{FORM} [name='{group}.{i}.{key}']", value or "")


def submit(page) -> str:
    """Submit and wait for this submission's answer (not an earlier one still on the form)."""
    page.eval_on_selector(FORM, "f => { f.dataset.state = 'probe'; }")
    page.click(f"{FORM} button[type=submit]")
    return wait_state(page, FORM, ("done", "error"), timeout=120_000)


def test_the_typed_form_shows_the_score(page, site):
    """Typing a profile and submitting shows the score on the form (data-score), as CPython has it."""
    page.goto(site + "tools/profile-scorer/")
    fill_typed(page, TYPED)
    assert submit(page) == "done"
    expected = score_profile(TYPED)
    assert page.eval_on_selector(FORM, "f => f.dataset.score") == str(expected["score"])
    result = page.locator(f"{FORM} .cw-result")
    assert result.locator("svg[role=img] rect").count() == 2 * len(expected["sections"])
    assert result.locator("table.cw-score-table tbody tr").count() == len(expected["sections"])
    shown = result.locator("[data-fix]").evaluate_all("els => els.map(e => e.dataset.fix)")
    assert shown == [f["id"] for f in expected["fixes"][: len(shown)]]
    assert result.locator("[data-item='connections'][data-ok='true']").count() == 1
    assert "does not publish" in result.inner_text()


def record(name: str, data: bytes) -> dict:
    return {"name": name, "size": len(data), "base64": base64.b64encode(data).decode()}


def test_the_export_files_load_through_the_file_inputs(page, site):
    """The sample export's files, picked one by one, give the score Python gives for them."""
    page.goto(site + "tools/profile-scorer/")
    for field, name in EXPORT_FILES.items():
        page.set_input_files(f"{FORM} input[name={field}]", str(SAMPLES / name))
    page.check(f"{FORM} input[name=photo]")
    page.fill(f"{FORM} input[name=connections]", "500+")
    assert submit(page) == "done"
    uploads = {f: record(n, (SAMPLES / n).read_bytes()) for f, n in EXPORT_FILES.items()}
    expected = score_profile(merged(read_uploads(uploads), {"photo": True, "connections": 500}))
    assert page.eval_on_selector(FORM, "f => f.dataset.score") == str(expected["score"])
    notes = page.inner_text(f"{FORM} .cw-export-notes")
    assert "What the export could not see" in notes and "Positions.csv (4 positions)" in notes
    assert "1 recommendation is hidden" in notes


def test_the_whole_zip_loads(page, site):
    """The export ZIP, picked in its own input, is read with its Connections.csv."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in [*EXPORT_FILES.values(), "Connections.csv"]:
            archive.write(SAMPLES / name, name)
    page.goto(site + "tools/profile-scorer/")
    page.set_input_files(
        f"{FORM} input[name=export_zip]",
        {"name": "Basic_LinkedInDataExport_11-25-2026.zip", "mimeType": "application/zip",
         "buffer": buffer.getvalue()},
    )  # fmt: skip
    assert submit(page) == "done"
    expected = score_profile(
        merged(read_uploads({"export_zip": record("x.zip", buffer.getvalue())}), {})
    )
    assert page.eval_on_selector(FORM, "f => f.dataset.score") == str(expected["score"])
    assert "Connections.csv (16 connections)" in page.inner_text(f"{FORM} .cw-export-notes")


def test_a_wrong_file_is_named_next_to_its_input(page, site):
    """Connections.csv picked as Positions.csv: an error naming both, shown at that input."""
    page.goto(site + "tools/profile-scorer/")
    page.set_input_files(f"{FORM} input[name=positions_csv]", str(SAMPLES / "Connections.csv"))
    assert submit(page) == "error"
    message = page.inner_text(f"{FORM} .cw-form-error")
    assert "Connections.csv" in message and "Positions.csv" in message
    assert page.get_attribute(f"{FORM} input[name=positions_csv]", "aria-invalid") == "true"


HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def test_hostile_html_stays_text(page, site):
    """Markup in the text fields and in a file's name runs nothing and adds no element."""
    page.goto(site + "tools/profile-scorer/")
    for name in ("headline", "location", "industry", "positions.0.title", "education.0.school"):
        page.fill(f"{FORM} [name='{name}']", HOSTILE)
    page.fill(f"{FORM} textarea[name=about]", HOSTILE + " passionate ninja")
    page.fill(f"{FORM} textarea[name=skills]", HOSTILE)
    assert submit(page) == "done"
    assert page.evaluate("window.__xss") is None
    assert page.locator(f"{FORM} .cw-result :is(img, script)").count() == 0
    assert page.input_value(f"{FORM} [name=headline]") == HOSTILE
    page.set_input_files(
        f"{FORM} input[name=skills_csv]",
        {"name": HOSTILE + ".csv", "mimeType": "text/csv", "buffer": b"hello,world\n"},
    )
    assert submit(page) == "error"
    assert HOSTILE in page.inner_text(f"{FORM} .cw-form-error")
    assert page.locator(f"{FORM} :is(img, script)").count() == 0
    assert page.evaluate("window.__xss") is None


def test_the_result_prints_without_the_form(page, site):
    """In print, the result shows and the form's fields do not."""
    page.goto(site + "tools/profile-scorer/")
    fill_typed(page, {"headline": TYPED["headline"], "photo": True})
    assert submit(page) == "done"
    page.emulate_media(media="print")
    assert page.is_visible(f"{FORM} .cw-result svg")
    assert not page.is_visible(f"{FORM} [name=headline]")
    assert not page.is_visible(f"{FORM} input[name=export_zip]")


def test_the_scorer_answers_quickly_once_python_is_ready(page, site):
    """Once Python is loaded, a full profile is scored in well under two seconds."""
    page.goto(site + "tools/profile-scorer/")
    wait_state(page, FORM, ("ready",), timeout=120_000)
    fill_typed(page, TYPED)
    started = page.evaluate("performance.now()")
    assert submit(page) == "done"
    assert page.evaluate("performance.now()") - started < 2_000
    print(json.dumps({"profile_submit_ms": page.evaluate("performance.now()") - started}))


def test_another_position_can_be_added(page, site):
    """'Add another position' adds an empty, renumbered entry whose values reach Python."""
    page.goto(site + "tools/profile-scorer/")
    fill_typed(page, {"positions": TYPED["positions"]})
    page.click(f"{FORM} [data-group=positions] button.cw-add-entry")
    entry = page.locator(f"{FORM} [data-group=positions] .cw-entry").nth(3)
    assert entry.locator("legend").inner_text() == "Position 4"
    assert entry.locator("[name='positions.3.title']").input_value() == ""
    assert page.evaluate("document.activeElement.name") == "positions.3.title"
    label_for = entry.locator("label").first.get_attribute("for")
    assert page.locator(f"#{label_for}").get_attribute("name") == "positions.3.title"
    page.fill(f"{FORM} [name='positions.3.title']", "Nursing assistant")
    page.fill(f"{FORM} [name='positions.3.start']", "2010-01")
    page.fill(f"{FORM} [name='positions.3.end']", "2011-12")
    assert submit(page) == "done"
    assert "of 4 positions" in page.inner_text(f"{FORM} .cw-score-notes")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_full_result_passes_axe_and_fits_a_phone(browser, site, scheme):
    """A result from the export (every part shown) has no axe violation in the tool and fits
    a 320-px screen."""
    from tests.support import axe

    context = browser.new_context(viewport={"width": 320, "height": 640}, color_scheme=scheme)
    page = context.new_page()
    page.goto(site + "tools/profile-scorer/")
    for field, name in EXPORT_FILES.items():
        page.set_input_files(f"{FORM} input[name={field}]", str(SAMPLES / name))
    page.eval_on_selector(FORM, "f => f.requestSubmit()")
    assert wait_state(page, FORM, ("done", "error"), timeout=120_000) == "done"
    page.eval_on_selector(f"{FORM} details", "d => { d.open = true; }")
    page.evaluate(axe.source() + "\n;undefined")
    found = page.evaluate(
        """async (form) => (await axe.run(document.querySelector(form),
                                          { resultTypes: ["violations"] })).violations
             .map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "))""",
        FORM,
    )
    assert found == []  # the tool itself; the theme's own landmarks are checked elsewhere
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
    context.close()
