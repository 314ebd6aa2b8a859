"""A team's settings as the site gives them: plugin options in ``mkdocs.yml`` and a rule file.

:func:`check_site` is the one check the build, the preview and ``connectwisely team check``
run, so all three find the same mistakes: every one of them, each a :class:`Problem` naming
the file, the setting, the line and the fix. It also says what it normalised (a domain
written with ``www.``), for the build output. :mod:`connectwisely.core.team` checks the values;
this module adds the files: where a setting's line is, whether the rule file exists, is
empty, is valid YAML or sits in ``docs/`` (where it would be published), whether the team's
folder exists, and whether each rule's ``guide`` link is a page and heading of the site.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..core.suggest import did_you_mean
from ..core.team import SETTING_ALIASES, SETTINGS, Team, check_team
from ..core.team_rules import SECTIONS, parse_rules
from .problems import Problem, yaml_problem
from .site_pages import guide_problem, site_pages

FILES = ("team_rules", "team_dir", "team_title", "team_examples")
OPTIONS = (*SETTINGS, *FILES, "hosting_page", "project_root")
PREFIX = "plugins → connectwisely → "
EXAMPLES = "examples.yml"  # beside the rule file, unless team_examples says otherwise


class TeamSettingsError(Exception):
    """Bad team settings; the message lists every problem, each saying where it is."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(describe(problems))


def describe(problems: list[Problem]) -> str:
    """The problems as the build prints them: one alone, or a count and one per line."""
    if len(problems) == 1:
        return str(problems[0])
    return f"The team settings have {len(problems)} problems:\n" + "\n".join(
        f"  {p}" for p in problems
    )


@dataclass
class SiteCheck:
    """What :func:`check_site` found: the team, every problem, and what it read differently."""

    team: Team
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rules: Path | None = None
    examples: Path | None = None
    team_dir: Path | None = None


def line_of(node: yaml.Node, path: tuple) -> int:
    """The 1-based line of the YAML node at ``path``, or of the nearest node above it."""
    for part in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == part), None)
            if found is None:
                found = next((k for k, _ in node.value if k.value == part), None)
                node = found or node
                break
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
        else:
            break
    return node.start_mark.line + 1


def _read_rule_file(path: Path, shown: str, docs_dir: Path | None, out: SiteCheck) -> object:
    """The rule file's data (None when unusable), with its file-level problems added to ``out``."""
    if docs_dir is not None and path.resolve().is_relative_to(docs_dir.resolve()):
        out.problems.append(Problem(shown, f"the rule file is inside {docs_dir.name}/, so it "
                                    "would be published with the site; move it to your team "
                                    "folder (team/rules.yml) and change team_rules."))  # fmt: skip
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        out.problems.append(Problem(shown, "cannot be read as text; save it as UTF-8 YAML."))
        return None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        out.problems.append(yaml_problem(shown, exc))
        return None
    found: list = []
    rules = parse_rules(data, found)
    for exc in found:
        line = line_of(node, exc.path) if node is not None else None
        out.problems.append(Problem(shown, exc.message, where=exc.where, line=line))
    if not found and not rules:
        out.problems.append(Problem(shown, "the rule file has no rules. Add some under "
                                    "red_flags: or trusted_phrases:, or remove team_rules."))  # fmt: skip
    return data


def check_site(
    options: Mapping,
    base: Path,
    docs_dir: Path | None = None,
    lines: Mapping[str, int] | None = None,
    config_name: str = "mkdocs.yml",
) -> SiteCheck:
    """Every problem in a site's team settings; paths in ``options`` are relative to ``base``.

    ``options`` are the plugin's options as written (unset ones absent); ``lines`` says on
    which line of ``config_name`` each is; without ``docs_dir`` guide links are not checked.
    """
    lines = lines or {}
    out = SiteCheck(Team())

    def problem(key: str, message: str, where: str = "") -> None:
        out.problems.append(Problem(config_name, message, PREFIX + (where or key), lines.get(key)))

    for key in sorted(str(k) for k in options if k not in OPTIONS):
        problem(key, f"unknown option.{did_you_mean(key, OPTIONS, SETTING_ALIASES)}")
    for key in FILES:
        if key in options and not isinstance(options[key], str):
            problem(key, f"{key} must be text, such as 'team/rules.yml'.")
    if not isinstance(options.get("hosting_page", True), bool):
        problem("hosting_page", "hosting_page must be true or false.")
    settings = check_team({k: options[k] for k in SETTINGS if k in options})
    for exc in settings.problems:
        problem(str(exc.path[0]) if exc.path else "", exc.message, exc.where)
    out.notes = list(settings.notes)
    rules_data = None
    rules_name = options.get("team_rules")
    if isinstance(rules_name, str) and rules_name:
        out.rules = base / rules_name
        if out.rules.is_file():
            rules_data = _read_rule_file(out.rules, rules_name, docs_dir, out)
        else:
            what = "is a folder" if out.rules.is_dir() else "does not exist"
            problem("team_rules", f"{out.rules} {what}; team_rules names your rule file, such "
                    "as team/rules.yml, relative to mkdocs.yml.")  # fmt: skip
        examples = options.get("team_examples")
        out.examples = base / examples if isinstance(examples, str) else out.rules.parent / EXAMPLES
    team_dir = options.get("team_dir")
    out.team_dir = base / (team_dir if isinstance(team_dir, str) else "team")
    if isinstance(team_dir, str) and not out.team_dir.is_dir():
        problem("team_dir", f"the folder {out.team_dir} does not exist; create it, or remove "
                "team_dir to have no pages of your own.")  # fmt: skip
    data = {k: options[k] for k in SETTINGS if k in options}
    if isinstance(rules_data, Mapping):
        data.update({k: v for k, v in rules_data.items() if k in SECTIONS})
    out.team = check_team(data).team
    if docs_dir is not None and out.rules is not None:
        pages = site_pages(docs_dir, out.team_dir)
        for section, index, rule in _located(out.team, rules_data):
            wrong = guide_problem(rule.guide, pages) if rule.guide else None
            if wrong:
                line = _rule_line(out.rules, (section, index, "guide"))
                out.problems.append(
                    Problem(rules_name, f"rule {rule.id!r} links to {rule.guide!r}: {wrong}",
                            where=f"{section}[{index}].guide", line=line)
                )  # fmt: skip
    return out


def _located(team: Team, data: object):
    """Each rule with its section and index in the file (for locating its guide link)."""
    ids = {section: [r.get("id") if isinstance(r, Mapping) else None for r in data.get(section) or []]
           for section in SECTIONS} if isinstance(data, Mapping) else {}  # fmt: skip
    for rule in team.rules:
        section = "red_flags" if rule.kind == "red-flag" else "trusted_phrases"
        if rule.id in ids.get(section, []):
            yield section, ids[section].index(rule.id), rule


def _rule_line(path: Path, where: tuple) -> int | None:
    try:
        return line_of(
            yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader), where
        )
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def load_team(options: Mapping, base: Path) -> Team:
    """The team's settings from the plugin's ``options``, or TeamSettingsError listing all problems."""
    checked = check_site(options, base)
    if checked.problems:
        raise TeamSettingsError(checked.problems)
    return checked.team


__all__ = [
    "OPTIONS",
    "SiteCheck",
    "TeamSettingsError",
    "check_site",
    "describe",
    "line_of",
    "load_team",
]
