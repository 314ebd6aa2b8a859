"""The tools as the page shows them: each module holds one tool's form (its field schema)
and how its result is shown. ``MODULES`` maps the ``data-widget`` name to that module; it is
derived from the tools' one registry, ``connectwisely.TOOLS``."""

from __future__ import annotations

import inspect
from collections.abc import Mapping
from dataclasses import replace
from importlib import import_module
from typing import TYPE_CHECKING

from .. import TOOLS
from ..core.schema import Field, Form
from ..errors import InputError

if TYPE_CHECKING:
    from ..core.team import Team

_TOOLS = {tool.widget: tool for tool in TOOLS}
MODULES = {name: tool.widget_module for name, tool in _TOOLS.items()}


def form(name: str) -> Form:
    """The form of widget ``name``; KeyError for an unknown widget."""
    return import_module(MODULES[name]).FORM


def _for_team(field: Field, team: Team) -> Field:
    if field.name == "limit":
        field = replace(field, default=team.note_limit)
    if field.name == "me_company" and team.organisation:
        field = replace(field, default=team.organisation)
    if field.remember and not team.remember_context:
        field = replace(field, remember=False)
    return field


def for_team(form: Form, team: Team) -> Form:
    """``form`` as a team's copy shows it: its note limit chosen, its organisation filled in
    as the reader's company, and nothing offered to remember if the team turned that off."""
    return replace(form, fields=tuple(_for_team(f, team) for f in form.fields))


def _shown(f: Field, value: object) -> str | None:
    """A typed value as the form's field writes it; None for what a field cannot show."""
    if value in (None, "", []) or f.kind in ("file", "group", "bool"):
        return None
    if f.kind == "list":
        return "\n".join(str(v) for v in value) if isinstance(value, list) else None
    return None if isinstance(value, Mapping | list) else str(value)


def read_back(form: Form, submitted: dict, kwargs: dict) -> dict:
    """What the tool read from the files the reader gave, for the fields they left empty
    (name → the text the field shows), so the form shows what was read. Nothing when no file
    was given: then every value is the reader's own."""
    if not any(submitted.get(f.name) for f in form.fields if f.kind == "file"):
        return {}
    read = {k: v for arg in kwargs.values() if isinstance(arg, Mapping) for k, v in arg.items()}
    out = {}
    for f in form.fields:
        text = _shown(f, read.get(f.name))
        if text is not None and not str(submitted.get(f.name) or "").strip():
            out[f.name] = text
    return out


def submit(name: str, submitted: dict, team: dict | None = None) -> dict:
    """Run widget ``name`` on a submitted form: the API's result, its view, its headline.

    ``team`` is the hosting team's settings, as the page carries them; the tools whose API
    takes ``team`` get them.
    """
    if name not in _TOOLS:
        raise InputError(f"There is no tool called {name!r}.")
    tool = _TOOLS[name]
    module = import_module(tool.widget_module)
    kwargs = module.FORM.from_form(submitted)
    api = getattr(import_module(tool.module), tool.function)
    if team is not None and "team" in inspect.signature(api).parameters:
        from ..core.team import team_from_json  # only a team's copy has settings to read

        kwargs["team"] = team_from_json(team)
    result = api(**kwargs)
    headline = {tool.headline: result[tool.headline]} if tool.headline else {}
    answer = {"result": result, "view": module.present(result), "headline": headline}
    filled = read_back(module.FORM, submitted, kwargs)
    if filled:
        answer["filled"] = filled
    return answer


def prepare(name: str) -> None:
    """Import everything widget ``name`` needs, without running it.

    The worker calls this in its idle time right after Python is ready, so the reader's first
    answer does not wait for the tool's modules to be imported (compiled from source, in
    Pyodide). Unknown names are ignored: warming is an optimization, never an error.
    """
    tool = _TOOLS.get(name)
    if tool is None:
        return
    import_module(tool.widget_module)
    import_module(tool.module)
