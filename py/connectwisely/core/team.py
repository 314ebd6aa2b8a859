"""A team's own settings: who the organisation is, how its staff connect, and its own rules.

A team hosting its copy of the guide sets these in ``mkdocs.yml`` (the plugin's options) and a
small YAML rule file (:mod:`connectwisely.core.team_rules`). The build checks them
(:mod:`connectwisely.sitebuild.team_config` adds files and lines) and writes them into each page
as JSON; the page sends them with each call, and the CLI reads the same JSON or ``mkdocs.yml``
(``--team``). Everything here is plain data in, a frozen :class:`Team` out, so the same checks
run at build time, in the CLI and in Pyodide. :func:`check_team` collects every mistake and
says what it normalised (``https://www.Acme.example/`` is read as ``acme.example``);
:func:`team_from_json` raises the first mistake.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .linkedin import NOTE_LIMITS
from .suggest import did_you_mean
from .team_rules import (
    SECTIONS,
    SEVERITIES,
    TeamConfigError,
    TeamRule,
    list_value,
    parse_rules,
    rules_from_data,
    text_value,
)
from .text import fold

SETTINGS = ("organisation", "company_names", "company_domains", "note_limit", "remember_context")
SETTING_ALIASES = {"organization": "organisation", "company": "organisation", "domains":
                   "company_domains", "limit": "note_limit"}  # fmt: skip
MAX_NAMES = 20
_DOMAIN = re.compile(r"^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


@dataclass(frozen=True)
class Team:
    """The settings the tools use; ``Team()`` is the plain public guide."""

    organisation: str = ""
    company_names: tuple[str, ...] = ()
    company_domains: tuple[str, ...] = ()
    note_limit: int = 200
    remember_context: bool = True
    rules: tuple[TeamRule, ...] = field(default=())

    @property
    def names(self) -> tuple[str, ...]:
        """The organisation and every spelling of its name, once each."""
        seen: dict[str, str] = {}
        for name in (self.organisation, *self.company_names):
            if name and fold(name) not in seen:
                seen[fold(name)] = name
        return tuple(seen.values())

    def to_json(self) -> dict:
        rules: dict[str, list] = {"red_flags": [], "trusted_phrases": []}
        for rule in self.rules:
            rules["red_flags" if rule.kind == "red-flag" else "trusted_phrases"].append(
                rule.to_json()
            )
        return {
            "organisation": self.organisation,
            "company_names": list(self.company_names),
            "company_domains": list(self.company_domains),
            "note_limit": self.note_limit,
            "remember_context": self.remember_context,
            **rules,
        }


def _names(value: object, key: str) -> tuple[str, ...]:
    entries = list_value(value, (key,), MAX_NAMES, key)
    return tuple(
        text_value(v, (key, i), limit=100, what="Each company name") for i, v in enumerate(entries)
    )


def normalise_domain(entry: str) -> str:
    """The bare domain in what a person wrote for one: no scheme, ``www.``, ``@``, path or port.

    ``https://www.Acme.example/jobs`` and ``hr@acme.example`` both give ``acme.example``;
    subdomains of a listed domain count as the organisation's anyway (``is_own``), so keeping
    ``www.`` would only make the bare domain look like an outsider's.
    """
    domain = _SCHEME.sub("", entry.strip().lower())
    domain = domain.rsplit("@", 1)[-1]
    domain = re.split(r"[/?#:]", domain, maxsplit=1)[0].rstrip(".")
    return domain.removeprefix("www.")


def _domains(value: object, notes: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    entries = list_value(value, ("company_domains",), MAX_NAMES, "company_domains")
    for i, entry in enumerate(entries):
        domain = normalise_domain(entry) if isinstance(entry, str) else entry
        if not isinstance(domain, str) or not _DOMAIN.match(domain):
            raise TeamConfigError(
                f"{entry!r} is not a domain name such as 'acme.example'.", ("company_domains", i)
            )
        if domain != entry.strip().lower().removeprefix("@"):
            notes.append(f"company_domains: {entry!r} is read as {domain!r}.")
        if domain not in out:
            out.append(domain)
    return tuple(out)


@dataclass(frozen=True)
class TeamCheck:
    """What :func:`check_team` found: the team (its valid parts), every mistake, every change."""

    team: Team
    problems: tuple[TeamConfigError, ...] = ()
    notes: tuple[str, ...] = ()


def _setting(problems: list, default, check):
    try:
        return check()
    except TeamConfigError as exc:
        problems.append(exc)
        return default


def _note_limit(data: Mapping) -> int:
    limit = data.get("note_limit", 200)
    if isinstance(limit, bool) or limit not in NOTE_LIMITS:
        raise TeamConfigError(
            f"note_limit must be 200 (free accounts) or 300 (Premium), not {limit!r}.",
            ("note_limit",),
        )
    return limit


def _remember(data: Mapping) -> bool:
    remember = data.get("remember_context", True)
    if not isinstance(remember, bool):
        raise TeamConfigError(
            f"remember_context must be true or false, not {remember!r}.", ("remember_context",)
        )
    return remember


def check_team(data: object) -> TeamCheck:
    """Every mistake in ``data`` (the JSON form, or a site's options plus its rule file)."""
    if data is None:
        return TeamCheck(Team())
    if isinstance(data, Team):
        return TeamCheck(data)
    if not isinstance(data, Mapping):
        return TeamCheck(
            Team(), (TeamConfigError("The team settings must be a set of named values."),)
        )
    problems: list[TeamConfigError] = []
    notes: list[str] = []
    for key in sorted(str(k) for k in data if k not in (*SETTINGS, *SECTIONS)):
        hint = did_you_mean(key, SETTINGS, SETTING_ALIASES)
        problems.append(TeamConfigError(f"Unknown team setting {key!r}.{hint}", (key,)))
    organisation = data.get("organisation") or ""
    if organisation:
        organisation = _setting(problems, "", lambda: text_value(
            organisation, ("organisation",), limit=100, what="organisation"))  # fmt: skip
    team = Team(
        organisation=organisation,
        company_names=_setting(problems, (), lambda: _names(data.get("company_names"), "company_names")),
        company_domains=_setting(problems, (), lambda: _domains(data.get("company_domains"), notes)),
        note_limit=_setting(problems, 200, lambda: _note_limit(data)),
        remember_context=_setting(problems, True, lambda: _remember(data)),
        rules=parse_rules({k: data[k] for k in SECTIONS if k in data}, problems),
    )  # fmt: skip
    return TeamCheck(team, tuple(problems), tuple(notes))


def team_from_json(data: object) -> Team:
    """A :class:`Team` from its JSON form (what :meth:`Team.to_json` writes), checked."""
    checked = check_team(data)
    if checked.problems:
        raise checked.problems[0]
    return checked.team


__all__ = [
    "SETTINGS",
    "SEVERITIES",
    "Team",
    "TeamCheck",
    "TeamConfigError",
    "TeamRule",
    "check_team",
    "normalise_domain",
    "rules_from_data",
    "team_from_json",
]
