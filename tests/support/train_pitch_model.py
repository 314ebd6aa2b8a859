"""Train the checker's pitch model (:mod:`connectwisely.checker.pitch_model`) and write its
weights and threshold as data (``py/connectwisely/checker/pitch_weights.py``). Standard
library only.

Run: ``PYTHONPATH=py python3 -m tests.support.train_pitch_model``. It learns spam notes against
genuine ones from the request cases the checker is tuned on and the other hands' development
sets; the frozen held-out part, ``after-tuning.json`` and the round that measures it
(``MEASURED_FILE``) stay out, so they still measure it. Logistic regression, class-weighted
(pitches are fewer), L2-regularised, a fixed seed: the same cases give the same weights.

The threshold is chosen by leaving one author out (:data:`tests.support.corpus.AUTHORS`):
train on every author but one, score the one left out, and take the lowest chance that no
left-out genuine note reaches, plus a margin. Those left-out figures are the ones that predict
a new author's notes; they are printed, per author, for the model alone and for the checker's
pitch intent with the tables alone and with the model, and written beside the weights.
"""

from __future__ import annotations

import base64
import json
import math
import random
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from connectwisely.checker import note_detectors, pitch_model
from connectwisely.checker.intents import intents_in

from .corpus import AFTER_TUNING_FILE, HELDOUT_FILE, MEASURED_FILE, REQUESTS_DIR, author, load
from .corpus import result as check

BITS = 16
EPOCHS = 30
RATE = 0.5
L2 = 3e-4
MARGIN = 0.05  # above the highest left-out genuine note
FLOOR = 0.5  # never below even odds
OUT = Path(__file__).resolve().parents[2] / "py" / "connectwisely" / "checker" / "pitch_weights.py"
LABELS = {"spam": 1, "genuine": 0}
Row = tuple[dict[int, float], int, str]  # features, label, author


def cases() -> list[tuple[dict, str]]:
    """Every case the model may learn from, with its author."""
    skip = {HELDOUT_FILE.name, AFTER_TUNING_FILE.name, MEASURED_FILE.name}
    return [
        (case, author(path))
        for path in sorted(REQUESTS_DIR.glob("*.json"))
        if path.name not in skip
        for case in load(path)
    ]


def examples(found: list[tuple[dict, str]]) -> list[Row]:
    """(features, label, author) for every spam or genuine note among ``found``."""
    rows = []
    for case, who in found:
        note = str(case["input"].get("message") or "")
        if case["category"] in LABELS and note.strip():
            rows.append((features(note), LABELS[case["category"]], who))
    return rows


def features(note: str) -> dict[int, float]:
    found = pitch_model.grams(note, BITS)
    norm = math.sqrt(len(found)) or 1.0
    out: dict[int, float] = {}
    for b, _, _ in found:
        out[b] = out.get(b, 0.0) + 1 / norm
    return out


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))


def train(rows: list[Row]) -> tuple[list[float], float]:
    """Weights and bias by stochastic gradient descent, pitches weighted to balance the classes."""
    weights = [0.0] * (1 << BITS)
    bias = 0.0
    pitches = sum(y for _, y, _ in rows) or 1
    pitch_weight = (len(rows) - pitches) / pitches
    order = list(rows)
    rng = random.Random(1)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for x, y, _ in order:
            z = bias + sum(weights[k] * v for k, v in x.items())
            g = (_sigmoid(z) - y) * (pitch_weight if y else 1.0)
            for k, v in x.items():
                weights[k] -= RATE * (g * v + L2 * weights[k])
            bias -= RATE * g
    return weights, bias


def quantize(weights: list[float]) -> tuple[float, bytes]:
    """The weights as signed bytes and their scale, as the checker reads them."""
    scale = max(abs(w) for w in weights) / 127 or 1.0
    return scale, bytes((round(w / scale) + 256) % 256 for w in weights)


def chance(model: tuple[list[float], float], x: dict[int, float]) -> float:
    weights, bias = model
    return _sigmoid(bias + sum(weights[k] * v for k, v in x.items()))


def left_out(
    rows: list[Row],
) -> dict[str, tuple[tuple[list[float], float], list[tuple[float, int]]]]:
    """For each author: the model trained on every other author, and its (chance, label) for
    each of this author's notes."""
    out = {}
    for who in sorted({r[2] for r in rows}):
        model = train([r for r in rows if r[2] != who])
        out[who] = (model, [(chance(model, x), y) for x, y, w in rows if w == who])
    return out


def choose_threshold(scored: list[tuple[float, int]]) -> float:
    """The lowest chance above every left-out genuine note, plus :data:`MARGIN`, at least
    :data:`FLOOR`, rounded up to a hundredth."""
    highest = max((p for p, y in scored if not y), default=0.0)
    return min(math.ceil(100 * max(highest + MARGIN, FLOOR)) / 100, 0.99)


@contextmanager
def model_in_checker(model: tuple[list[float], float] | None, threshold: float) -> Iterator[None]:
    """The checker with ``model`` as its pitch model (None: the tables alone)."""
    saved = pitch_model._weights, pitch_model.threshold, note_detectors.pitch_words
    if model is None:
        note_detectors.pitch_words = lambda text: []
    else:
        scale, raw = quantize(model[0])
        signed = tuple(b - 256 if b > 127 else b for b in raw)
        pitch_model._weights = lambda: (BITS, scale, model[1], signed)
        pitch_model.threshold = lambda: threshold
    try:
        yield
    finally:
        pitch_model._weights, pitch_model.threshold, note_detectors.pitch_words = saved


def pitch_figures(found: list[dict], model, threshold: float) -> tuple[int, int, int, int]:
    """The checker on ``found`` with ``model``: spam cases whose pitch intent fired, spam cases,
    genuine cases given "ignore" or worse by the pitch intent, verdicts right."""
    fired = spam = misread = right = 0
    with model_in_checker(model, threshold):
        for case in found:
            answer = check(case)
            got = answer["verdict"] if answer else "InputError"
            right += got in case["expect"]
            pitched = answer is not None and "pitch" in intents_in(answer["signals"])
            if case["category"] == "spam":
                spam += 1
                fired += pitched
            elif case["category"] == "genuine" and pitched:
                misread += 1
    return fired, spam, misread, right


def report(found: list[tuple[dict, str]], held: dict, threshold: float) -> list[str]:
    """Per left-out author: the model alone, then the checker's pitch intent with the tables
    alone and with the model trained without that author."""
    lines = [
        f"leave one author out (threshold {threshold:.2f}): model alone | checker's pitch intent, tables | with model"
    ]
    for who, (model, scored) in held.items():
        mine = [case for case, w in found if w == who]
        hits = sum(p >= threshold for p, y in scored if y)
        over = sum(p >= threshold for p, y in scored if not y)
        tables = pitch_figures(mine, None, threshold)
        both = pitch_figures(mine, model, threshold)
        lines.append(
            f"  {who}: model {hits}/{sum(y for _, y in scored)} pitches, {over} genuine over"
            f" | tables {tables[0]}/{tables[1]} spam, {tables[2]} genuine misread, right {tables[3]}/{len(mine)}"
            f" | with model {both[0]}/{both[1]} spam, {both[2]} genuine misread, right {both[3]}/{len(mine)}"
        )
    return lines


def write(weights: list[float], bias: float, threshold: float, figures: list[str]) -> None:
    """The weights as signed bytes (a scale and 1 byte each), base64 in a Python module, so
    the wheel carries them like any code; the threshold and the left-out figures beside them."""
    scale, raw = quantize(weights)
    text = base64.b64encode(raw).decode()
    lines = [text[i : i + 96] for i in range(0, len(text), 96)]
    body = "\n".join(f'    "{line}"' for line in lines)
    notes = "".join(f"    {json.dumps(line)},\n" for line in figures)  # as ruff formats them
    OUT.write_text(
        '"""The pitch model\'s weights: data written by tests/support/train_pitch_model.py."""\n\n'
        f"# Measured when trained: each author left out in turn (``nox -s eval`` prints them).\n"
        f"LEFT_OUT = (\n{notes})\n"
        f"BITS = {BITS}\nTHRESHOLD = {threshold!r}\nSCALE = {scale!r}\nBIAS = {bias!r}\n"
        f"WEIGHTS = (\n{body}\n)\n",
        "utf-8",
    )


def main() -> None:
    found = cases()
    rows = examples(found)
    held = left_out(rows)
    threshold = choose_threshold([s for _, scored in held.values() for s in scored])
    figures = report(found, held, threshold)
    print("\n".join(figures))
    weights, bias = train(rows)
    write(weights, bias, threshold, figures)
    print(f"trained on {len(rows)} notes ({sum(y for _, y, _ in rows)} pitches) → {OUT}")


if __name__ == "__main__":
    main()
