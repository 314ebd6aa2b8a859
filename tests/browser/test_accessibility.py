"""Accessibility: axe-core finds nothing on any page, in light and dark mode, at phone width,
and on every tool with a result and with an error shown; the tools work at 200% zoom."""

from __future__ import annotations

import json

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


CONTROLS = """form => {
  for (const d of form.querySelectorAll("details")) d.open = true;
  const width = document.documentElement.clientWidth;
  return [...form.querySelectorAll("input, select, textarea, button")]
    .filter((el) => el.type !== "hidden" && !el.closest("[hidden]"))
    .map((el) => {
      el.scrollIntoView({ block: "center", inline: "nearest" });
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const labels = el.labels ? [...el.labels] : [];
      const uncovered = !!hit && (hit === el || el.contains(hit) || labels.some((l) => l.contains(hit)));
      const seen = box.width > 0 && box.height > 0 && style.visibility !== "hidden"
        && style.display !== "none" && Number(style.opacity) > 0;
      const left = box.left + window.scrollX;  // where it is on the page, not where a sideways
      const right = box.right + window.scrollX;  // scroll of the window may have brought it
      const inside = left >= -1 && right <= width + 1;
      return seen && inside && uncovered ? null
        : `${el.tagName.toLowerCase()}[name=${el.name || ""}] "${(el.textContent || "").trim().slice(0, 30)}"`
          + ` left ${Math.round(left)} right ${Math.round(right)} of ${width}`
          + `${seen ? "" : ", not visible"}${uncovered ? "" : ", covered"}`;
    })
    .filter(Boolean);
}"""


AXE_IN = """async (selector) => (await axe.run(document.querySelector(selector),
                                            { resultTypes: ["violations"] })).violations
  .map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "))"""


@pytest.fixture(scope="module")
def zoomed(browser, all_pages):
    """A page at 200% zoom of a 1280 x 800 window, and the tool pages with their tools.

    Browser zoom enlarges the CSS pixel: at 200%, a 1280-px-wide window lays the page out in
    640 CSS px (and media queries see 640 px), which is what a 640 x 400 viewport gives. A
    device scale factor of 2 is not zoom: it only draws each CSS pixel with more device pixels,
    and the layout stays 1280 px wide, so it would test nothing. (WCAG 1.4.4 asks for text
    resizable to 200%; 1.4.10's reflow at 320 px is the 320-px test above.)"""
    context = browser.new_context(viewport={"width": 640, "height": 400})
    page = context.new_page()
    tools = list(tool_forms(page, all_pages))
    assert tools, "the tool pages carry tools"
    pages = {url: [w for u, w in tools if u == url] for url, _ in tools}
    yield page, pages
    context.close()


def test_tools_reflow_at_200_percent_zoom(zoomed, axe_source):
    """Each tool page at 200% zoom (a 640-px viewport, see ``zoomed``): the document does not
    scroll sideways; every field and button of every tool is visible, inside the viewport's
    width and not covered, so it can be reached and used; and axe finds nothing in the tools."""
    page, pages = zoomed
    problems = {}
    for url, widgets in pages.items():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        page.evaluate(axe_source + "\n;undefined")
        for widget in widgets:
            form = f'form[data-widget="{widget}"]'
            if hidden := page.eval_on_selector(form, CONTROLS):  # opens the tool's <details>
                problems[f"{widget} controls"] = hidden
            if violations := page.evaluate(AXE_IN, form):
                problems[f"{widget} axe"] = violations
        scroll = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if scroll[0] > scroll[1] + 1:
            problems[f"{url} scrolls sideways"] = scroll
    assert problems == {}, json.dumps(problems, indent=1)


def test_tool_pages_pass_axe_at_200_percent_zoom(zoomed, axe_source):
    """Each tool page at 200% zoom (a 640-px viewport, see ``zoomed``), theme and all, passes
    every axe-core rule."""
    page, pages = zoomed
    found = {}
    for url in pages:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        if violations := axe.violations(page, axe_source):
            found[url] = violations
    assert found == {}, json.dumps(found, indent=1)
