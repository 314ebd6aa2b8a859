"""The plugin's fence rendering: widget fences become forms; examples in code stay code."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from connectwisely.sitebuild.plugin import render_widgets


def test_a_widget_fence_becomes_the_form():
    """The fence is replaced by the form HTML and its name is reported."""
    out, used = render_widgets("Intro\n\n```widget note-lint\n```\n\nAfter", "page.md")
    assert used == ["note-lint"]
    assert '<form class="cw-widget" data-widget="note-lint"' in out
    assert out.startswith("Intro") and out.rstrip().endswith("After")


def test_a_fence_shown_as_an_example_is_left_alone():
    """A widget fence inside a longer code fence is documentation, not a tool."""
    page = "````markdown\n```widget note-lint\n```\n````\n"
    out, used = render_widgets(page, "page.md")
    assert used == [] and out == page


def test_two_instances_are_counted():
    """The same tool twice on a page is rendered twice with distinct ids."""
    out, used = render_widgets("```widget note-lint\n```\n\n```widget note-lint\n```\n", "p.md")
    assert used == ["note-lint", "note-lint"]
    assert 'id="cw-note-lint-1-title"' in out


@pytest.mark.parametrize(
    ("page", "message"),
    [("```widget nope\n```\n", "unknown widget 'nope'"), ("```widget note-lint\n", "never closed")],
)
def test_mistakes_fail_the_build_with_the_page_named(page, message):
    """An unknown or unclosed widget fence is a build error naming the page."""
    with pytest.raises(PluginError, match=message) as caught:
        render_widgets(page, "guide/x.md")
    assert "guide/x.md" in str(caught.value)
