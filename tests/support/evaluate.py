"""``nox -s eval``: how the request checker does on its corpus, as a reader would judge it.

``nox -s eval`` reports on the tuned part, the frozen held-out part and the cases from other
hands separately; ``nox -s eval -- --file cases.json`` (repeatable) on any case file instead,
in the list format or the shared ``{"today", "me", "cases"}`` one. For each set it prints: the
share right, a confusion matrix (category × verdict) overall and per language, the share right
per category, each intent's precision and recall, the figures for notes in a language the
checker does not read, every bad accept (a scam or spam accepted), false alarm (a genuine
request reported) and wrong verdict, and how long a check takes. Last, the pitch model's
leave-one-author-out figures, measured when it was trained (per author left out: the model
alone, and the checker's pitch intent with the tables alone and with the model).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter, defaultdict

from connectwisely.checker.intents import INTENTS, intents_in
from connectwisely.checker.pitch_weights import LEFT_OUT
from connectwisely.checker.words.languages import LANGUAGES

from .corpus import AFTER_TUNING, CATEGORIES, HELDOUT, MEASURED, OTHER_HANDS, TUNED, load, result

COLUMNS = ("accept", "reply-first", "ignore", "report", "InputError")
FROZEN = "held-out (frozen)"
AFTER = "written after tuning (frozen)"


def _matrix(rows: list[tuple], title: str) -> list[str]:
    counts = defaultdict(Counter)
    for case, got, _ in rows:
        counts[case["category"]][got] += 1
    lines = [f"  {title}", "    " + f"{'':<10}" + "".join(f"{c:>12}" for c in COLUMNS)]
    for category in CATEGORIES:
        if counts[category]:
            cells = "".join(f"{counts[category][c]:>12}" for c in COLUMNS)
            lines.append(f"    {category:<10}{cells}")
    return lines


def _share(rows: list[tuple]) -> str:
    right = sum(got in case["expect"] for case, got, _ in rows)
    return f"{right}/{len(rows)} = {100 * right / len(rows):.1f}%" if rows else "-"


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.0f}%" if whole else "-"


# A case's own ``intent`` label (the third author's words) as the checker's intents.
LABELS = {
    "ask-deposit": "ask", "ask-data": "ask", "ask-money": "ask", "ask-signin": "ask",
    "channel-move": "ask", "task-scam": "too-good", "investment": "too-good",
    "exec-impersonation": "authority", "authority": "authority", "romance": "romance",
    "pitch": "pitch", "shared-context": "shared-context", "colleague": "shared-context",
}  # fmt: skip


def labelled(case: dict) -> list[str] | None:
    """The intents a case is labelled with (``intents``, or a known ``intent``), if any."""
    if "intents" in case:
        return list(case["intents"])
    if "intent" in case:
        return [LABELS[case["intent"]]] if case["intent"] in LABELS else []
    return None


def intent_lines(rows: list[tuple]) -> list[str]:
    """Each intent's precision (of the cases it fired on, how many are of its target kind, or
    labelled with it) and recall (of the cases of its target kind, how many it fired on). For
    recall a case's own labels, when it has them (:func:`labelled`), are the truth: a case
    labelled "task scam" need not show urgency; otherwise its category stands for them."""
    lines = ["  intents (precision: fired on its kind / fired; recall: fired / cases of its kind)"]
    for intent, (_, target) in INTENTS.items():
        fired = [case for case, _, shown in rows if intent in shown]
        if not target:
            lines.append(f"    {intent:<15} fired on {len(fired)}")
            continue

        def expected(case: dict, intent: str = intent, target: tuple = target) -> bool:
            labels = labelled(case)
            return intent in labels if labels is not None else case["category"] in target

        def fitting(case: dict, intent: str = intent, target: tuple = target) -> bool:
            return case["category"] in target or intent in (labelled(case) or [])

        positives = [case for case, _, _ in rows if expected(case)]
        hits = sum(fitting(case) for case in fired)
        found = sum(expected(case) for case in fired)
        lines.append(
            f"    {intent:<15} precision {_ratio(hits, len(fired)):<14} recall {_ratio(found, len(positives))}"
        )
    return lines


def reads(lang: str) -> bool:
    """Whether the checker reads a case's language ("pt-BR" as Portuguese, Hinglish as English)."""
    return lang == "none" or lang.split("-")[0] in (*LANGUAGES, "hi")


def unread_lines(rows: list[tuple]) -> list[str]:
    """The notes in a language the checker does not read: how they fare, and whether the
    verdict said plainly that the words were not read."""
    part = [r for r in rows if not reads(r[0]["lang"])]
    if not part:
        return ["  notes in a language not read: none"]
    said = sum("unread" in shown for _, _, shown in part)
    bad = sum(c["category"] in ("scam", "spam") and g == "accept" for c, g, _ in part)
    alarms = sum(c["category"] == "genuine" and g == "report" for c, g, _ in part)
    return [
        f"  notes in a language not read: {len(part)}, right {_share(part)}, "
        f"said so {said}/{len(part)}, bad accepts {bad}, false alarms {alarms}"
    ]


def report(name: str, cases: list[dict]) -> list[str]:
    """The lines of the report for one set of cases."""
    rows, times = [], []
    for case in cases:
        start = time.process_time()
        answer = result(case)
        times.append(1000 * (time.process_time() - start))
        got = "InputError" if answer is None else answer["verdict"]
        rows.append((case, got, intents_in(answer["signals"]) if answer else []))
    lines = [f"== {name}: {len(rows)} requests, right {_share(rows)}"]
    lines += _matrix(rows, "all languages (rows: category, columns: verdict)")
    for lang in sorted({c["lang"] for c in cases}):
        part = [r for r in rows if r[0]["lang"] == lang]
        lines += _matrix(part, f"{lang}: right {_share(part)}")
    lines.append("  right per category: " + ", ".join(
        f"{c} {_share([r for r in rows if r[0]['category'] == c])}" for c in CATEGORIES
    ))  # fmt: skip
    lines += intent_lines(rows)
    lines += unread_lines(rows)
    bad = [c for c, g, _ in rows if c["category"] in ("scam", "spam") and g == "accept"]
    alarms = [c for c, g, _ in rows if c["category"] == "genuine" and g == "report"]
    lines.append(f"  bad accepts (scam or spam accepted): {len(bad)}")
    lines += [f"    {c['id']}: {c['source']}" for c in bad]
    lines.append(f"  false alarms (genuine reported): {len(alarms)}")
    lines += [f"    {c['id']}: {c['source']}" for c in alarms]
    if name != FROZEN:
        wrong = [(c, g) for c, g, _ in rows if g not in c["expect"]]
        lines.append(f"  wrong: {len(wrong)}")
        lines += [
            f"    {c['id']} ({c['category']}, {c['lang']}): got {g}, want {'/'.join(c['expect'])}"
            for c, g in wrong
        ]
    if times:
        ordered = sorted(times)
        lines.append(
            f"  CPU time per check: median {statistics.median(ordered):.1f} ms, "
            f"95th percentile {ordered[int(0.95 * (len(ordered) - 1))]:.1f} ms"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="nox -s eval --", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--file", action="append", default=[], help="a case file to evaluate (repeatable)"
    )
    args = parser.parse_args(argv)
    result(TUNED[0])  # the first check compiles the tables: keep it out of the timings
    if args.file:
        for path in args.file:
            print("\n".join(report(path, load(path))))
        return
    everything = TUNED + HELDOUT + OTHER_HANDS + AFTER_TUNING + MEASURED
    non_english = sum(c["lang"] != "en" for c in everything)
    print(f"corpus: {len(everything)} requests, {non_english} not in English")
    lines = report("tuned", TUNED) + report(FROZEN, HELDOUT)
    lines += report("other hands (development)", OTHER_HANDS)
    lines += report(AFTER, AFTER_TUNING)
    lines += report("pitch model vs tables (round 8, never tuned on)", MEASURED)
    print("\n".join([*lines, "== pitch model, " + LEFT_OUT[0], *LEFT_OUT[1:]]))


if __name__ == "__main__":
    main()
