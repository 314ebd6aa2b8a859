"""Normalising a note before the rules read it, so rewording doesn't hide what it says.

After :func:`~connectwisely.checker.words.phrases.unmask` (look-alike letters, zero-width
characters), :func:`normalise` rewrites, in every language the checker reads:

- numbers written in words before a percent or a currency, and phone numbers spelled out
  digit by digit, as digits ("fifteen percent" → "15 %", "quince por ciento" → "15 %");
- percent words as "%", and rates in any language as English ("al día", "pro Tag" → "per day");
- nicknames of messaging apps after "on", "via", "no", "über"… ("on WA", "the green app",
  "no zap") as the app's name;
- emoji and symbols that split a phone number ("+44 ✨ 7700 ✨ 900") as spaces.

The rules then match one canonical form; the evidence they quote is this normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..core.text import longest_first
from .words.languages import LANGUAGES, deaccent, detect_language

_CURRENCY_AFTER = r"(?:€|\$|£|euros?|dollars?|pounds?|reais|usd|eur|gbp|pln|zł|zl|tl|₺|try|mil|thousand|million|millions|millones|milhoes|tausend|millionen|mille|milioni)"


@cache
def _number_run(code: str) -> re.Pattern:
    module = LANGUAGES[code]
    words = longest_first(module.NUMBERS)
    word = r"(?:" + "|".join(map(re.escape, words)) + r")"
    joiners = "|".join(map(re.escape, module.JOINERS))
    gap = r"(?:[\s,-]+(?:(?:" + joiners + r")[\s-]+)?)" if joiners else r"[\s,-]+"
    return re.compile(rf"\b{word}(?:{gap}{word})*\b", re.IGNORECASE)


def _value(tokens: list[int]) -> str:
    """A run's number: digits read one by one when it is a spelled-out phone number."""
    if len(tokens) >= 3 and all(t < 10 for t in tokens):
        return "".join(map(str, tokens))
    total = current = 0
    for t in tokens:
        if t == 100:
            current = (current or 1) * 100
        elif t >= 1000:
            total += (current or 1) * t
            current = 0
        else:
            current += t
    return str(total + current)


def _numbers(text: str, code: str) -> str:
    module = LANGUAGES[code]
    plain = deaccent(text)
    if not _number_run(code).search(plain):
        return text
    units = {k.casefold(): v for k, v in module.NUMBERS.items()}
    percent = "|".join(re.escape(p) for p in (*module.PERCENT, "%"))
    follows = re.compile(rf"\s*(?:{percent}|{_CURRENCY_AFTER}\b)", re.IGNORECASE)
    out, last = [], 0
    for match in _number_run(code).finditer(plain):
        tokens = [
            units[w.casefold()]
            for w in re.findall(r"[^\W\d_]+", match.group(0))
            if w.casefold() in units
        ]
        value = _value(tokens)
        spelled_phone = len(tokens) >= 7 and all(t < 10 for t in tokens)
        if spelled_phone or follows.match(plain, match.end()):
            out += [text[last : match.start()], value]
            last = match.end()
    return "".join(out) + text[last:]


@cache
def _percent() -> re.Pattern:
    words = {p for m in LANGUAGES.values() for p in m.PERCENT}
    alternatives = "|".join(re.escape(w) for w in longest_first(words))
    return re.compile(rf"(\d)\s*(?:{alternatives})\b", re.IGNORECASE)


@cache
def _periods() -> list[tuple[re.Pattern, str]]:
    found = {}
    for module in LANGUAGES.values():
        for period, pattern in module.PERIODS.items():
            found.setdefault(period, []).append(pattern)
    return [
        (
            re.compile(rf"(?<![\w'])(?:{'|'.join(patterns)})(?![\w'])", re.IGNORECASE),
            f"per {period}",
        )
        for period, patterns in found.items()
    ]


_SHORT_PREP = r"on|via|over|through|per|by|auf|uber|su|sul|sur|por|pelo|pela|tramite"
_LONG_PREP = _SHORT_PREP + r"|in|at|no|na|al|en|am|im|in the|on the"


@cache
def _apps() -> list[tuple[re.Pattern, str]]:
    """One rule per app and kind of nickname: two-letter ones ("WA") only after a short
    preposition ("on WA"), longer ones ("the green app") after any."""
    nicks: dict[tuple[str, str], set[str]] = {}
    for module in LANGUAGES.values():
        for app, nicknames in module.APPS.items():
            for nick in nicknames.split("|"):
                prep = _SHORT_PREP if len(nick) <= 2 else _LONG_PREP
                nicks.setdefault((app, prep), set()).add(nick)
    return [
        (
            re.compile(rf"\b((?:{prep})\s+)(?:{'|'.join(longest_first(found))})\b", re.I),
            app,
        )
        for (app, prep), found in nicks.items()
    ]


_SPLIT_DIGITS = re.compile(r"(?<=\d)((?:\s*[^\w\s+().,/-]){1,6}\s*)(?=\d)")


def _unsplit(match: re.Match) -> str:
    symbols = [c for c in match.group(1) if not c.isspace()]
    if all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf", "Co", "Cs") for c in symbols):
        return " "
    return match.group(1)


def normalise(text: str) -> str:
    """``text`` with numbers, rates, app nicknames and split phone numbers made canonical."""
    if not text:
        return text
    text = _SPLIT_DIGITS.sub(_unsplit, text)
    for code in dict.fromkeys((detect_language(text), *LANGUAGES)):
        text = _numbers(text, code)
    plain = deaccent(text)
    if plain != text:  # rates and nicknames are matched without accents ("al día")
        text = plain if _needs_plain(plain) else text
    text = _percent().sub(r"\1 %", text)
    for pattern, period in _periods():
        text = pattern.sub(period, text)
    for pattern, app in _apps():
        text = pattern.sub(rf"\g<1>{app}", text)
    return text


def _needs_plain(plain: str) -> bool:
    return any(p.search(plain) for p, _ in _periods()) or any(p.search(plain) for p, _ in _apps())


__all__ = ["normalise"]
