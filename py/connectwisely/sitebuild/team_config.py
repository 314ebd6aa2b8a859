"""A team's settings at build time: the plugin's options and the YAML rule file, checked.

The checks themselves are :mod:`connectwisely.core.team`'s (the same ones the CLI and the page
run); this module reads the YAML with PyYAML, MkDocs' own dependency, and turns a bad setting
into a message that names the file and the line, so a team fixes it without reading code.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from ..core.team import Team, TeamConfigError, rules_from_data, team_from_json

OPTIONS = ("organisation", "company_names", "company_domains", "note_limit", "remember_context")


class TeamSettingsError(Exception):
    """A bad team setting, with a message that says where it is."""


def line_of(node: yaml.Node, path: tuple) -> int:
    """The 1-based line of the YAML node at ``path``, or of the nearest node above it."""
    for part in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == part), None)
            if found is None:
                break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
        else:
            break
    return node.start_mark.line + 1


def read_rules(path: Path, shown: str = "") -> dict:
    """The rule file's content as plain data, after checking every rule in it.

    ``shown`` is how messages name the file (as the team wrote it in mkdocs.yml).
    """
    shown = shown or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TeamSettingsError(f"team_rules: {path} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TeamSettingsError(
            f"team_rules: {path} cannot be read as UTF-8 text ({exc})."
        ) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise TeamSettingsError(f"{shown}{where}: this is not valid YAML: {problem}.") from None
    try:
        rules_from_data(data)
    except TeamConfigError as exc:
        line = line_of(node, exc.path) if node is not None else 1
        where = f" ({exc.where})" if exc.where else ""
        raise TeamSettingsError(f"{shown}, line {line}{where}: {exc.message}") from None
    return data or {}


def load_team(options: Mapping, base: Path) -> Team:
    """The team's settings from the plugin's ``options``; ``team_rules`` is relative to ``base``."""
    data = {key: options[key] for key in OPTIONS if key in options}
    if options.get("team_rules"):
        data.update(read_rules(base / options["team_rules"], options["team_rules"]))
    try:
        return team_from_json(data)
    except TeamConfigError as exc:
        raise TeamSettingsError(
            f"mkdocs.yml, plugins → connectwisely → {exc.where or 'options'}: {exc.message}"
        ) from None


class _AnyTagLoader(yaml.SafeLoader):
    """Reads ``mkdocs.yml`` for the plugin's options only: other tags (``!ENV``…) become None."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def _plugin_options(config: Path, depth: int = 0) -> dict | None:
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TeamSettingsError(f"{config} cannot be read: {exc}") from None
    for entry in data.get("plugins") or []:
        if entry == "connectwisely":
            return {}
        if isinstance(entry, dict) and "connectwisely" in entry:
            return entry["connectwisely"] or {}
    if isinstance(data.get("plugins"), dict) and "connectwisely" in data["plugins"]:
        return data["plugins"]["connectwisely"] or {}
    parent = data.get("INHERIT")
    if isinstance(parent, str) and depth < 5:
        return _plugin_options(config.parent / parent, depth + 1)
    return None


def team_from_mkdocs(config: Path) -> Team:
    """The team settings a site's ``mkdocs.yml`` gives the plugin (for the CLI's ``--team``)."""
    options = _plugin_options(config)
    if options is None:
        raise TeamSettingsError(f"{config} does not use the connectwisely plugin.")
    return load_team(options, config.parent)


__all__ = [
    "OPTIONS",
    "TeamSettingsError",
    "line_of",
    "load_team",
    "read_rules",
    "team_from_mkdocs",
]
