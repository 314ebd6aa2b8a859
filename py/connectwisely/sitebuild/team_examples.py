"""A team's own examples: requests its settings must answer as it expects, run as tests.

``examples.yml`` (beside the rule file) is a list; each entry names a case, gives a request as
``check_request`` takes it (and optionally ``me`` and ``today``), and says what must happen:
its ``verdict``, signals that must fire (``fires``) and signals that must not (``not_fires``).
``connectwisely team check`` runs them with the team's settings and reports each that fails
the way it reports a bad setting, so a rule change that breaks an expectation is caught in CI
before the site is published.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import yaml

from ..checker.check import check_request
from ..checker.signals import BY_ID
from ..checker.team_signals import team_signals
from ..checker.verdicts import VERDICTS
from ..core.suggest import did_you_mean
from ..core.team import Team
from ..errors import InputError
from .problems import Problem, yaml_problem
from .team_config import line_of

KEYS = ("name", "request", "me", "today", "verdict", "fires", "not_fires")
_ALIASES = {"expect": "verdict", "expected": "verdict", "fire": "fires", "must_fire": "fires",
            "does_not_fire": "not_fires", "must_not_fire": "not_fires"}  # fmt: skip
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _ids(value: object) -> list[str] | None:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        return None
    return items


def _check_entry(entry: object, known: list[str]) -> list[tuple[tuple, str]]:
    """What is wrong with one example as written: (path below it, message) pairs."""
    if not isinstance(entry, Mapping):
        return [((), "each example is a set of keys: name, request and what to expect.")]
    wrong = [((k,), f"unknown key {k!r}.{did_you_mean(str(k), KEYS, _ALIASES)}")
             for k in entry if k not in KEYS]  # fmt: skip
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        wrong.append(((), "give the example a name: what it shows."))
    if not isinstance(entry.get("request"), Mapping) or not entry["request"]:
        wrong.append((("request",), "request must be the request's keys, such as headline: …"))
    if "verdict" in entry and entry["verdict"] not in VERDICTS:
        wrong.append((("verdict",), f"verdict must be one of {', '.join(VERDICTS)}."))
    if not any(k in entry for k in ("verdict", "fires", "not_fires")):
        wrong.append(((), "say what must happen: a verdict, fires or not_fires."))
    if "today" in entry and not _DATE.match(str(entry["today"])):
        wrong.append((("today",), "today must be a date written YYYY-MM-DD, in quotes."))
    for key in ("fires", "not_fires"):
        ids = _ids(entry.get(key))
        if ids is None:
            wrong.append(((key,), f"{key} must be a list of signal ids, such as [TM002]."))
            continue
        for i, signal in enumerate(ids):
            if signal not in known:
                hint = did_you_mean(signal, known)
                wrong.append(((key, i), f"{signal!r} is not a signal of this site.{hint}"))
    return wrong


def _outcome(entry: Mapping, team: Team) -> str:
    """What went differently from the example's expectations ("" when it passes)."""
    try:
        result = check_request(dict(entry["request"]), me=entry.get("me"),
                               today=str(entry["today"]) if "today" in entry else None, team=team)  # fmt: skip
    except InputError as exc:
        return f"the request is not valid: {exc.message}"
    fired = [s["id"] for s in result["signals"]]
    misses = []
    if "verdict" in entry and result["verdict"] != entry["verdict"]:
        misses.append(f"expected the verdict {entry['verdict']}, got {result['verdict']}")
    missing = [i for i in _ids(entry.get("fires")) if i not in fired]
    if missing:
        misses.append(f"expected {', '.join(missing)} to fire")
    unwanted = [i for i in _ids(entry.get("not_fires")) if i in fired]
    if unwanted:
        misses.append(f"expected {', '.join(unwanted)} not to fire")
    if misses:
        misses.append(f"signals fired: {', '.join(fired) or 'none'}")
    return "; ".join(misses)


def run_examples(path: Path, team: Team, shown: str = "") -> tuple[int, list[Problem]]:
    """How many examples ``path`` holds, and a problem for each that is wrong or fails."""
    shown = shown or path.name
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError):
        return 0, [Problem(shown, "cannot be read as UTF-8 text.")]
    except yaml.YAMLError as exc:
        return 0, [yaml_problem(shown, exc)]
    if not isinstance(data, list) or not data:
        return 0, [Problem(shown, "the examples must be a list: one '- name: …' per example.")]
    known = sorted({*BY_ID, *(s.id for s in team_signals(team))})
    problems = []
    for index, entry in enumerate(data):
        label = f"example {index + 1}"
        if isinstance(entry, Mapping) and isinstance(entry.get("name"), str):
            label += f" ({entry['name']})"
        wrong = _check_entry(entry, known)
        for sub, message in wrong:
            where = label + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in sub)
            problems.append(Problem(shown, message, where, line_of(node, (index, *sub))))
        failed = "" if wrong else _outcome(entry, team)
        if failed:
            problems.append(Problem(shown, failed, label, line_of(node, (index,))))
    return len(data), problems


__all__ = ["KEYS", "run_examples"]
