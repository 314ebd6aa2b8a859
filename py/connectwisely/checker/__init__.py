"""The connection-request checker: ``check.check_request`` and the signals behind its verdict.

``note_flags(text)`` is the checker's reading of a note on its own (for the note linter);
it is loaded only when asked for, so importing this package stays cheap.
"""

from __future__ import annotations

from importlib import import_module


def __getattr__(name: str):
    if name in ("note_flags", "TOPICS"):
        return getattr(import_module("connectwisely.checker.note_reading"), name)
    raise AttributeError(f"module 'connectwisely.checker' has no attribute {name!r}")


__all__ = ["note_flags"]
