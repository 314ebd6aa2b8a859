"""``nox -s eval``: how the request checker does on its corpus, as a reader would judge it.

Prints, for the tuned part and the frozen held-out part separately: the share right, a
confusion matrix (category × verdict) per language and overall, accuracy per language and
per category, and every bad accept (a scam or spam accepted) and false alarm (a genuine
request reported).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .corpus import CATEGORIES, HELDOUT, LANGUAGES, TUNED, verdict

COLUMNS = ("accept", "reply-first", "ignore", "report", "InputError")


def _matrix(rows: list[tuple[dict, str]], title: str) -> list[str]:
    counts = defaultdict(Counter)
    for case, got in rows:
        counts[case["category"]][got] += 1
    lines = [f"  {title}", "    " + f"{'':<10}" + "".join(f"{c:>12}" for c in COLUMNS)]
    for category in CATEGORIES:
        if counts[category]:
            cells = "".join(f"{counts[category][c]:>12}" for c in COLUMNS)
            lines.append(f"    {category:<10}{cells}")
    return lines


def _share(rows: list[tuple[dict, str]]) -> str:
    right = sum(got in case["expect"] for case, got in rows)
    return f"{right}/{len(rows)} = {100 * right / len(rows):.1f}%" if rows else "-"


def report(name: str, cases: list[dict]) -> list[str]:
    """The lines of the report for one part of the corpus."""
    rows = [(case, verdict(case)) for case in cases]
    lines = [f"== {name}: {len(rows)} requests, right {_share(rows)}"]
    lines += _matrix(rows, "all languages (rows: category, columns: verdict)")
    for lang in LANGUAGES:
        part = [r for r in rows if r[0]["lang"] == lang]
        if part:
            lines += _matrix(part, f"{lang}: right {_share(part)}")
    lines.append("  right per category: " + ", ".join(
        f"{c} {_share([r for r in rows if r[0]['category'] == c])}" for c in CATEGORIES
    ))  # fmt: skip
    bad = [(c, g) for c, g in rows if c["category"] in ("scam", "spam") and g == "accept"]
    alarms = [(c, g) for c, g in rows if c["category"] == "genuine" and g == "report"]
    lines.append(f"  bad accepts (scam or spam accepted): {len(bad)}")
    lines += [f"    {c['id']}: {c['source']}" for c, _ in bad]
    lines.append(f"  false alarms (genuine reported): {len(alarms)}")
    lines += [f"    {c['id']}: {c['source']}" for c, _ in alarms]
    wrong = [(c, g) for c, g in rows if g not in c["expect"]]
    if name != "held-out (frozen)":
        lines.append(f"  wrong: {len(wrong)}")
        lines += [
            f"    {c['id']} ({c['category']}): got {g}, want {'/'.join(c['expect'])}"
            for c, g in wrong
        ]
    return lines


def main() -> None:
    non_english = sum(c["lang"] != "en" for c in TUNED + HELDOUT)
    print(f"corpus: {len(TUNED) + len(HELDOUT)} requests, {non_english} not in English")
    for line in report("tuned", TUNED) + report("held-out (frozen)", HELDOUT):
        print(line)


if __name__ == "__main__":
    main()
