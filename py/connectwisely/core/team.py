"""A team's own settings: who the organisation is, how its staff connect, and its own rules.

A team hosting its copy of the guide sets these in ``mkdocs.yml`` (the plugin's options) and a
small YAML rule file. The build checks them (:mod:`connectwisely.sitebuild.team_config` adds
line numbers) and writes them into each page as JSON; the page sends them with each call, and
the CLI reads the same JSON or ``mkdocs.yml`` (``--team``). Everything here is plain data in,
a frozen :class:`Team` out, so the same checks run at build time, in the CLI and in Pyodide.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import InputError
from .linkedin import NOTE_LIMITS
from .text import clean, fold

# severity → (the checker's flag, default weight): see connectwisely.checker.check.decide
SEVERITIES = {"report": ("red", 70), "warn": ("scam", 40), "caution": ("caution", 15)}
TRUSTED = ("claimed", 30)
SECTIONS = {"red_flags": "red-flag", "trusted_phrases": "trusted"}
RULE_KEYS = ("id", "phrases", "label", "message", "severity", "weight", "guide")
MAX_RULES = 100
MAX_PHRASES = 50
MAX_NAMES = 20
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_DOMAIN = re.compile(r"^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_GUIDE = re.compile(r"^(?![a-z][a-z0-9+.-]*:|/|\.)[\w./#-]{1,200}$", re.I)


class TeamConfigError(InputError):
    """A bad team setting or rule; ``path`` locates it (``("red_flags", 2, "weight")``)."""

    def __init__(self, message: str, path: tuple[str | int, ...] = ()):
        super().__init__(message, "team")
        self.path = path

    @property
    def where(self) -> str:
        """The path as a reader would write it: ``red_flags[2].weight``."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out


@dataclass(frozen=True)
class TeamRule:
    """One of the team's own rules: phrases that, in a request, are a warning or a trust sign."""

    id: str
    kind: str  # "red-flag" or "trusted"
    phrases: tuple[str, ...]
    label: str
    message: str
    flag: str  # how the checker's verdict counts it: red, scam, caution or claimed
    weight: int
    guide: str = ""  # a site-relative page of the team's, "team/clients/#recruiters"

    def to_json(self) -> dict:
        severity = next((s for s, (f, _) in SEVERITIES.items() if f == self.flag), None)
        data = {"id": self.id, "phrases": list(self.phrases), "label": self.label}
        data.update(message=self.message, weight=self.weight)
        if self.kind == "red-flag":
            data["severity"] = severity
        if self.guide:
            data["guide"] = self.guide
        return data


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


def _text(value: object, path: tuple, *, limit: int, what: str, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not clean(value).strip():
        raise TeamConfigError(f"{what} must be non-empty text.", path)
    value = " ".join(clean(value).split())
    if len(value) > limit:
        raise TeamConfigError(
            f"{what} is too long ({len(value)} characters; at most {limit}).", path
        )
    return value


def _list(value: object, path: tuple, most: int, what: str) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise TeamConfigError(f"{what} must be a list.", path)
    if len(value) > most:
        raise TeamConfigError(f"{what} has {len(value)} entries; at most {most} are allowed.", path)
    return value


def _rule(data: object, section: str, index: int) -> TeamRule:
    path = (section, index)
    if not isinstance(data, Mapping):
        raise TeamConfigError(
            "Each rule must be a set of keys: id, phrases, message (and optionally label, "
            "severity, weight, guide).",
            path,
        )
    unknown = sorted(str(k) for k in data if k not in RULE_KEYS)
    if unknown:
        raise TeamConfigError(
            f"Unknown key {unknown[0]!r} in a rule; the keys are {', '.join(RULE_KEYS)}.",
            (*path, unknown[0]),
        )
    kind = SECTIONS[section]
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise TeamConfigError(
            "The rule's id must be lowercase letters, digits and hyphens (at most 40), "
            "such as 'fake-talent-desk'.",
            (*path, "id"),
        )
    raw = _list(data.get("phrases"), (*path, "phrases"), MAX_PHRASES, "phrases")
    phrases = tuple(
        _text(p, (*path, "phrases", i), limit=200, what="Each phrase") for i, p in enumerate(raw)
    )
    if not phrases:
        raise TeamConfigError("A rule needs at least one phrase to look for.", (*path, "phrases"))
    short = next((i for i, p in enumerate(phrases) if len(fold(p)) < 3), None)
    if short is not None:
        raise TeamConfigError(
            "Each phrase needs at least 3 characters, or it would match almost anything.",
            (*path, "phrases", short),
        )
    message = _text(data.get("message"), (*path, "message"), limit=500, what="The message")
    label = _text(data.get("label"), (*path, "label"), limit=80, what="The label", required=False)
    if kind == "red-flag":
        severity = data.get("severity", "warn")
        if severity not in SEVERITIES:
            raise TeamConfigError(
                f"severity must be one of {', '.join(SEVERITIES)} (not {severity!r}).",
                (*path, "severity"),
            )
        flag, weight = SEVERITIES[severity]
        label = label or f"it mentions “{phrases[0]}”"
    else:
        if "severity" in data:
            raise TeamConfigError(
                "Trusted phrases have no severity; remove it.", (*path, "severity")
            )
        flag, weight = TRUSTED
        label = label or f"it names “{phrases[0]}”"
    weight = data.get("weight", weight)
    if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= 100:
        raise TeamConfigError("weight must be a whole number from 1 to 100.", (*path, "weight"))
    guide = data.get("guide") or ""
    if guide and (not isinstance(guide, str) or not _GUIDE.match(guide)):
        raise TeamConfigError(
            "guide must be a page of this site written from its root, such as "
            "'team/clients/#recruiters' (no http:, no leading slash).",
            (*path, "guide"),
        )
    return TeamRule(rule_id, kind, phrases, label, message, flag, weight, guide)


def rules_from_data(data: object) -> tuple[TeamRule, ...]:
    """The rules in a team's rule file (already parsed from YAML or JSON), checked."""
    if data is None:
        return ()
    if not isinstance(data, Mapping):
        raise TeamConfigError("The rule file must have the sections red_flags and trusted_phrases.")
    unknown = sorted(str(k) for k in data if k not in SECTIONS)
    if unknown:
        raise TeamConfigError(
            f"Unknown section {unknown[0]!r}; the sections are red_flags and trusted_phrases.",
            (unknown[0],),
        )
    rules = []
    for section in SECTIONS:
        entries = _list(data.get(section), (section,), MAX_RULES, section)
        rules.extend(_rule(entry, section, i) for i, entry in enumerate(entries))
    ids = [r.id for r in rules]
    twice = next((i for i, rule_id in enumerate(ids) if rule_id in ids[:i]), None)
    if twice is not None:
        section = "red_flags" if rules[twice].kind == "red-flag" else "trusted_phrases"
        index = sum(1 for r in rules[:twice] if r.kind == rules[twice].kind)
        raise TeamConfigError(
            f"Two rules have the id {ids[twice]!r}; each id must be unique.",
            (section, index, "id"),
        )
    return tuple(rules)


def _names(value: object, key: str) -> tuple[str, ...]:
    entries = _list(value, (key,), MAX_NAMES, key)
    return tuple(
        _text(v, (key, i), limit=100, what="Each company name") for i, v in enumerate(entries)
    )


def _domains(value: object) -> tuple[str, ...]:
    out = []
    for i, entry in enumerate(_list(value, ("company_domains",), MAX_NAMES, "company_domains")):
        domain = entry.strip().lower().removeprefix("@") if isinstance(entry, str) else entry
        if not isinstance(domain, str) or not _DOMAIN.match(domain):
            raise TeamConfigError(
                f"{entry!r} is not a domain name such as 'acme.example'.", ("company_domains", i)
            )
        out.append(domain)
    return tuple(out)


def team_from_json(data: object) -> Team:
    """A :class:`Team` from its JSON form (what :meth:`Team.to_json` writes), checked."""
    if data is None:
        return Team()
    if isinstance(data, Team):
        return data
    if not isinstance(data, Mapping):
        raise TeamConfigError("The team settings must be a set of named values.")
    known = ("organisation", "company_names", "company_domains", "note_limit", "remember_context")
    unknown = sorted(str(k) for k in data if k not in (*known, *SECTIONS))
    if unknown:
        raise TeamConfigError(f"Unknown team setting {unknown[0]!r}.", (unknown[0],))
    organisation = data.get("organisation") or ""
    if organisation:
        organisation = _text(organisation, ("organisation",), limit=100, what="organisation")
    limit = data.get("note_limit", 200)
    if isinstance(limit, bool) or limit not in NOTE_LIMITS:
        raise TeamConfigError(
            "note_limit must be 200 (free accounts) or 300 (Premium).", ("note_limit",)
        )
    remember = data.get("remember_context", True)
    if not isinstance(remember, bool):
        raise TeamConfigError("remember_context must be true or false.", ("remember_context",))
    return Team(
        organisation=organisation,
        company_names=_names(data.get("company_names"), "company_names"),
        company_domains=_domains(data.get("company_domains")),
        note_limit=limit,
        remember_context=remember,
        rules=rules_from_data({k: data[k] for k in SECTIONS if k in data}),
    )


__all__ = [
    "SEVERITIES",
    "Team",
    "TeamConfigError",
    "TeamRule",
    "rules_from_data",
    "team_from_json",
]
