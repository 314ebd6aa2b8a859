"""The request checker in the page: every case inside the site's own worker (same answers as
CPython), a scam and a genuine request through the form, the paste mode, hostile markup in
every field, and the reader's own context remembered only when asked."""

from __future__ import annotations

import pytest

from connectwisely import InputError, check_request

from ..support.corpus import HELDOUT, TUNED
from ..unit.checker.test_check import CASES, TODAY
from .conftest import wait_state

pytestmark = pytest.mark.browser
FORM = 'form[data-widget="request-check"]'
PAGE = "tools/request-checker/"
ALL_CASES = CASES + TUNED + HELDOUT
REMEMBERED = "connectwisely:request-check:remembered"
FAKE_RECRUITER = {  # the form's values for a fake recruiter moving the talk to WhatsApp
    "name": "Angela Moore",
    "headline": "Hiring Coordinator",
    "message": "Your profile matches our remote assistant vacancy, $35 per hour. Text me on WhatsApp.",
    "mutual_connections": "0",
    "connections": "22",
    "joined": "2026-10",
    "has_photo": "yes",
}


def _cpython(case: dict) -> dict | None:
    try:
        return check_request(case["input"], me=case.get("me"), today=TODAY)
    except InputError:
        return None


@pytest.mark.parametrize("case", ALL_CASES, ids=[c["id"] for c in ALL_CASES])
def test_each_case_in_pyodide_agrees_with_cpython_and_is_right(pyodide_page, case):
    """Inside the site's worker every case gives CPython's very result, and an acceptable verdict."""
    reply = pyodide_page(
        "check_request", {"request": case["input"], "me": case.get("me"), "today": TODAY}
    )
    expected = _cpython(case)
    expect = case["expect"] if isinstance(case["expect"], list) else [case["expect"]]
    if expected is None:
        assert not reply["ok"] and reply["error"]["kind"] == "input"
        assert "InputError" in expect
    else:
        assert reply["ok"], reply
        assert reply["result"] == expected
        assert reply["result"]["verdict"] in expect


def _submit(page, values: dict) -> str:
    for name, value in values.items():
        field = page.locator(f"{FORM} [name='{name}']")
        if field.first.get_attribute("type") == "radio":
            page.check(f"{FORM} input[name='{name}'][value='{value}']")
        elif field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    page.click(f"{FORM} button[type=submit]")
    return wait_state(page, FORM, ("done", "error"), timeout=120_000)


def _signals(page) -> list[str]:
    return page.eval_on_selector_all(
        f"{FORM} [data-signal]", "els => els.map(e => e.dataset.signal)"
    )


def test_a_scam_through_the_form(page, site):
    """A fake recruiter moving to WhatsApp: data-verdict 'report', the red flag and how to report."""
    page.goto(site + PAGE)
    state = _submit(page, FAKE_RECRUITER)
    assert state == "done"
    assert page.get_attribute(FORM, "data-verdict") == "report"
    assert "RQ001" in _signals(page)
    assert "Report / Block" in page.inner_text(f"{FORM} .cw-next")
    assert page.locator(f"{FORM} .cw-result meter").count() == 2


def test_a_genuine_request_through_the_form(page, site):
    """A former colleague with shared connections: data-verdict 'accept', no warning sign."""
    page.goto(site + PAGE)
    state = _submit(
        page,
        {
            "name": "Marta Nowak",
            "headline": "Engineering Manager at Allegro",
            "message": "Long time since the payments rewrite at Allegro - would be great to stay connected.",
            "mutual_connections": "27",
            "connections": "500+",
            "verified": "yes",
            "relationship": "worked-together",
        },
    )
    assert state == "done"
    assert page.get_attribute(FORM, "data-verdict") == "accept"
    assert {"RQ030", "RQ032", "RQ034"} <= set(_signals(page))
    assert page.locator(f"{FORM} [data-kind=risk]").count() == 0


def test_paste_mode_reads_the_fields_and_says_which(page, site):
    """A pasted top card and note alone: the verdict, and the list of fields read from it."""
    page.goto(site + PAGE)
    paste = (
        "Priya Nair · 2nd\nSenior Data Scientist at Monzo\nLondon, England, United Kingdom\n"
        "500+ connections\n14 mutual connections\n\n"
        "Hi! We sat next to each other on the fraud team at Revolut - would love to reconnect."
    )
    assert _submit(page, {"text": paste}) == "done"
    assert page.get_attribute(FORM, "data-verdict") == "accept"
    read = page.inner_text(f"{FORM} .cw-read")
    assert "their name" in read and "mutual connections" in read and "their note" in read


HOSTILE = '<b>Sam</b> <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>'
FREE_TEXT = ("name", "headline", "message", "company", "location", "text", "me_industry", "me_interests", "me_company")  # fmt: skip


def test_hostile_markup_in_the_text_fields_is_shown_as_text(page, site):
    """Markup in every free-text field creates no element and runs nothing; it is shown literally."""
    page.goto(site + PAGE)
    values = {name: HOSTILE for name in FREE_TEXT}
    values["message"] = HOSTILE + " I loved your post on testing."
    assert _submit(page, values) == "done"
    assert page.evaluate("window.__xss") is None
    assert page.locator(f"{FORM} .cw-result :is(img, script, b, iframe)").count() == 0
    assert "<b>Sam</b>" in page.inner_text(f"{FORM} .cw-reply")
    assert page.input_value(f"{FORM} [name=name]") == HOSTILE


def test_hostile_markup_in_every_field_gives_a_plain_message(page, site):
    """The same markup in the number and date fields too: a readable error, still inert."""
    page.goto(site + PAGE)
    page.evaluate(
        """([form, value]) => {
          for (const el of document.querySelector(form).querySelectorAll('input[type=text], textarea')) {
            el.value = value;
          }
        }""",
        [FORM, HOSTILE],
    )
    page.click(f"{FORM} button[type=submit]")
    assert wait_state(page, FORM, ("done", "error"), timeout=120_000) == "error"
    assert page.evaluate("window.__xss") is None
    assert page.locator(f"{FORM} :is(img, script, iframe)").count() == 0
    message = page.inner_text(f"{FORM} .cw-form-error")
    assert message.strip() and "Traceback" not in message


def test_my_context_is_remembered_only_when_asked_and_forgotten(page, site):
    """Typing alone stores nothing; ticking Remember keeps it across a reload; Forget wipes it."""
    page.goto(site + PAGE)
    page.fill(f"{FORM} [name=me_industry]", "biotech")
    page.locator(f"{FORM} [name=me_industry]").dispatch_event("change")
    assert page.evaluate(f"localStorage.getItem('{REMEMBERED}')") is None
    page.check(f"{FORM} .cw-remember input[type=checkbox]")
    page.goto(site + PAGE)
    assert page.input_value(f"{FORM} [name=me_industry]") == "biotech"
    assert page.is_checked(f"{FORM} .cw-remember input[type=checkbox]")
    page.click(f"{FORM} .cw-forget")
    assert page.evaluate(f"localStorage.getItem('{REMEMBERED}')") is None
    assert page.input_value(f"{FORM} [name=me_industry]") == ""
    page.goto(site + PAGE)
    assert page.input_value(f"{FORM} [name=me_industry]") == ""
    assert not page.is_visible(f"{FORM} .cw-forget")
