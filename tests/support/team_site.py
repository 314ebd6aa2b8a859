"""A sample team's copy of the site: the repository's guide with a team's plugin options,
rule file and pages (``tests/team/``), as a team would set them in its own ``mkdocs.yml``.

The config inherits the repository's ``mkdocs.yml`` and overrides only what a team would,
with absolute paths so it can live in a temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEAM = ROOT / "tests" / "team"
OPTIONS = {
    "organisation": "Acme Robotics",
    "company_names": ["Acme", "ACME Inc."],
    "company_domains": ["acme.example"],
    "note_limit": 300,
    "remember_context": False,
    "team_rules": str(TEAM / "rules.yml"),
    "team_dir": str(TEAM / "pages"),
    "hosting_page": False,
}


def write_config(folder: Path, **options: object) -> Path:
    """Write a team's ``mkdocs.yml`` into ``folder`` (``OPTIONS`` updated by ``options``)."""
    settings = {**OPTIONS, **options, "project_root": str(ROOT)}
    lines = [
        f"INHERIT: {json.dumps(str(ROOT / 'mkdocs.yml'))}",
        f"docs_dir: {json.dumps(str(ROOT / 'docs'))}",
        "watch: []",
        "theme:",
        "  name: material",
        f"  custom_dir: {json.dumps(str(ROOT / 'overrides'))}",
        "plugins:",
        "  - search",
        "  - connectwisely:",
        *(f"      {key}: {json.dumps(value)}" for key, value in settings.items()),
    ]
    path = folder / "mkdocs.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
