"""Messages to copy get a class the theme can wrap; other fences don't."""

from __future__ import annotations

import pytest

from connectwisely.sitebuild.message_fences import CLASS, mark_messages


@pytest.mark.parametrize(
    ("markdown", "marked"),
    [
        ("```text\nHi Sam\n```", "```text {.cw-message}\nHi Sam\n```"),
        ("    ```text\n    Hi\n    ```", "    ```text {.cw-message}\n    Hi\n    ```"),
        ("```yaml\na: 1\n```", "```yaml\na: 1\n```"),
        ("```text {.other}\nHi\n```", "```text {.other}\nHi\n```"),
        ("```textile\nHi\n```", "```textile\nHi\n```"),
    ],
)
def test_only_bare_text_fences_are_marked(markdown, marked):
    """A bare ```text opening gains the class; other languages and attributes stay as written."""
    assert mark_messages(markdown) == marked
    assert CLASS == "cw-message"
