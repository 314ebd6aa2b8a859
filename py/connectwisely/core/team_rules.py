"""A team's own rules: the ``red_flags`` and ``trusted_phrases`` of its rule file, checked.

Every mistake is collected, not just the first, each with the path to the key it concerns
(``("red_flags", 2, "weight")``), so the build, the preview and ``connectwisely team check``
can list them all with their lines. A red flag must say its severity: without that, deleting
the ``trusted_phrases:`` line would silently turn the trusted phrases below it into warnings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import InputError
from .suggest import did_you_mean, nearest
from .text import clean, fold

# severity → (the checker's flag, default weight): see connectwisely.checker.check.decide
SEVERITIES = {"report": ("red", 70), "warn": ("scam", 40), "caution": ("caution", 15)}
TRUSTED = ("claimed", 30)
SECTIONS = {"red_flags": "red-flag", "trusted_phrases": "trusted"}
RULE_KEYS = ("id", "phrases", "label", "message", "severity", "weight", "guide")
KEY_ALIASES = {"phrase": "phrases", "text": "message", "level": "severity", "link": "guide"}
MAX_RULES = 100
MAX_PHRASES = 50
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
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


def text_value(value: object, path: tuple, *, limit: int, what: str, required=True) -> str:
    """``value`` as one line of text of at most ``limit`` characters, or TeamConfigError."""
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


def list_value(value: object, path: tuple, most: int, what: str) -> list:
    """``value`` as a list (one item alone becomes a list of one), or TeamConfigError."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise TeamConfigError(f"{what} must be a list.", path)
    if len(value) > most:
        raise TeamConfigError(f"{what} has {len(value)} entries; at most {most} are allowed.", path)
    return value


def _phrases(data: Mapping, path: tuple) -> tuple[str, ...]:
    raw = list_value(data.get("phrases"), (*path, "phrases"), MAX_PHRASES, "phrases")
    phrases = tuple(
        text_value(p, (*path, "phrases", i), limit=200, what="Each phrase")
        for i, p in enumerate(raw)
    )
    if not phrases:
        raise TeamConfigError("A rule needs at least one phrase to look for.", (*path, "phrases"))
    short = next((i for i, p in enumerate(phrases) if len(fold(p)) < 3), None)
    if short is not None:
        raise TeamConfigError(
            "Each phrase needs at least 3 characters, or it would match almost anything.",
            (*path, "phrases", short),
        )
    return phrases


def _flag(data: Mapping, path: tuple, kind: str) -> tuple[str, int]:
    if kind == "trusted":
        if "severity" in data:
            raise TeamConfigError(
                "Trusted phrases have no severity; remove it.", (*path, "severity")
            )
        return TRUSTED
    if "severity" not in data:
        raise TeamConfigError(
            "A red flag needs a severity: report, warn or caution. If this rule is a trusted "
            "phrase, the line 'trusted_phrases:' above it is missing.",
            path,
        )
    severity = data["severity"]
    if severity not in SEVERITIES:
        raise TeamConfigError(
            f"severity must be one of {', '.join(SEVERITIES)} (not {severity!r}).",
            (*path, "severity"),
        )
    return SEVERITIES[severity]


def _weight(data: Mapping, path: tuple, default: int) -> int:
    weight = data.get("weight", default)
    if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= 100:
        raise TeamConfigError("weight must be a whole number from 1 to 100.", (*path, "weight"))
    return weight


def _guide(data: Mapping, path: tuple) -> str:
    guide = data.get("guide") or ""
    if guide and (not isinstance(guide, str) or not _GUIDE.match(guide)):
        raise TeamConfigError(
            "guide must be a page of this site written from its root, such as "
            "'team/clients/#recruiters' (no http:, no leading slash).",
            (*path, "guide"),
        )
    return guide


def _rule(data: object, section: str, index: int, problems: list) -> TeamRule | None:
    """One rule, or None with its every mistake added to ``problems``."""
    path = (section, index)
    if not isinstance(data, Mapping):
        problems.append(
            TeamConfigError(
                "Each rule must be a set of keys: id, phrases, message, severity (red flags "
                "only) and optionally label, weight, guide.",
                path,
            )
        )
        return None
    before = len(problems)
    meant = set()  # keys a misspelled one stands for: their absence is the same mistake
    for key in sorted(str(k) for k in data if k not in RULE_KEYS):
        hint = did_you_mean(key, RULE_KEYS, KEY_ALIASES)
        meant.add(nearest(key, RULE_KEYS, KEY_ALIASES))
        problems.append(
            TeamConfigError(
                f"Unknown key {key!r} in a rule.{hint} The keys are {', '.join(RULE_KEYS)}.",
                (*path, key),
            )
        )
    kind = SECTIONS[section]
    values: dict = {}
    checks = {
        "id": lambda: _id(data, path),
        "phrases": lambda: _phrases(data, path),
        "message": lambda: text_value(
            data.get("message"), (*path, "message"), limit=500, what="The message"
        ),
        "label": lambda: text_value(
            data.get("label"), (*path, "label"), limit=80, what="The label", required=False
        ),
        "flag": lambda: _flag(data, path, kind),
        "guide": lambda: _guide(data, path),
    }
    for name, check in checks.items():
        try:
            values[name] = check()
        except TeamConfigError as exc:
            if not (name in meant and name not in data):
                problems.append(exc)
    flag, default_weight = values.get("flag") or (None, 40)
    try:
        weight = _weight(data, path, default_weight)
    except TeamConfigError as exc:
        problems.append(exc)
    if len(problems) > before or len(values) < len(checks):
        return None
    phrases = values["phrases"]
    verb = "mentions" if kind == "red-flag" else "names"
    label = values["label"] or f"it {verb} “{phrases[0]}”"
    return TeamRule(values["id"], kind, phrases, label, values["message"], flag, weight,
                    values["guide"])  # fmt: skip


def _id(data: Mapping, path: tuple) -> str:
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise TeamConfigError(
            "The rule's id must be lowercase letters, digits and hyphens (at most 40), "
            "such as 'fake-talent-desk'.",
            (*path, "id"),
        )
    return rule_id


def parse_rules(data: object, problems: list) -> tuple[TeamRule, ...]:
    """The valid rules in ``data``; every mistake found is added to ``problems``."""
    if data is None:
        return ()
    if not isinstance(data, Mapping):
        problems.append(
            TeamConfigError("The rule file must have the sections red_flags and trusted_phrases.")
        )
        return ()
    for key in sorted(str(k) for k in data if k not in SECTIONS):
        hint = did_you_mean(key, SECTIONS)
        problems.append(
            TeamConfigError(
                f"Unknown section {key!r}.{hint} The sections are red_flags and trusted_phrases.",
                (key,),
            )
        )
    rules: list[TeamRule] = []
    seen: set[str] = set()
    for section in SECTIONS:
        try:
            entries = list_value(data.get(section), (section,), MAX_RULES, section)
        except TeamConfigError as exc:
            problems.append(exc)
            continue
        for index, entry in enumerate(entries):
            rule = _rule(entry, section, index, problems)
            if rule is not None and rule.id in seen:
                problems.append(
                    TeamConfigError(
                        f"Two rules have the id {rule.id!r}; each id must be unique.",
                        (section, index, "id"),
                    )
                )
            elif rule is not None:
                seen.add(rule.id)
                rules.append(rule)
    return tuple(rules)


def rules_from_data(data: object) -> tuple[TeamRule, ...]:
    """The rules in a team's rule file (already parsed from YAML or JSON), or its first mistake."""
    problems: list[TeamConfigError] = []
    rules = parse_rules(data, problems)
    if problems:
        raise problems[0]
    return rules


__all__ = [
    "RULE_KEYS",
    "SECTIONS",
    "SEVERITIES",
    "TeamConfigError",
    "TeamRule",
    "list_value",
    "parse_rules",
    "rules_from_data",
    "text_value",
]
