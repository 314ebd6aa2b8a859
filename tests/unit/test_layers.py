"""What each package may import (CONTRIBUTING.md's table), read from every module's imports:
the shared helpers import no tool, a tool imports no page or CLI code, and build-time code
stays out of everything that runs in the browser."""

from __future__ import annotations

import ast

import pytest

from tests.support.paths import ROOT

PACKAGE = ROOT / "py" / "connectwisely"
TOOLS = {"checker", "scorer", "notes", "network"}
FACE = {"errors"}  # the public face's modules a package may use
# package -> the connectwisely packages its modules may import (besides itself)
ALLOWED = {
    "core": FACE,
    "export": FACE | {"core"},
    "checker": FACE | {"core", "export"},
    "scorer": FACE | {"core", "export"},
    "notes": FACE | {"core", "export", "checker"},  # the linter reads a note as the checker does
    "network": FACE | {"core", "export", "checker"},  # triage runs check_request
    "widgets": FACE | {"core", "export", "", *TOOLS},  # "": the registry, connectwisely.TOOLS
    "commands": FACE | {"core", "export", "", "sitebuild", *TOOLS},  # --team reads mkdocs.yml
}


def _top(dotted: str) -> str:
    """The connectwisely package a dotted path below the root lands in ("" for the root's own
    names, such as ``TOOLS``)."""
    first = dotted.split(".")[0]
    return first if (PACKAGE / first).is_dir() or (PACKAGE / f"{first}.py").is_file() else ""


def imported_packages(path) -> set[str]:
    """The connectwisely packages (top-level names) a module imports, whatever the spelling:
    relative, absolute or ``import_module("connectwisely.x")``."""
    here = path.relative_to(PACKAGE).parts[:-1]  # the module's package, below connectwisely/
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = here[: len(here) - (node.level - 1)]
            if base:
                found.add(base[0])
            elif node.module:
                found.add(_top(node.module))
            else:
                found |= {_top(alias.name) for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("connectwisely."):
            found.add(_top(node.module.removeprefix("connectwisely.")))
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "import_module":
            arg = node.args[0] if node.args else None
            if isinstance(arg, ast.Constant) and str(arg.value).startswith("connectwisely."):
                found.add(_top(str(arg.value).removeprefix("connectwisely.")))
    return found


def test_the_reader_sees_every_spelling():
    """The import reader itself: relative, root and import_module spellings are all seen."""
    assert imported_packages(PACKAGE / "widgets" / "__init__.py") >= {"", "core", "errors"}
    assert "checker" in imported_packages(PACKAGE / "network" / "triage.py")
    assert "sitebuild" in imported_packages(PACKAGE / "commands" / "__init__.py")


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_each_package_imports_only_what_it_may(package):
    """No module of the package imports a package outside its row of the table."""
    stray = {
        str(path.relative_to(PACKAGE)): imported_packages(path) - ALLOWED[package] - {package}
        for path in (PACKAGE / package).rglob("*.py")
    }
    assert {k: v for k, v in stray.items() if v} == {}
