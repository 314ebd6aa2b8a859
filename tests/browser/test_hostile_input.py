"""Hostile input in every field of every tool: markup stays text, huge pastes and odd Unicode
get an answer or a clear message, and the page and its worker keep working."""

from __future__ import annotations

import pytest

from .conftest import wait_state

pytestmark = pytest.mark.browser

HOSTILE = {
    "markup": '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script><b>bold</b>',
    "attribute": '" onmouseover="window.__xss=3" data-x="',
    "rtl": "\u202eevil\u202c مرحبا بالعالم שלום",
    "combining": "Z̴̡̢̛̗͎̪a̸̧͓͙l̶̢̛̜g̷̡̛̙o̶̧̜ 👩🏽‍💻🇵🇹",
    "huge": "spam " * 1_000_000,  # 5 MB
}

FILL_TEXT = """([form, value]) => {
  const f = document.querySelector(form);
  for (const el of f.querySelectorAll('input[type=text], textarea')) {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}"""


def tool_widgets(page, all_pages) -> list[tuple[str, str]]:
    found = []
    for url in all_pages:
        if "/tools/" in url:
            page.goto(url)
            for widget in page.eval_on_selector_all(
                "form[data-widget]", "forms => forms.map(f => f.dataset.widget)"
            ):
                found.append((url, widget))
    return found


@pytest.fixture(scope="module")
def widgets(browser, all_pages):
    page = browser.new_page()
    found = tool_widgets(page, all_pages)
    page.close()
    return found


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_every_text_field_of_every_tool_survives(page, widgets, kind):
    """Each tool answers (result or message); no markup is created, no script runs."""
    assert widgets, "the tool pages carry tools"
    for url, widget in widgets:
        page.goto(url)
        form = f'form[data-widget="{widget}"]'
        page.evaluate(FILL_TEXT, [form, HOSTILE[kind]])
        page.eval_on_selector(form, "f => f.requestSubmit()")
        state = wait_state(page, form, ("done", "error"), timeout=120_000)
        assert page.evaluate("window.__xss") is None, (widget, kind)
        assert page.locator(f"{form} .cw-result :is(img, script, iframe, b)").count() == 0
        if state == "error":
            message = page.inner_text(f"{form} .cw-form-error")
            assert message.strip() and "Traceback" not in message, (widget, kind, message)
        # the page and the worker still answer afterwards
        page.evaluate(FILL_TEXT, [form, "Hello"])
        page.eval_on_selector(form, "f => { f.dataset.state = 'probe'; f.requestSubmit(); }")
        # the worker may still be reading the hostile text of a live check: give it as long
        assert wait_state(page, form, ("done", "error"), timeout=120_000) in ("done", "error")
