"""Checklist checkboxes get their item's words as a label."""

from __future__ import annotations

from connectwisely.sitebuild.tasklist import label_task_items

BOX = '<label class="task-list-control"><input type="checkbox" disabled/><span class="task-list-indicator"></span></label>'


def test_the_words_move_into_the_label():
    """Text and inline markup up to a nested list or the item's end become the label."""
    html = f'<li class="task-list-item">{BOX} Read their <a href="x">profile</a><ul><li>sub</li></ul></li>'
    out = label_task_items(html)
    assert (
        '<span class="task-list-indicator"></span> Read their <a href="x">profile</a></label><ul>'
        in out
    )


def test_other_html_is_untouched():
    """Pages without task lists are returned as they are."""
    assert label_task_items("<ul><li>plain</li></ul>") == "<ul><li>plain</li></ul>"
