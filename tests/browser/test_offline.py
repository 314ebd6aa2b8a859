"""Offline after the first visit: the service worker keeps pages, Pyodide and the wheel."""

from __future__ import annotations

import pytest

from .conftest import wait_state

pytestmark = pytest.mark.browser
LINTER = 'form[data-widget="note-lint"]'

CACHED_WASM = """async () => {
  const wasm = document.querySelector('meta[name="connectwisely"]').dataset.pyodide + "pyodide.asm.wasm";
  const url = new URL(wasm, location.href).href;
  for (const key of await caches.keys()) {
    if (await (await caches.open(key)).match(url)) return true;
  }
  return false;
}"""


def test_a_tool_works_offline_after_one_visit(browser, site):
    """Visit once, go offline, reload: the page, Python and the tool all still work."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(site + "tools/note-drafter/")
    wait_state(page, LINTER, ("ready",))
    page.wait_for_function(CACHED_WASM, timeout=30_000)
    context.set_offline(True)
    page.reload()
    assert page.evaluate("navigator.serviceWorker.controller !== null")
    page.fill(f"{LINTER} textarea[name=message]", "Hi Ana - loved your talk at PyCon on typing.")
    page.click(f"{LINTER} button[type=submit]")
    assert wait_state(page, LINTER, ("done", "error")) == "done"
    # another page, never visited, comes from the precached sitemap
    page.goto(site + "privacy/")
    assert page.title()
    context.close()


def test_guide_pages_register_no_python_in_the_cache(browser, site):
    """A visit to a guide page caches pages, never the Python runtime."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(site)
    page.wait_for_function("() => navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_timeout(1000)
    assert page.evaluate(CACHED_WASM) is False
    context.close()
