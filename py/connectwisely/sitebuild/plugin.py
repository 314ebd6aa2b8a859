"""The Connect Wisely MkDocs plugin.

- turns each `````widget NAME````` fence in a page into that tool's form, from its schema;
- builds the package's wheel and puts it in the site under a content-hashed folder;
- copies the pinned, verified Pyodide runtime into the site;
- tells the templates where both are (``config.extra.connectwisely``) and which pages carry a
  tool (``page.meta.cw_widgets``), so only those pages preload Python;
- applies a hosting team's settings (options below, see the "Host it for your team" page): its
  organisation, note limit and rules reach the forms and, as JSON in each page, the tools; its
  own pages (``team_dir``) join the site and its navigation.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
import shutil
import tempfile
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from ..core.linkedin import NOTE_LIMITS
from ..core.team import Team
from ..widgets import MODULES, for_team, form
from . import runtime
from .csp import add_policy
from .forms_html import render_form
from .tasklist import label_task_items
from .team_config import TeamSettingsError, load_team
from .team_pages import add_to_nav, team_files
from .wheel import WheelBuildFailed, build_wheel, content_hash

# `mkdocs serve` serves with mimetypes' guesses: module scripts and wasm need the right ones.
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/octet-stream", ".whl")

_FENCE = re.compile(r"^(`{3,}|~{3,})\s*(\S*)\s*(.*)$")


class PluginConfig(Config):
    project_root = opt.Type(str, default="")  # where pyproject.toml is; default: beside mkdocs.yml
    # a hosting team's settings; every path is relative to mkdocs.yml
    organisation = opt.Type(str, default="")
    company_names = opt.ListOfItems(opt.Type(str), default=[])
    company_domains = opt.ListOfItems(opt.Type(str), default=[])
    note_limit = opt.Choice(NOTE_LIMITS, default=200)
    team_rules = opt.Type(str, default="")  # a YAML file of red_flags and trusted_phrases
    remember_context = opt.Type(bool, default=True)
    team_dir = opt.Type(str, default="team")  # the team's own pages, published under team/
    team_title = opt.Type(str, default="")  # their navigation section; default: the organisation


def render_widgets(markdown: str, page_path: str, team=None) -> tuple[str, list[str]]:
    """Replace top-level ```widget NAME``` fences with form HTML; also return the names used.

    Fences nested in a longer fence (an example in a code block) are left alone.
    """
    out: list[str] = []
    used: list[str] = []
    outer: str | None = None
    lines = markdown.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        match = _FENCE.match(line)
        if outer is not None:
            if match and line.strip() == outer:
                outer = None
            out.append(line)
        elif match and match.group(2) == "widget" and len(match.group(1)) == 3:
            name = match.group(3).strip()
            if name not in MODULES:
                raise PluginError(
                    f"{page_path}: unknown widget {name!r}; known: {', '.join(sorted(MODULES))}."
                )
            end = i + 1
            while end < len(lines) and lines[end].strip() != match.group(1):
                end += 1
            if end == len(lines):
                raise PluginError(f"{page_path}: the widget fence for {name!r} is never closed.")
            shown = for_team(form(name), team) if team is not None else form(name)
            on_use = not page_path.startswith("tools/")  # a guide page: start Python on use
            out.extend(["", render_form(shown, instance=used.count(name), on_use=on_use), ""])
            used.append(name)
            i = end
        elif match and match.group(1):
            outer = match.group(1)
            out.append(line)
        else:
            out.append(line)
        i += 1
    return "\n".join(out), used


def build_key(pyodide_version: str, wheel_hash: str, overrides: Path) -> str:
    """What the offline cache is keyed on: the runtime, the wheel and the site's own scripts."""
    digest = hashlib.sha256(f"{pyodide_version}:{wheel_hash}".encode())
    for path in sorted(p for p in overrides.rglob("*") if p.is_file()):
        digest.update(path.relative_to(overrides).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class ConnectWiselyPlugin(BasePlugin[PluginConfig]):
    def on_config(self, config):
        base = Path(config.config_file_path).parent
        root = (base / self.config.project_root).resolve() if self.config.project_root else base
        try:
            self._team = load_team(self.config, base)
        except TeamSettingsError as exc:
            raise PluginError(str(exc)) from None
        self._team_dir = base / self.config.team_dir
        self._rules = base / self.config.team_rules if self.config.team_rules else None
        for path in (self._team_dir, self._rules):  # `mkdocs serve` rebuilds when they change
            if path is not None and path.exists() and str(path) not in config.watch:
                config.watch.append(str(path))
        self._staging = Path(tempfile.mkdtemp(prefix="connectwisely-wheel-"))
        try:
            self._wheel = build_wheel(root, self._staging)
            self._runtime = runtime.ensure_runtime()
        except (WheelBuildFailed, runtime.RuntimeUnavailable) as exc:
            raise PluginError(str(exc)) from exc
        wheel_hash = content_hash(self._wheel)
        wheel_dir = f"assets/py/{wheel_hash}"
        config.extra["connectwisely"] = {
            "pyodide": runtime.SITE_DIR + "/",
            "runtime_files": " ".join(runtime.RUNTIME_FILES),
            "wheel": f"{wheel_dir}/{self._wheel.name}",
            "bytes": runtime.runtime_bytes(self._runtime) + self._wheel.stat().st_size,
            "cache_key": build_key(runtime.PYODIDE_VERSION, wheel_hash, root / "overrides"),
            "team": "" if self._team == Team() else json.dumps(self._team.to_json()),
        }
        self._wheel_dir = wheel_dir
        return config

    def on_files(self, files, config):
        for file in team_files(self._team_dir, config, skip=self._rules):
            files.append(file)
        urls = {f.url for f in files.documentation_pages(inclusion=lambda _: True)}
        for rule in self._team.rules:
            if rule.guide and rule.guide.split("#")[0] not in urls:
                raise PluginError(
                    f"{self.config.team_rules}: rule {rule.id!r} links to {rule.guide!r}, which is "
                    "not a page of this site (write it as the page's address, like "
                    "'team/clients/#recruiters')."
                )
        return files

    def on_nav(self, nav, config, files):
        title = self.config.team_title or self._team.organisation or "Your team"
        add_to_nav(nav, files, title)
        return nav

    def on_page_markdown(self, markdown, page, config, files):
        markdown, used = render_widgets(markdown, page.file.src_uri, self._team)
        if used:
            page.meta["cw_widgets"] = used
        return markdown

    def on_page_content(self, html, page, config, files):
        return label_task_items(html)

    def on_post_page(self, output, page, config):
        return add_policy(output)

    def on_post_template(self, output_content, template_name, config):
        return add_policy(output_content) if template_name.endswith(".html") else output_content

    def on_post_build(self, config):
        site = Path(config.site_dir)
        target = site / runtime.SITE_DIR
        target.mkdir(parents=True, exist_ok=True)
        for name in runtime.RUNTIME_FILES:
            shutil.copyfile(self._runtime / name, target / name)
        wheel_target = site / self._wheel_dir
        wheel_target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self._wheel, wheel_target / self._wheel.name)
        shutil.rmtree(self._staging, ignore_errors=True)
