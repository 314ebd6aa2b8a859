"""Expands ```` ```report-rules``` ```` fences into the report rules, as Markdown.

A page writes the parts it wants after the fence's name, in order (``hard``, ``soft``,
``checks``, ``evidence``; none means all four). The fence may be indented, inside an admonition
or a list, and its lines come out at the same indent. The words come from
:mod:`connectwisely.core.report_rules`, so every page says the same thing the checker does.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

from ..core.report_rules import PARTS, TITLES

NAME = "report-rules"
_OPEN = re.compile(rf"^(?P<indent>[ \t]*)(?P<ticks>`{{3,}}){NAME}(?P<parts>[ \t][^`\n]*)?[ \t]*$")


def rules_markdown(parts: list[str], indent: str = "") -> list[str]:
    """The Markdown lines for ``parts`` (a title and a list each), every line at ``indent``."""
    lines: list[str] = []
    for part in parts:
        lines += [f"**{TITLES[part]}**", ""]
        lines += [f"- {rule.text}" for rule in PARTS[part]]
        lines.append("")
    return [indent + line if line else "" for line in lines]


def render_rules(markdown: str, page_path: str) -> str:
    """Replace each ```report-rules``` fence in ``markdown`` with the rules it names."""
    lines = markdown.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        match = _OPEN.match(lines[i])
        if not match:
            out.append(lines[i])
            i += 1
            continue
        parts = (match.group("parts") or "").split() or list(PARTS)
        unknown = [p for p in parts if p not in PARTS]
        if unknown:
            raise PluginError(
                f"{page_path}: unknown part {unknown[0]!r} in a {NAME} fence; "
                f"known: {', '.join(PARTS)}."
            )
        end = i + 1
        closing = match.group("indent") + match.group("ticks")
        while end < len(lines) and lines[end].rstrip() != closing:
            end += 1
        if end == len(lines):
            raise PluginError(f"{page_path}: a {NAME} fence is never closed.")
        out += ["", *rules_markdown(parts, match.group("indent"))]
        i = end + 1
    return "\n".join(out)


__all__ = ["NAME", "render_rules", "rules_markdown"]
