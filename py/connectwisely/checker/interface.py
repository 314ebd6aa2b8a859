"""LinkedIn's own interface in a paste, in every language the checker reads: the counts
("14 contactos en común", "500+ Kontakte", "Oltre 500 collegamenti"), the degree marker
("· 2º", "· 2.", "· 2e") and the buttons ("Aceptar", "Ignorieren", "Répondre") that come
along when a reader copies an invitation. English is read by :mod:`.paste` itself; the
other languages' words are the ``INTERFACE`` entries of :mod:`.words.languages`.
"""

from __future__ import annotations

import re
from functools import cache

from ..core.linkedin import CONNECTION_CAP
from ..core.text import fold
from .words.languages import LANGUAGES

NUMBER = r"(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?\s?[kKmM]?)\+?"
# The buttons and labels of an invitation in the other languages.
BUTTONS = frozenset(
    fold(word.strip()) for m in LANGUAGES.values() for word in m.BUTTONS.split(",") if word.strip()
)
DEGREE = re.compile(r"\s[·•]\s*([123])\s?(?:º|°|ª|\.|e|er|re|o)\s*$")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    found = []
    for module in LANGUAGES.values():
        for key, pattern in module.INTERFACE.items():
            if key != "degree":
                found.append((key, re.compile("^" + pattern.format(n=NUMBER) + "$", re.I)))
    return tuple(found)


def count(text: str) -> int:
    """``"1.234"``, ``"500"``, ``"2,5K"`` as a number."""
    text = text.strip().rstrip("+").replace(" ", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:].lower(), 1)
    if scale > 1:
        return int(float(text[:-1].replace(",", ".")) * scale)
    return int(re.sub(r"[,.]", "", text))


def _named(names: str) -> int:
    return len([n for n in re.split(r",|\b(?:y|e|und|et)\b", names) if n.strip()])


def interface_fact(part: str) -> tuple[str, int] | None:
    """The count a line of LinkedIn's interface states in a language other than English, as
    ``(field, value)``: ``connections``, ``mutual_connections`` or ``followers``; else None."""
    folded = fold(part).strip()
    for key, pattern in _patterns():
        if m := pattern.match(folded):
            if key == "connections":
                return "connections", min(count(m.group(1)), CONNECTION_CAP)
            if key == "mutual":
                return "mutual_connections", count(m.group(1))
            if key == "mutual_others":
                return "mutual_connections", _named(m.group(1)) + count(m.group(2))
            return "followers", count(m.group(1))
    return None


__all__ = ["BUTTONS", "DEGREE", "NUMBER", "count", "interface_fact"]
