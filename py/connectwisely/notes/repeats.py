"""No content word twice in one note: "it is always a pleasure to meet … It would be a
pleasure to connect" reads as a template. The recipient's name and the reader's own detail may
repeat (they are the point); function words of every language may too."""

from __future__ import annotations

import re

from ..core.text import fold

MIN_LENGTH = 4  # shorter words are function words in all six languages
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Function words of four letters or more, in English (the other languages list their own).
ENGLISH = frozenset(
    str.split("""
    that this these those with from your yours have been were would could should will shall
    about into also them they their there then than what when where which while some such
    very just more most much many each both here over after before because since always
    being does doing make made like well again only ever even still until upon whom whose
    it's i'm i'd i've i'll you're you've we're we've isn't haven't that's there's let's
    """)
)


def content_words(text: str) -> list[str]:
    """The folded words of ``text`` that carry content."""
    return [w for w in (fold(m) for m in _WORD.findall(text)) if len(w) >= MIN_LENGTH]


def repeated(text: str, allowed: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """Content words that ``text`` uses more than once, except ``allowed`` (folded): the
    name, the detail's words and the language's function words."""
    seen: set[str] = set()
    twice: set[str] = set()
    for word in content_words(text):
        if word in allowed:
            continue
        (twice if word in seen else seen).add(word)
    return twice


def allowed_words(*texts: str, stopwords: frozenset[str] = ENGLISH) -> set[str]:
    """The words a note may repeat: every word of ``texts`` (name, detail) and ``stopwords``."""
    out = {fold(w) for w in stopwords}
    for text in texts:
        out.update(content_words(text))
    return out


__all__ = ["ENGLISH", "allowed_words", "content_words", "repeated"]
