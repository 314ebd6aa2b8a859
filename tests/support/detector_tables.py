"""Tables of (detector, note) rows for the checker's detector tests: one id scheme, one check
of what evidence must look like."""

from __future__ import annotations

import pytest


def detector_cases(rows: list[tuple]):
    """Parametrize a test over ``rows`` of (detect, note), each named by detector and note."""
    return pytest.mark.parametrize(
        ("detect", "note"), rows, ids=[f"{f.__name__}:{n[:30]}" for f, n in rows]
    )


def is_quoted_evidence(evidence: list[str]) -> bool:
    """Some evidence, each piece words of the note (or a stated fact), never empty."""
    return bool(evidence) and all(isinstance(e, str) and e for e in evidence)
