"""The tools as the page shows them: each module holds one tool's form (its field schema)
and how its result is shown. The registry maps the ``data-widget`` name to that module."""

from __future__ import annotations

from importlib import import_module

from ..errors import InputError
from ..schema import Form

MODULES = {
    "note-lint": "connectwisely.widgets.note_lint",
    "note-draft": "connectwisely.widgets.note_draft",
    "request-check": "connectwisely.widgets.request_check",
    "profile-score": "connectwisely.widgets.profile_score",
    "network-review": "connectwisely.widgets.network_review",
}


def form(name: str) -> Form:
    """The form of widget ``name``; KeyError for an unknown widget."""
    return import_module(MODULES[name]).FORM


def submit(name: str, submitted: dict) -> dict:
    """Run widget ``name`` on a submitted form: the API's result, its view, its headline."""
    if name not in MODULES:
        raise InputError(f"There is no tool called {name!r}.")
    module = import_module(MODULES[name])
    kwargs = module.FORM.from_form(submitted)
    api = getattr(import_module("connectwisely"), module.FORM.api)
    result = api(**kwargs)
    headline = {module.FORM.headline: result[module.FORM.headline]} if module.FORM.headline else {}
    return {"result": result, "view": module.present(result), "headline": headline}
