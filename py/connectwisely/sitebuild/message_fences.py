"""Gives every ```` ```text```` fence the class ``cw-message``, so messages to copy wrap on a phone.

Pages write their copyable messages as plain ```` ```text```` fences (the docs tests read them
that way); Material renders those without a language class, so the plugin adds one the theme
can style (``theme.css``: ``.cw-message``). A fence that already has attributes is left alone.
"""

from __future__ import annotations

import re

CLASS = "cw-message"
_TEXT_FENCE = re.compile(r"^(?P<open>[ \t]*`{3,}text)[ \t]*$", re.M)


def mark_messages(markdown: str) -> str:
    """``markdown`` with each bare ```text fence opening given the ``cw-message`` class."""
    return _TEXT_FENCE.sub(lambda m: f"{m.group('open')} {{.{CLASS}}}", markdown)


__all__ = ["CLASS", "mark_messages"]
