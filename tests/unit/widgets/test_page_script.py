"""The page script: native ES modules beside widgets.js (no bundler), each small, each imported
from the entry mkdocs.yml loads, and one function (state.js's setState) writing data-state."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.support.paths import ROOT

ASSETS = ROOT / "overrides" / "assets" / "connectwisely"
ENTRY = "widgets.js"
WORKER = "worker.js"  # started by runtime.js as a Worker, not imported
MODULES = sorted(p.name for p in ASSETS.glob("*.js"))
IMPORT = re.compile(r'^import [^;]*? from "\./([^"]+)";$', re.M)
WRITES_STATE = re.compile(r"dataset\.state\s*=(?!=)|setAttribute\(\s*[\"']data-state")


def imports(name: str) -> list[str]:
    return IMPORT.findall((ASSETS / name).read_text(encoding="utf-8"))


def test_the_site_loads_the_entry_as_a_module():
    """mkdocs.yml lists widgets.js alone, with type: module, so its imports load natively."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = re.findall(r"- path: assets/connectwisely/(\S+)\n\s+type: (\S+)", config)
    assert listed == [(ENTRY, "module")]


@pytest.mark.parametrize("name", MODULES)
def test_no_module_is_over_250_lines(name):
    """Each module does one job, so none grows past 250 lines."""
    assert len((ASSETS / name).read_text(encoding="utf-8").splitlines()) <= 250


@pytest.mark.parametrize("name", MODULES)
def test_imports_name_modules_beside_it(name):
    """Every import is a relative path to a module in this folder (no bundler resolves more)."""
    text = (ASSETS / name).read_text(encoding="utf-8")
    assert text.count("\nimport ") + text.startswith("import ") == len(imports(name))
    assert all((ASSETS / target).is_file() for target in imports(name))


def test_every_module_is_reached_from_the_entry_or_the_worker():
    """No module is left behind: walking the imports from widgets.js and worker.js reaches them all."""
    seen, todo = set(), [ENTRY, WORKER]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(imports(name))
    assert seen == set(MODULES)


def test_only_set_state_writes_data_state():
    """data-state has one writer, state.js (the page contract calls it an output)."""
    writers = {n for n in MODULES if WRITES_STATE.search((ASSETS / n).read_text(encoding="utf-8"))}
    assert writers == {"state.js"}
    assert len(WRITES_STATE.findall((ASSETS / "state.js").read_text(encoding="utf-8"))) == 1


@pytest.mark.skipif(not shutil.which("node"), reason="Node.js checks the syntax when present")
@pytest.mark.parametrize("name", MODULES)
def test_each_module_parses(name):
    """Node parses each file as a module (the worker included)."""
    source = (ASSETS / name).read_text(encoding="utf-8")
    done = subprocess.run(
        ["node", "--check", "--input-type=module"], input=source, text=True, capture_output=True
    )
    assert done.returncode == 0, done.stderr


def test_every_data_action_a_view_emits_is_one_the_page_runs():
    """The data-action names in the Python views, actions.js's ACTIONS and CONTRIBUTING.md's
    table are the same set (a second page contract, kept in step)."""
    views = ROOT / "py" / "connectwisely" / "widgets"
    emitted = {
        m for p in views.glob("*.py") for m in re.findall(r'data_action="(\w+)"', p.read_text())
    }
    script = (ASSETS / "actions.js").read_text(encoding="utf-8")
    (table,) = re.findall(r"const ACTIONS = \{([^}]*)\};", script)
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = guide.split("## The `data-action` buttons")[1].split("\n## ")[0]
    documented = set(re.findall(r"^\| `(\w+)` \|", section, re.M))
    assert emitted == {name.strip() for name in table.split(",")} == documented
