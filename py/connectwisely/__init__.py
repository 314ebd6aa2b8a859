"""Connect Wisely: the Python behind the guide's tools.

Standard library only, so the same code runs in CPython and, from the site's own wheel,
in the reader's browser on Pyodide. The public API is re-exported here lazily, so that
importing one tool does not load the others.
"""

from __future__ import annotations

from importlib import import_module

from .errors import InputError

__version__ = "0.2.0"

_API = {
    "check_request": "connectwisely.checker.check",
    "score_profile": "connectwisely.scorer.score",
    "draft_notes": "connectwisely.notes.draft",
    "lint_note": "connectwisely.notes.lint",
    "review_network": "connectwisely.network.review",
}

__all__ = ["InputError", *_API]


def __getattr__(name: str):
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'connectwisely' has no attribute {name!r}")
