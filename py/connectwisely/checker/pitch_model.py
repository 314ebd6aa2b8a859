"""A small statistical reading of one intent: does a note sell (a pitch) or speak to you (a
personal note)? Logistic regression over hashed n-grams of the note (lowercased, without
accents, digits as 0): characters (4 and 5 letters) and words (one and two), so it reads a pitch
in words no table holds yet and in any language it was trained on.

The weights are data (:mod:`.pitch_weights`, written by ``tests/support/train_pitch_model.py``
from the request cases: spam notes against genuine ones), and so is the threshold, chosen by
leaving each author's cases out in turn (the figure that predicts a new author's notes, not the
training set's); inference is pure Python, well under 5 ms for a note. Its verdict is never alone: :func:`connectwisely.checker.note_detectors.sales_pitch`
counts it as one part of a pitch, and quotes the words it weighed most.
"""

from __future__ import annotations

import array
import base64
import math
import re
from functools import cache

from .words.languages import deaccent

SIZES = (4, 5)  # the character n-gram lengths (3 letters weighed names and endings, not selling)
WORD_SIZES = (1, 2)  # the word n-gram lengths
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"\w[\w'-]*")
_WORD_MARK = "\x01"  # a word n-gram's hash is apart from any run of characters


def fold(text: str) -> str:
    """Lowercase, accents off, digits as 0: the same length as ``text``, so spans carry over."""
    return _DIGITS.sub("0", deaccent(text).lower())


def bucket(gram: str, bits: int) -> int:
    """The n-gram's bucket: 32-bit FNV-1a of its UTF-8 bytes, folded to ``bits`` bits (the
    same in CPython and Pyodide, unlike ``hash``)."""
    h = 0x811C9DC5
    for byte in gram.encode():
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h & ((1 << bits) - 1)


def grams(text: str, bits: int) -> list[tuple[int, int, int]]:
    """Each n-gram as (bucket, start, end) in ``text``'s positions: the character n-grams of
    ``" " + fold(text) + " "``, then the word n-grams of ``fold(text)``."""
    folded = fold(text)
    padded = f" {folded} "
    out = []
    for n in SIZES:
        for i in range(len(padded) - n + 1):
            out.append((bucket(padded[i : i + n], bits), max(i - 1, 0), min(i - 1 + n, len(text))))
    spans = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
    for n in WORD_SIZES:
        for i in range(len(spans) - n + 1):
            gram = _WORD_MARK + " ".join(folded[s:e] for s, e in spans[i : i + n])
            out.append((bucket(gram, bits), spans[i][0], spans[i + n - 1][1]))
    return out


@cache
def _weights() -> tuple[int, float, float, array.array]:
    from . import pitch_weights as W

    # signed bytes, read in C: a generator over the 65,536 took 10-20 ms of the rehearsal
    return W.BITS, W.SCALE, W.BIAS, array.array("b", base64.b64decode(W.WEIGHTS))


def threshold() -> float:
    """The chance from which the note reads as a pitch: data beside the weights, chosen by
    leaving each author out in turn, so that no left-out author's genuine note reaches it."""
    from . import pitch_weights as W

    return W.THRESHOLD


def score(text: str) -> tuple[float, list[str]]:
    """The chance the note is a pitch, and its words that weighed most toward one (at most 3)."""
    if not text.strip():
        return 0.0, []
    bits, scale, bias, weights = _weights()
    found = grams(text, bits)
    norm = math.sqrt(len(found)) or 1.0
    z = bias
    by_word: dict[tuple[int, int], float] = {}
    spans = [(m.start(), m.end()) for m in _WORD.finditer(fold(text))]
    for b, start, end in found:
        w = weights[b] * scale / norm
        z += w
        for span in spans:
            if span[0] < end and start < span[1]:
                by_word[span] = by_word.get(span, 0.0) + w
    chance = 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))
    top: dict[str, tuple[int, int]] = {}  # each word once, at its weightiest place
    for span in sorted(by_word, key=lambda s: -by_word[s]):
        word = text[span[0] : span[1]]
        if by_word[span] > 0 and not word.isdigit() and len(top) < 3:
            top.setdefault(word.casefold(), span)
    return chance, [text[s:e] for s, e in sorted(top.values())]


def pitch_words(text: str) -> list[str]:
    """The words the model weighed, when it reads the note as a pitch; else nothing."""
    chance, words = score(text)
    return words if chance >= threshold() else []


__all__ = ["bucket", "fold", "grams", "pitch_words", "score", "threshold"]
