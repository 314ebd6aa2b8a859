"""A site's ``mkdocs.yml`` as the CLI needs it: the connectwisely plugin's options, the line
each is on, the docs folder and the site's address.

MkDocs itself reads the file for a build; ``connectwisely team check`` and ``--team`` read it
here, without MkDocs, following ``INHERIT`` and reading ``!ENV`` as MkDocs does, so their
messages point at the same lines as the build's.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..core.team import Team
from .problems import Problem, yaml_problem
from .team_config import TeamSettingsError, check_site


class _Loader(yaml.SafeLoader):
    """Reads ``mkdocs.yml``: ``!ENV`` as MkDocs does (the variable, else the default); other
    tags (``!!python/name``…) become None."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    items = loader.construct_sequence(node)
    for name in items[:-1]:
        if isinstance(name, str) and os.environ.get(name) is not None:
            return os.environ[name]
    return items[-1] if items else None


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


@dataclass
class MkDocsFile:
    """What the CLI needs of a site's ``mkdocs.yml``: the plugin's options and where they are."""

    path: Path
    options: dict | None  # None: the site doesn't use the plugin
    lines: dict[str, int]
    docs_dir: Path  # as MkDocs reads it: relative to the mkdocs.yml it was given
    site_url: str
    docs_setting: str = "docs"  # docs_dir as written, in this file or one it inherits


def _plugin_entry(node: yaml.Node | None) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    plugins = next((v for k, v in node.value if k.value == "plugins"), None)
    entries = plugins.value if isinstance(plugins, yaml.SequenceNode) else []
    if isinstance(plugins, yaml.MappingNode):
        entries = [yaml.MappingNode("tag:yaml.org,2002:map", [pair]) for pair in plugins.value]
    for entry in entries:
        if isinstance(entry, yaml.ScalarNode) and entry.value == "connectwisely":
            return entry
        if isinstance(entry, yaml.MappingNode):
            for key, value in entry.value:
                if key.value == "connectwisely":
                    return value
    return None


def read_mkdocs(config: Path, depth: int = 0) -> MkDocsFile:
    """The plugin's options in ``config`` (following ``INHERIT``), their lines, docs and URL."""
    shown = config.name
    try:
        text = config.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_Loader) or {}
        node = yaml.compose(text, Loader=_Loader)
    except FileNotFoundError:
        raise TeamSettingsError([Problem(shown, f"{config} does not exist.")]) from None
    except (OSError, UnicodeDecodeError):
        raise TeamSettingsError([Problem(shown, "cannot be read as UTF-8 text.")]) from None
    except yaml.YAMLError as exc:
        raise TeamSettingsError([yaml_problem(shown, exc)]) from None
    data = data if isinstance(data, dict) else {}
    parent = None
    if isinstance(data.get("INHERIT"), str) and depth < 5:
        parent = read_mkdocs(config.parent / data["INHERIT"], depth + 1)
    entry = _plugin_entry(node)
    setting = str(data.get("docs_dir") or (parent.docs_setting if parent else "docs"))
    docs = config.parent / setting
    site_url = str(data.get("site_url") or (parent.site_url if parent else ""))
    if entry is None and parent is not None:
        return MkDocsFile(parent.path, parent.options, parent.lines, docs, site_url, setting)
    options = None
    lines: dict[str, int] = {}
    if entry is not None:
        options = yaml.load(yaml.serialize(entry), Loader=_Loader) if entry.value else {}
        options = options if isinstance(options, dict) else {}
        if isinstance(entry, yaml.MappingNode):
            lines = {k.value: k.start_mark.line + 1 for k, _ in entry.value}
    return MkDocsFile(config, options, lines, docs, site_url, setting)


def team_from_mkdocs(config: Path) -> Team:
    """The team settings a site's ``mkdocs.yml`` gives the plugin (for the CLI's ``--team``)."""
    site = read_mkdocs(config)
    if site.options is None:
        raise TeamSettingsError([Problem(config.name, "does not use the connectwisely plugin.")])
    checked = check_site(site.options, config.parent, site.docs_dir, site.lines, site.path.name)
    if checked.problems:
        raise TeamSettingsError(checked.problems)
    return checked.team


__all__ = ["MkDocsFile", "read_mkdocs", "team_from_mkdocs"]
