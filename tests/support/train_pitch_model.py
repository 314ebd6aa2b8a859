"""Train the checker's pitch model (:mod:`connectwisely.checker.pitch_model`) and write its
weights as data (``py/connectwisely/checker/pitch_weights.py``). Standard library only.

Run: ``PYTHONPATH=py python3 -m tests.support.train_pitch_model``. It learns spam notes against
genuine ones from the request cases the checker is tuned on and the other hands' development
sets; the frozen held-out part, ``after-tuning.json`` and the round that measures it (``MEASURED_FILE``)
stay out, so they still measure it. Logistic regression, class-weighted (pitches are fewer),
L2-regularised, a fixed seed: the same cases give the same weights.
"""

from __future__ import annotations

import base64
import math
import random
from pathlib import Path

from connectwisely.checker.pitch_model import grams

from .corpus import AFTER_TUNING_FILE, HELDOUT_FILE, MEASURED_FILE, REQUESTS_DIR, load

BITS = 14
EPOCHS = 30
RATE = 0.5
L2 = 1e-4
PITCH_WEIGHT = 2.0  # pitches are about a third of the notes
OUT = Path(__file__).resolve().parents[2] / "py" / "connectwisely" / "checker" / "pitch_weights.py"
LABELS = {"spam": 1, "genuine": 0}


def examples() -> list[tuple[dict[int, float], int]]:
    """(features, label) for every spam or genuine note the model may learn from."""
    skip = {HELDOUT_FILE.name, AFTER_TUNING_FILE.name, MEASURED_FILE.name}
    rows = []
    for path in sorted(REQUESTS_DIR.glob("*.json")):
        if path.name in skip:
            continue
        for case in load(path):
            note = str(case["input"].get("message") or "")
            if case["category"] in LABELS and note.strip():
                rows.append((features(note), LABELS[case["category"]]))
    return rows


def features(note: str) -> dict[int, float]:
    found = grams(note, BITS)
    norm = math.sqrt(len(found)) or 1.0
    out: dict[int, float] = {}
    for b, _, _ in found:
        out[b] = out.get(b, 0.0) + 1 / norm
    return out


def train(rows: list[tuple[dict[int, float], int]]) -> tuple[list[float], float]:
    weights = [0.0] * (1 << BITS)
    bias = 0.0
    order = list(rows)
    rng = random.Random(1)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for x, y in order:
            z = bias + sum(weights[k] * v for k, v in x.items())
            g = (1 / (1 + math.exp(-max(min(z, 30), -30))) - y) * (PITCH_WEIGHT if y else 1.0)
            for k, v in x.items():
                weights[k] -= RATE * (g * v + L2 * weights[k])
            bias -= RATE * g
    return weights, bias


def write(weights: list[float], bias: float) -> None:
    """The weights as signed bytes (a scale and 1 byte each), base64 in a Python module, so
    the wheel carries them like any code."""
    scale = max(abs(w) for w in weights) / 127 or 1.0
    raw = bytes((round(w / scale) + 256) % 256 for w in weights)
    text = base64.b64encode(raw).decode()
    lines = [text[i : i + 96] for i in range(0, len(text), 96)]
    body = "\n".join(f'    "{line}"' for line in lines)
    OUT.write_text(
        '"""The pitch model\'s weights: data written by tests/support/train_pitch_model.py."""\n\n'
        f"BITS = {BITS}\nSCALE = {scale!r}\nBIAS = {bias!r}\nWEIGHTS = (\n{body}\n)\n",
        "utf-8",
    )


def main() -> None:
    rows = examples()
    weights, bias = train(rows)
    write(weights, bias)
    print(f"trained on {len(rows)} notes ({sum(y for _, y in rows)} pitches) → {OUT}")


if __name__ == "__main__":
    main()
