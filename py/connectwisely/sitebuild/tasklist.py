"""Checklist items whose checkbox has a label.

pymdownx.tasklist puts each item's checkbox in an empty ``<label>`` and the item's words after
it, so a screen reader meets an unnamed checkbox. This moves the words into the label.
"""

from __future__ import annotations

import re

_ITEM = re.compile(
    r'(<label class="task-list-control">)(<input type="checkbox"[^>]*/?>)'
    r'(<span class="task-list-indicator"></span>)</label>(.*?)(?=<ul|<ol|</li>)',
    re.S,
)


def label_task_items(html: str) -> str:
    return _ITEM.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(4)}</label>", html)
