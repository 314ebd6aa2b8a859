"""Connect Wisely: the Python behind the guide's tools.

Standard library only, so the same code runs in CPython and, from the site's own wheel,
in the reader's browser on Pyodide. The public API is re-exported here lazily, so that
importing one tool does not load the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from .errors import InputError

__version__ = "0.4.3"


@dataclass(frozen=True)
class Tool:
    """One public function, with every name it goes by. ``TOOLS`` is the only list of them:
    the lazy API below, ``bridge.CALLS``, ``widgets.MODULES`` and ``cli.COMMANDS`` are derived
    from it, and the page script's headline keys are checked against it (tests/unit/test_tools.py)."""

    function: str  # the public name: ``from connectwisely import check_request``
    module: str  # the module that defines it
    widget: str  # the page's form, <form data-widget="...">, in connectwisely.widgets.<widget>
    command: str  # the CLI subcommand, in connectwisely.commands.<command>
    headline: str = ""  # the result key the page puts on the form as data-<headline>

    @property
    def widget_module(self) -> str:
        return f"connectwisely.widgets.{self.widget.replace('-', '_')}"

    @property
    def command_module(self) -> str:
        return f"connectwisely.commands.{self.command}"


TOOLS = (
    Tool("check_request", "connectwisely.checker.check", "request-check", "check", "verdict"),
    Tool("score_profile", "connectwisely.scorer.score", "profile-score", "score", "score"),
    Tool("draft_notes", "connectwisely.notes.draft", "note-draft", "draft"),
    Tool("lint_note", "connectwisely.notes.lint", "note-lint", "lint"),
    Tool("review_network", "connectwisely.network.review", "network-review", "network", "total"),
)

_API = {tool.function: tool.module for tool in TOOLS}

__all__ = ["InputError", *_API]


def __getattr__(name: str):
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'connectwisely' has no attribute {name!r}")
