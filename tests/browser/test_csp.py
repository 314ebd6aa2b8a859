"""The Content-Security-Policy: every page obeys it, tools work under it, injections are blocked."""

from __future__ import annotations

import pytest

from .conftest import WATCH_CSP, wait_state

pytestmark = pytest.mark.browser


def test_every_page_runs_without_a_violation(page, all_pages):
    """No page of the site trips its own policy (scripts, styles, images, workers)."""
    page.add_init_script(WATCH_CSP)
    problems = {}
    for url in all_pages:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        policy = page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")
        assert policy and "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy, url
        if page.evaluate("window.__csp.length"):
            problems[url] = page.evaluate("window.__csp")
    assert problems == {}


def test_a_tool_works_under_the_policy(page, site):
    """Pyodide boots and answers with 'wasm-unsafe-eval' and no other relaxation."""
    page.add_init_script(WATCH_CSP)
    page.goto(site + "tools/note-drafter/")
    form = 'form[data-widget="note-lint"]'
    page.fill(f"{form} textarea[name=message]", "Hi Ana - loved your talk at PyCon.")
    page.click(f"{form} button[type=submit]")
    assert wait_state(page, form, ("done", "error")) == "done"
    assert page.evaluate("window.__csp") == []


def test_an_injected_inline_script_is_blocked(page, site):
    """A script element added to the page with inline code does not run, and is reported."""
    page.add_init_script(WATCH_CSP)
    page.goto(site + "tools/note-drafter/")
    page.evaluate(
        """() => { const s = document.createElement("script");
                   s.textContent = "window.__injected = true"; document.body.appendChild(s); }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.__injected") is None
    assert any(v.startswith("script-src") for v in page.evaluate("window.__csp"))
