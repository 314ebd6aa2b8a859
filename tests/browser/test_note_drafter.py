"""The note drafter in the page: the case table inside Pyodide, drafts as cards whose
[data-draft] element holds exactly the draft,
copy, "Edit in the checker", "More like this", and hostile input that stays text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connectwisely import InputError, draft_notes

from .conftest import wait_state

pytestmark = pytest.mark.browser
DRAFTER = 'form[data-widget="note-draft"]'
LINTER = 'form[data-widget="note-lint"]'
PAGE = "tools/note-drafter/"
CASES = json.loads((Path(__file__).parents[1] / "cases" / "notes.json").read_text("utf-8"))[
    "drafts"
]
DRAFT_TEXTS = (
    f"() => [...document.querySelectorAll('{DRAFTER} [data-draft]')].map(e => e.dataset.draft)"
)


# More contexts whose text handling must not differ between Python versions.
EXTRA = [
    {"id": "x-cjk", "context": {"name": "李娜", "relationship": "same-group", "detail": "数据 meetup"}},
    {"id": "x-emoji", "context": {"name": "Zoë 🚀 Laurent", "detail": "the 🎉 launch party", "variant": 7}},
    {"id": "x-long", "context": {"name": "Nguyễn Văn An", "relationship": "read-their-post",
                                 "detail": "your essay on " + "careful, patient engineering " * 12,
                                 "tone": "formal", "my_name": "Sam Patel", "limit": 300}},
    {"id": "x-bad", "context": {"relationship": "best-friends"}},
]  # fmt: skip


@pytest.mark.parametrize("case", CASES + EXTRA, ids=[c["id"] for c in CASES + EXTRA])
def test_cases_agree_with_cpython(pyodide_page, case):
    """Each drafts case gives the very same result (or the same InputError) inside Pyodide."""
    reply = pyodide_page("draft_notes", {"context": case["context"]})
    try:
        expected = draft_notes(case["context"])
    except InputError as error:
        assert not reply["ok"] and reply["error"]["kind"] == "input"
        assert reply["error"]["field"] == error.field
        return
    assert reply["ok"], reply
    assert reply["result"] == expected


def draft(page, **fields) -> list[str]:
    """Fill the drafter's form, submit it, wait for the drafts and return their texts."""
    for name in ("name", "detail", "my_name"):
        if name in fields:
            page.fill(f"{DRAFTER} input[name={name}]", fields[name])
    for name in ("relationship", "purpose"):
        if name in fields:
            page.select_option(f"{DRAFTER} select[name={name}]", fields[name])
    for name in ("tone", "limit"):
        if name in fields:
            page.check(f"{DRAFTER} input[name={name}][value='{fields[name]}']")
    page.click(f"{DRAFTER} button[type=submit]")
    assert wait_state(page, DRAFTER, ("done", "error"), timeout=120_000) == "done"
    return page.evaluate(DRAFT_TEXTS)


HANNAH = {
    "name": "Hannah Becker",
    "relationship": "met-at-event",
    "detail": "the DevOpsDays Berlin hallway track",
    "purpose": "stay-in-touch",
}


def test_drafts_appear_as_cards(page, site):
    """Submitting the form shows three [data-draft] cards, each naming Hannah, the detail and
    its count; the follow-up and the free-account reminder are shown too."""
    page.goto(site + PAGE)
    texts = draft(page, **HANNAH)
    assert len(set(texts)) == 3
    assert texts == [d["text"] for d in draft_notes({**HANNAH, "limit": 200})["drafts"]]
    cards = page.locator(f"{DRAFTER} .cw-draft")
    for i, text in enumerate(texts):
        card = cards.nth(i)
        # the contract: the [data-draft] element's text is exactly the draft, nothing inside it
        holder = card.locator("[data-draft]")
        assert holder.evaluate("e => [e.textContent, e.children.length]") == [text, 0]
        assert f"{len(text)} / 200" in card.inner_text()
        assert "Hannah" in text and "DevOpsDays" in text
    assert "Thanks for connecting, Hannah" in page.inner_text(f"{DRAFTER} [data-follow-up]")
    assert "five" in page.inner_text(f"{DRAFTER} .cw-reminder")


def test_copy_puts_the_draft_on_the_clipboard(browser, site):
    """The Copy button writes the draft's exact text to the clipboard and says so."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site + PAGE)
    texts = draft(page, **{**HANNAH, "name": "Zoë 🚀 Laurent"})
    button = page.locator(f"{DRAFTER} .cw-draft").nth(1).locator("button[data-action=copy]")
    button.click()
    page.wait_for_function(
        "b => b.textContent === 'Copied'", arg=button.element_handle(), timeout=5_000
    )
    assert page.evaluate("navigator.clipboard.readText()") == texts[1]
    context.close()


def test_edit_hands_the_draft_to_the_checker(page, site):
    """ "Edit in the checker" fills the linter with the draft, sets its limit, and it answers
    with every check passed."""
    page.goto(site + PAGE)
    texts = draft(
        page, **{**HANNAH, "limit": "300", "detail": "your talk on platform teams at KubeCon"}
    )
    # a state no earlier answer can leave, so the wait is for this submission's
    page.eval_on_selector(LINTER, "f => { f.dataset.state = 'sent-by-test'; }")
    page.locator(f"{DRAFTER} .cw-draft").first.locator("button[data-action=send]").click()
    assert wait_state(page, LINTER, ("done", "error"), timeout=60_000) == "done"
    assert page.input_value(f"{LINTER} textarea[name=message]") == texts[0]
    assert page.is_checked(f"{LINTER} input[name=limit][value='300']")
    assert page.locator(f"{LINTER} .cw-fail").count() == 0
    assert page.locator(f"{LINTER} .cw-ok").count() == 8


def test_more_like_this_gives_a_different_set(page, site):
    """ "More like this" shows another set of drafts and the set number it used."""
    page.goto(site + PAGE)
    first = draft(page, **HANNAH)
    page.click(f"{DRAFTER} button[data-action=resubmit]")
    page.wait_for_function(
        "([sel, old]) => { const d = [...document.querySelectorAll(sel + ' [data-draft]')]"
        ".map(e => e.dataset.draft); return d.length > 0 && d.join('\\n') !== old.join('\\n'); }",
        arg=[DRAFTER, first],
        timeout=60_000,
    )
    second = page.evaluate(DRAFT_TEXTS)
    assert len(set(second)) == 3 and set(second) != set(first)
    assert page.input_value(f"{DRAFTER} input[name=variant]") == "1"
    assert second == [d["text"] for d in draft_notes({**HANNAH, "variant": 1})["drafts"]]


HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def test_hostile_html_in_any_field_stays_text(page, site):
    """Markup typed into the name, detail and your name runs nothing and becomes no element:
    the drafts read it as the text it stands for (tags dropped) and a hint says so."""
    page.goto(site + PAGE)
    texts = draft(page, name=HOSTILE, detail=f"{HOSTILE} at PyCon", my_name=HOSTILE)
    assert page.evaluate("window.__xss") is None
    assert page.locator(f"{DRAFTER} .cw-result :is(img, script)").count() == 0
    assert texts and not any("<img" in t or "onerror" in t for t in texts)
    assert all(t.startswith(("Hi,", "Hello,")) for t in texts)  # no letters left to greet
    assert "read as plain text" in page.inner_text(f"{DRAFTER} .cw-hints")


def test_a_bad_value_shows_a_message_beside_the_field(page, site):
    """A set number that is not a number is an InputError shown next to that field."""
    page.goto(site + PAGE)
    page.fill(f"{DRAFTER} input[name=variant]", "two")
    page.click(f"{DRAFTER} button[type=submit]")
    assert wait_state(page, DRAFTER, ("done", "error"), timeout=120_000) == "error"
    assert page.get_attribute(f"{DRAFTER} input[name=variant]", "aria-invalid") == "true"
    assert "whole number" in page.inner_text(f"{DRAFTER} .cw-form-error")


@pytest.mark.parametrize(
    ("locale", "expected"), [("de-DE", "de"), ("pt-BR", "pt"), ("ja-JP", "en")]
)
def test_the_language_starts_at_the_browsers(browser, site, locale, expected):
    """The language select starts at the browser's preferred language when the drafter writes
    it (else English), and the drafts come back in it."""
    context = browser.new_context(locale=locale)
    page = context.new_page()
    try:
        page.goto(site + PAGE)
        select = page.locator(f'{DRAFTER} select[name="language"]')
        assert select.input_value() == expected
        texts = draft(page, **HANNAH)
        context_in = {**HANNAH, "limit": 200, "language": expected}
        assert texts == [d["text"] for d in draft_notes(context_in)["drafts"]]
    finally:
        context.close()
