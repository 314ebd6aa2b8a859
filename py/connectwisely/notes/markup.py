"""Markup in what a reader types: LinkedIn shows tags, entities and Markdown links as typed,
so the drafter reads them as the plain text they stand for and the linter flags them."""

from __future__ import annotations

import html
import re

# Tags, character entities and Markdown links.
MARKUP = re.compile(
    r"</?[a-z][\w:-]*(?:\s[^<>]*)?/?>|&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});"
    r"|\[[^\]\n]+\]\([^)\s]+\)",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[a-z][\w:-]*(?:\s[^<>]*)?/?>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")


def has_markup(text: str) -> bool:
    return bool(MARKUP.search(text))


def as_plain_text(text: str) -> str:
    """``text`` with tags dropped (scripts and styles with their content), entities decoded
    and Markdown links reduced to their words: "<b>data</b> contracts &amp; more" gives
    "data contracts & more"."""
    text = _HIDDEN.sub(" ", text)  # what a page would never show
    text = _MD_LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    return re.sub(r"[<>]", " ", html.unescape(text))


__all__ = ["MARKUP", "as_plain_text", "has_markup"]
