"""Accessibility: axe-core finds nothing on any page, in light and dark mode, at phone width,
and on every tool with a result and with an error shown."""

from __future__ import annotations

import pytest

from tests.support import axe

from .conftest import wait_state

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def axe_source() -> str:
    return axe.source()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_has_no_axe_violation(page, all_pages, axe_source, scheme):
    """Each page, in each colour scheme, passes every axe-core rule."""
    page.emulate_media(color_scheme=scheme)
    found = {}
    for url in all_pages:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        problems = axe.violations(page, axe_source)
        if problems:
            found[url] = problems
    assert found == {}


def test_pages_fit_a_320_pixel_screen(browser, all_pages):
    """Nothing scrolls sideways on a 320-px-wide phone screen."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    wide = {}
    for url in all_pages:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > 320:
            wide[url] = width
    context.close()
    assert wide == {}


def tool_forms(page, all_pages):
    for url in all_pages:
        if "/tools/" in url:
            page.goto(url)
            for widget in page.eval_on_selector_all(
                "form[data-widget]", "forms => forms.map(f => f.dataset.widget)"
            ):
                yield url, widget


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tools_with_an_answer_shown_have_no_axe_violation(page, all_pages, axe_source, scheme):
    """Submitting each tool as it stands shows a result or an error; either passes axe."""
    page.emulate_media(color_scheme=scheme)
    found = {}
    for url, widget in list(tool_forms(page, all_pages)):
        page.goto(url)
        form = f'form[data-widget="{widget}"]'
        page.eval_on_selector(form, "f => f.requestSubmit()")
        state = wait_state(page, form, ("done", "error"))
        problems = axe.violations(page, axe_source)
        if problems:
            found[f"{widget} ({state})"] = problems
    assert found == {}
