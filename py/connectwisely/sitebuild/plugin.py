"""The Connect Wisely MkDocs plugin.

- turns each `````widget NAME````` fence in a page into that tool's form, from its schema,
  each `````report-rules````` fence into the report rules (:mod:`.rules_block`), and gives
  each `````text````` fence (a message to copy) a class the theme wraps (:mod:`.message_fences`);
- builds the package's wheel and puts it in the site under a content-hashed folder;
- copies the pinned, verified Pyodide runtime into the site, with a trimmed standard library
  (only the modules the tools import, see :mod:`.stdlib`, compiled by the runtime itself, see
  :mod:`.compiled`) beside the wheel, both gzipped whole;
- tells the templates where both are, and what each file weighs on the wire
  (``config.extra.connectwisely``), for the worker's download bar, and which pages start
  Python at once (``page.meta.cw_start``: a page under tools/ with a tool names its tools);
- applies a hosting team's settings (options below, see the "Host it for your team" page): its
  organisation, note limit and rules reach the forms and, as JSON in each page, the tools; its
  own pages (``team_dir``) join the site and its navigation.

The team's options are taken as written and checked by :func:`team_config.check_site`, the
same check ``connectwisely team check`` runs, so every mistake is reported at once in one
format (MkDocs' own option checks would stop at the first, in its own words). A build stops
on them; a preview (``mkdocs serve``) lists them in the terminal and at the top of every page,
so a mistake made while it runs doesn't leave the browser waiting for a build that never comes.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import mimetypes
import os
import re
import shutil
import tempfile
from pathlib import Path

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from ..core import precompiled
from ..core.team import Team
from ..widgets import MODULES, for_team, form
from . import compiled, npm, patterns, runtime, stdlib
from .csp import add_policy
from .forms_html import render_form
from .hosting import wire_bytes
from .message_fences import mark_messages
from .mkdocs_file import read_mkdocs
from .rules_block import render_rules
from .tasklist import label_task_items
from .team_config import TeamSettingsError, check_site, describe
from .team_pages import add_to_nav, drop_from_nav, team_files
from .wheel import WheelBuildFailed, build_wheel, content_hash

# `mkdocs serve` serves with mimetypes' guesses: module scripts and wasm need the right ones.
mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/octet-stream", ".whl")

_FENCE = re.compile(r"^(`{3,}|~{3,})\s*(\S*)\s*(.*)$")


log = logging.getLogger("mkdocs.plugins.connectwisely")
HOSTING_PAGE = "host-for-your-team.md"


class _AsWritten(opt.BaseConfigOption):
    """A team option taken as written (None when unset): :func:`check_site` checks it."""

    def __init__(self):
        super().__init__()
        self.default = None

    def run_validation(self, value):
        return value


class PluginConfig(Config):
    project_root = opt.Type(str, default="")  # where pyproject.toml is; default: beside mkdocs.yml
    # a hosting team's settings (see team_config.OPTIONS); every path is relative to mkdocs.yml
    organisation = _AsWritten()
    company_names = _AsWritten()
    company_domains = _AsWritten()
    note_limit = _AsWritten()
    team_rules = _AsWritten()  # a YAML file of red_flags and trusted_phrases
    team_examples = _AsWritten()  # the team's test requests; default: examples.yml beside it
    remember_context = _AsWritten()
    team_dir = _AsWritten()  # the team's own pages, published under team/; default: team
    team_title = _AsWritten()  # their navigation section; default: the organisation
    hosting_page = _AsWritten()  # false: "Host it for your team" leaves the navigation

    def validate(self):
        """MkDocs' checks, less its warning on unknown names: check_site names the nearest."""
        failed, warnings = super().validate()
        return failed, [(k, w) for k, w in warnings if k in self._schema_keys]


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
    def on_startup(self, *, command, dirty):
        self._serving = command == "serve"

    def _check(self, config):
        """Every problem in the team's settings: logged, and fatal unless previewing."""
        path = Path(config.config_file_path)
        try:
            written = read_mkdocs(path)
        except TeamSettingsError:
            written = None  # MkDocs read it, so only our look-up of lines failed
        options = {k: v for k, v in self.config.items() if v is not None and k != "project_root"}
        shown = written.path.name if written else path.name
        checked = check_site(options, path.parent, Path(config.docs_dir),
                             written.lines if written else {}, shown)  # fmt: skip
        for note in checked.notes:
            log.info(f"connectwisely: {note}")
        self._problems = checked.problems
        if checked.problems and not getattr(self, "_serving", False):
            raise PluginError(describe(checked.problems))
        for problem in checked.problems:
            log.error(str(problem))
        return checked

    def on_config(self, config):
        base = Path(config.config_file_path).parent
        root = (base / self.config.project_root).resolve() if self.config.project_root else base
        checked = self._check(config)
        self._team = checked.team
        self._team_dir = checked.team_dir
        self._skip = [p for p in (checked.rules, checked.examples) if p is not None]
        for path in (self._team_dir, *self._skip):  # `mkdocs serve` rebuilds when they change
            if path is not None and path.exists() and str(path) not in config.watch:
                config.watch.append(str(path))
        self._staging = Path(tempfile.mkdtemp(prefix="connectwisely-wheel-"))
        try:
            self._runtime = runtime.ensure_runtime()
            self._wheel = build_wheel(root, self._staging, self._patterns(root))
        except (WheelBuildFailed, runtime.RuntimeUnavailable) as exc:
            raise PluginError(str(exc)) from exc
        self._stdlib = self._compiled_stdlib(root / "py" / "connectwisely")
        wheel_hash = content_hash(self._wheel, self._stdlib)
        wheel_dir = f"assets/py/{wheel_hash}"
        up = "../" * runtime.SITE_DIR.count("/") + "../"  # from the runtime's folder to the root
        # the archives travel gzipped whole; the worker asks for a file's .gz when `wire` has it
        cache = npm.cache_root() / "gzipped"
        self._sent = [compiled.gzipped(path, cache) for path in (self._stdlib, self._wheel)]
        files = [self._runtime / name for name in runtime.SITE_FILES] + self._sent
        config.extra["connectwisely"] = {
            "pyodide": runtime.SITE_DIR + "/",
            # relative to the runtime's folder: runtime.js keeps these offline
            "runtime_files": " ".join(
                [*runtime.SITE_FILES, f"{up}{wheel_dir}/{self._sent[0].name}"]
            ),
            "wheel": f"{wheel_dir}/{self._wheel.name}",
            "stdlib": f"{wheel_dir}/{runtime.STDLIB}",
            "bytes": sum(wire_bytes(path) for path in files),  # on the wire (all gzipped)
            "sizes": json.dumps({path.name: path.stat().st_size for path in files}),
            "wire": json.dumps({path.name: wire_bytes(path) for path in files}),
            "lock": json.dumps(runtime.lock_info(self._runtime)),  # the worker's lock: no packages
            "cache_key": build_key(runtime.PYODIDE_VERSION, wheel_hash, root / "overrides"),
            "team": "" if self._team == Team() else json.dumps(self._team.to_json()),
        }
        self._wheel_dir = wheel_dir
        return config

    def _patterns(self, root: Path) -> dict[str, bytes]:
        """The tools' patterns compiled for the runtime, for the wheel (see :mod:`.patterns`)."""
        try:
            data = patterns.table(
                root / "py", self._runtime / runtime.STDLIB, runtime.python_version(self._runtime)
            )
        except patterns.PatternsUnavailable as exc:
            log.warning("No precompiled patterns: the tools get ready ~0.4 s later. %s", exc)
            return {}
        return {f"connectwisely/{precompiled.TABLE}": data}

    def _compiled_stdlib(self, package: Path) -> Path:
        """The trimmed standard library with its modules compiled by the runtime (see
        :mod:`.compiled`); as sources when tracing against the full one."""
        trimmed = self._trimmed_stdlib(package)
        if os.environ.get("CONNECTWISELY_FULL_STDLIB"):
            return trimmed
        out = trimmed.with_name("compiled") / runtime.STDLIB
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            compiled.compile_archive(
                self._runtime, trimmed, out, cache=npm.cache_root() / "compiled"
            )
        except compiled.CompileFailed as exc:
            raise PluginError(str(exc)) from exc
        return out

    def _trimmed_stdlib(self, package: Path) -> Path:
        """The standard library the site ships: trimmed to what the tools import, or in full
        when ``$CONNECTWISELY_FULL_STDLIB`` is set (``nox -s stdlib`` traces against it)."""
        full = self._runtime / runtime.STDLIB
        out = self._staging / "stdlib" / runtime.STDLIB
        out.parent.mkdir(parents=True, exist_ok=True)
        if os.environ.get("CONNECTWISELY_FULL_STDLIB"):
            shutil.copyfile(full, out)
            return out
        try:
            wanted = stdlib.wanted_modules(runtime.PYODIDE_VERSION, package)
        except stdlib.StdlibOutOfDate as exc:
            raise PluginError(str(exc)) from None
        _, traced = stdlib.read_traced()
        lacking = stdlib.missing(full, [*traced, *stdlib.SAFETY])
        if lacking:
            raise PluginError(
                f"Pyodide {runtime.PYODIDE_VERSION}'s standard library has no module "
                f"{', '.join(lacking)}, which the tools import. Run `nox -s stdlib` to trace the "
                "imports again, and fix the code or the safety list in "
                "py/connectwisely/sitebuild/stdlib.py."
            )
        stdlib.write_trimmed(full, out, wanted, complete=traced, added=stdlib.SITECUSTOMIZE)
        return out

    def on_files(self, files, config):
        for file in team_files(self._team_dir, config, skip=self._skip):
            files.append(file)
        return files

    def on_nav(self, nav, config, files):
        title = self.config.team_title if isinstance(self.config.team_title, str) else ""
        title = title or self._team.organisation or "Your team"
        add_to_nav(nav, files, title)
        if self.config.hosting_page is False:
            drop_from_nav(nav, HOSTING_PAGE)
        return nav

    def on_page_markdown(self, markdown, page, config, files):
        markdown, used = render_widgets(markdown, page.file.src_uri, self._team)
        markdown = mark_messages(render_rules(markdown, page.file.src_uri))
        # a tool page starts its tools' Python while it renders (``cw_start``: their names)
        page.meta["cw_start"] = " ".join(used) if page.file.src_uri.startswith("tools/") else ""
        return markdown

    def on_page_content(self, html, page, config, files):
        return label_task_items(html)

    def on_post_page(self, output, page, config):
        if self._problems:  # previewing with mistakes: say so on the page itself
            items = "".join(f"<li>{html.escape(str(p))}</li>" for p in self._problems)
            banner = (
                '<div class="md-typeset"><div class="admonition failure" role="alert">'
                '<p class="admonition-title">The team settings have mistakes; this preview '
                f"uses only their valid parts. A build would stop.</p><ul>{items}</ul></div></div>"
            )
            output = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + banner, output, count=1)
        return add_policy(output)

    def on_post_template(self, output_content, template_name, config):
        return add_policy(output_content) if template_name.endswith(".html") else output_content

    def on_post_build(self, config):
        site = Path(config.site_dir)
        target = site / runtime.SITE_DIR
        target.mkdir(parents=True, exist_ok=True)
        for name in runtime.SITE_FILES:
            shutil.copyfile(self._runtime / name, target / name)
        wheel_target = site / self._wheel_dir
        wheel_target.mkdir(parents=True, exist_ok=True)
        for path in self._sent:
            shutil.copyfile(path, wheel_target / path.name)
        shutil.rmtree(self._staging, ignore_errors=True)
