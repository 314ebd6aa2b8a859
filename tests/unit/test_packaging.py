"""What a team relies on when it upgrades: one version everywhere with its changelog entry, a
lock that pins every build dependency, and a Pages workflow that checks before it builds."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement

import connectwisely
from tests.support.paths import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = (ROOT / "requirements" / "docs.lock").read_text(encoding="utf-8")


def test_one_version_with_a_changelog_entry():
    """pyproject.toml and the package agree, past 0.1.0, and CHANGELOG.md's latest is it."""
    version = PYPROJECT["project"]["version"]
    assert connectwisely.__version__ == version != "0.1.0"
    latest = re.search(r"^## (\S+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert latest.group(1) == version


def test_the_lock_pins_every_build_dependency_with_hashes():
    """Each docs dependency is pinned in requirements/docs.lock at a version it allows, and
    every pin carries a hash (pip then refuses anything else)."""
    pins: dict[str, list[str]] = {}
    for name, version in re.findall(r"^([a-z0-9][\w.-]*)==([^\s;\\]+)", LOCK, re.M):
        pins.setdefault(name.lower().replace("_", "-"), []).append(version)
    for entry in PYPROJECT["dependency-groups"]["docs"]:
        wanted = Requirement(entry)
        versions = pins.get(wanted.name.lower().replace("_", "-"))
        assert versions, f"{wanted.name} is not in the lock"
        assert all(v in wanted.specifier for v in versions), (wanted, versions)
    blocks = re.split(r"\n(?=[a-z])", LOCK.split("\n", 1)[1] if LOCK.startswith("#") else LOCK)
    assert all("--hash=sha256:" in b for b in blocks if "==" in b)


def test_the_pages_workflow_checks_the_team_before_it_builds():
    """`nox -s team` runs before `nox -s build`, so a broken rule is never published."""
    workflow = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert workflow.index("nox -s team") < workflow.index("nox -s build")
