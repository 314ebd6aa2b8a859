"""The pitch model: a pitch and a personal note told apart in words no table holds, its
features the same in any interpreter, its weights small data, its answer fast and explained."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import pytest

from connectwisely.checker import pitch_model as M
from connectwisely.checker import pitch_weights as W

PITCHES = [
    "Our agency writes LinkedIn posts for founders, 3 a week for 690 € a month. Shall we talk for 20 minutes?",
    "Wir schalten Ihre Stellenanzeigen auf 300 Jobbörsen, Pauschalpreis 499 €. Darf ich ein Angebot schicken?",
    "Dostarczamy 20 spotkań z decydentami miesięcznie. Czy znajdzie Pan 15 minut na rozmowę?",
]
PERSONAL = [
    "We worked together on the loyalty team at Greenmart, good to find you here!",
    "Hallo, wir haben uns auf der DMEXCO am Stand unterhalten. Wie versprochen hier die Vernetzung!",
    "Cześć! Pracowaliśmy razem w zespole analityki w 2021. Fajnie Cię tu znaleźć.",
]  # fmt: skip


@pytest.mark.parametrize("note", PITCHES)
def test_reads_a_pitch_and_quotes_the_words_it_weighed(note):
    """A pitch scores over even odds and above every personal note; the words quoted are
    words of the note, each once; pitch_words gives them only at the threshold or above."""
    chance, words = M.score(note)
    assert chance > 0.5
    assert chance > max(M.score(personal)[0] for personal in PERSONAL)
    assert words and all(w in note and not w.isdigit() for w in words)
    assert len({w.casefold() for w in words}) == len(words) <= 3
    assert M.pitch_words(note) == (words if chance >= M.threshold() else [])


@pytest.mark.parametrize("note", PERSONAL)
def test_a_personal_note_is_no_pitch(note):
    """A personal note scores below the threshold, and pitch_words gives nothing."""
    assert M.score(note)[0] < M.threshold()
    assert M.pitch_words(note) == []


def test_an_empty_note_scores_nothing():
    assert M.score("  ") == (0.0, [])


def test_fold_keeps_the_length_so_spans_carry_over():
    """Accents off, lowercase, digits as 0, and the same length as the note."""
    assert M.fold("Über 2026") == "uber 0000"
    assert len(M.fold("Ça coûte 30 €")) == len("Ça coûte 30 €")


@pytest.mark.parametrize(
    ("gram", "bucket"), [("abc", 0x1A47E90B & ((1 << W.BITS) - 1)), (" we", None)]
)
def test_buckets_are_fnv_1a_and_in_range(gram, bucket):
    """FNV-1a (the same in CPython and Pyodide), folded to the table's bits."""
    got = M.bucket(gram, W.BITS)
    assert 0 <= got < 1 << W.BITS
    if bucket is not None:
        assert got == bucket


def test_the_weights_are_small_data():
    """Under 300 KB on disk, one signed byte per bucket."""
    path = Path(W.__file__)
    assert path.stat().st_size < 300_000
    weights = M._weights()[3]
    assert len(weights) == 1 << W.BITS
    raw = base64.b64decode(W.WEIGHTS)  # two's complement: 0xff is -1, not 255
    assert min(weights) < 0 < max(weights) and min(weights) >= -128 and max(weights) <= 127
    assert [w % 256 for w in weights[:4096]] == list(raw[:4096])


def test_a_note_is_scored_within_5_ms():
    """Median of fresh notes under 5 ms in CPython."""
    M.score("warm up")
    times = []
    for i in range(30):
        start = time.perf_counter()
        M.score(f"Hello, we help {i} food brands grow; would a {i}-minute call work next week?")
        times.append(time.perf_counter() - start)
    assert sorted(times)[15] < 0.005


def test_word_grams_span_whole_words():
    """Besides characters, each word and each pair of words is a feature, spanning those words."""
    text = "Wir bieten Workshops"
    spans = {(start, end) for _, start, end in M.grams(text, W.BITS)}
    assert {(0, 3), (4, 10), (11, 20), (0, 10), (4, 20)} <= spans


def test_the_threshold_is_data_chosen_by_leaving_authors_out():
    """The threshold sits beside the weights, at even odds or more, and the figures that chose
    it (each author left out) are written with them, one line per author."""
    assert 0.5 <= M.threshold() == W.THRESHOLD < 1
    assert W.LEFT_OUT[0].startswith("leave one author out")
    assert {line.split(":")[0].strip() for line in W.LEFT_OUT[1:]} >= {"A", "B", "C", "D"}
