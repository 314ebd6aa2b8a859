"""The verdicts, defined once: order, labels, and the worst-first order the network review uses."""

from connectwisely.checker.verdicts import VERDICT_LABELS, VERDICTS, WORST_FIRST, severity


def test_verdicts_run_from_friendliest_to_worst():
    """accept < reply-first < ignore < report, and WORST_FIRST is the same list reversed."""
    assert [severity(v) for v in ("accept", "reply-first", "ignore", "report")] == [0, 1, 2, 3]
    assert tuple(reversed(VERDICTS)) == WORST_FIRST


def test_every_verdict_has_one_label():
    """Each verdict has a reader's label, and there are no labels for anything else."""
    assert set(VERDICT_LABELS) == set(VERDICTS)
    assert VERDICT_LABELS["reply-first"] == "Reply first"
