"""The report-rules fence: expanded from the data at its own indent, with clear errors."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from connectwisely.core.report_rules import HARD, PARTS, SOFT, TITLES
from connectwisely.sitebuild.rules_block import render_rules, rules_markdown


def test_a_bare_fence_shows_every_part_in_order():
    """No parts named means all four, titles in the data's order."""
    out = render_rules("Before\n```report-rules\n```\nAfter", "p.md")
    titles = [out.index(TITLES[part]) for part in PARTS]
    assert titles == sorted(titles) and out.startswith("Before") and out.endswith("After")
    assert "```" not in out


def test_named_parts_only():
    """`hard soft` shows those two lists and nothing else."""
    out = render_rules("```report-rules hard soft\n```", "p.md")
    assert all(rule.text in out for rule in (*HARD, *SOFT))
    assert TITLES["checks"] not in out and TITLES["evidence"] not in out


def test_an_indented_fence_keeps_its_indent():
    """Inside an admonition every line of the rules stays indented."""
    out = render_rules('!!! danger "x"\n\n    ```report-rules hard\n    ```\n', "p.md")
    lines = [line for line in out.split("\n")[1:] if line.strip()]
    assert lines and all(line.startswith("    ") for line in lines)
    assert rules_markdown(["hard"], "  ")[0] == f"  **{TITLES['hard']}**"


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("```report-rules scary\n```", "unknown part 'scary'"),
        ("```report-rules\nnever closed", "never closed"),
    ],
)
def test_mistakes_stop_the_build_with_the_page_named(markdown, message):
    """An unknown part or an unclosed fence names the page and the problem."""
    with pytest.raises(PluginError, match=message) as caught:
        render_rules(markdown, "guide/x.md")
    assert "guide/x.md" in str(caught.value)


def test_other_fences_are_left_alone():
    """A widget fence or a code block that merely mentions the name is untouched."""
    text = "```widget request-check\n```\n```yaml\nreport-rules: 1\n```"
    assert render_rules(text, "p.md") == text
