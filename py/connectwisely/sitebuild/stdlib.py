"""A trimmed standard library for the site: only the modules the tools import, slimmed, deflated.

Pyodide's ``python_stdlib.zip`` holds the whole standard library (2.5 MB). The tools use a
small part of it, so the build writes an archive with only:

- the modules traced inside Pyodide while the browser tests run every tool's case table
  through the site's worker (``nox -s stdlib`` writes them to ``stdlib_traced.txt``, stamped
  with the Pyodide version they were traced on);
- the modules in :data:`SAFETY`, each with the reason a trace can miss it;
- every standard-library module the runtime parts of the package import anywhere (a static
  scan, so new code cannot ship without the module it imports);
- and, closed over, whatever those modules import when they are imported (their module-level
  imports, read from the sources in the archive).

Each module is slimmed (:mod:`.slim`): no comments or docstrings, on the same lines.
The worker hands the result to ``loadPyodide`` as ``stdLibURL``. A trace stamped with another
Pyodide version fails the build: an upgrade must trace again, never ship a guess.
"""

from __future__ import annotations

import ast
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from .slim import slim

TRACED = Path(__file__).with_name("stdlib_traced.txt")
ARCHIVE_NAME = "python_stdlib.zip"
# the runtime imports it at start-up: each zipped module compiled once, not twice
SITECUSTOMIZE = {"sitecustomize.py": Path(__file__).with_name("zipimport_once.py")}

# Modules a trace of the case tables can miss, and why each is kept.
SAFETY: dict[str, str] = {
    "_strptime": "datetime.strptime imports it from C on first use, invisible to a static scan",
    "encodings.utf_16": "export files saved as UTF-16 by a spreadsheet are decoded by name",
    "encodings.cp1252": "the fallback codec for export files re-saved by an old spreadsheet",
    "encodings.utf_8_sig": "CSV files with a byte-order mark, which Excel writes",
    "encodings.latin_1": "a codec name the csv and zipfile modules fall back to for legacy names",
    "traceback": "the bridge formats unexpected errors with it; only an internal error needs it",
    "zipfile": "LinkedIn's export archive is read in the browser; the case tables send no ZIP",
}

# Parts of the package that never run in the browser: their imports do not count.
BUILD_ONLY = ("sitebuild", "commands", "cli.py")


class StdlibOutOfDate(Exception):
    """The traced list does not fit the runtime; the message says how to trace again."""


def read_traced(path: Path = TRACED) -> tuple[str, list[str]]:
    """The Pyodide version the trace was made with, and the module names it found."""
    if not path.is_file():
        raise StdlibOutOfDate(f"{path} is missing: run `nox -s stdlib` to trace it.")
    version, modules = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("# pyodide "):
            version = line.removeprefix("# pyodide ").strip()
        elif line and not line.startswith("#"):
            modules.append(line)
    return version, modules


def write_traced(version: str, modules: Iterable[str], path: Path = TRACED) -> None:
    lines = [
        "# Standard-library modules imported inside Pyodide while every tool's case table ran",
        "# through the site's worker. Written by `nox -s stdlib`; do not edit by hand.",
        f"# pyodide {version}",
        *sorted(set(modules)),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def archive_modules(names: Iterable[str]) -> dict[str, str]:
    """Module name -> its file inside a stdlib archive (packages map to ``__init__.py``)."""
    found: dict[str, str] = {}
    for name in names:
        if not name.endswith(".py"):
            continue
        parts = name[:-3].split("/")
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if parts and all(p.isidentifier() for p in parts):
            found[".".join(parts)] = name
    return found


def package_imports(package: Path) -> set[str]:
    """Every absolute module name the package's browser-side code imports, anywhere in it."""
    names: set[str] = set()
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if relative.startswith(BUILD_ONLY):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


_IMPORT_LINE = re.compile(
    r"^(\s*)(?:import\s+([\w., ]+)|from\s+(\.*[\w.]*)\s+import\s+\(?([\w, ]+))"
)
_BLOCK = re.compile(r"^(try|except|else|finally|if|elif|with)\b")


def module_level_imports(source: str, module: str, is_package: bool) -> set[str]:
    """Names a module imports when it is imported: its top-level statements, blocks included.

    Sources newer than the build's Python may not parse; then a line scan takes over, which
    counts indented imports only under a top-level ``try``/``if``/``with`` block.
    """
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()

    def absolute(level: int, name: str | None) -> str:
        if not level:
            return name or ""
        base = package.split(".")
        base = base[: len(base) - (level - 1)] if level > 1 else base
        return ".".join([*base, *([name] if name else [])])

    try:
        tree = ast.parse(source)
    except SyntaxError:
        block = ""
        for line in source.splitlines():
            if line and not line[0].isspace():
                block = line.split()[0].rstrip(":") if line.split() else ""
            match = _IMPORT_LINE.match(line)
            if not match or (match.group(1) and not _BLOCK.match(block)):
                continue
            if match.group(2):
                names.update(n.split(" as ")[0].strip() for n in match.group(2).split(","))
            else:
                dots = len(match.group(3)) - len(match.group(3).lstrip("."))
                base = absolute(dots, match.group(3).lstrip(".") or None)
                names.add(base)
                names.update(
                    f"{base}.{n.split(' as ')[0].strip()}" for n in match.group(4).split(",")
                )
        return {n for n in names if n}

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = absolute(node.level, node.module)
                names.add(base)
                names.update(f"{base}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.Try | ast.If | ast.With):
                for field in ("body", "orelse", "finalbody"):
                    visit(getattr(node, field, []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    return {n for n in names if n}


def closure(
    wanted: Iterable[str], archive: zipfile.ZipFile, complete: Iterable[str] = ()
) -> set[str]:
    """``wanted`` (those in the archive), their parent packages and what they import, closed.

    Modules in ``complete`` (the trace) are kept but not expanded: the trace already holds
    everything they imported when they ran, and their guarded imports of what never ran (a
    debugger, a test runner) would only add bytes.
    """
    files = archive_modules(archive.namelist())
    traced = set(complete)
    kept: set[str] = set()
    todo = [n for n in [*wanted, *traced] if n in files]
    while todo:
        name = todo.pop()
        if name in kept:
            continue
        kept.add(name)
        parent = name.rpartition(".")[0]
        if parent in files:
            todo.append(parent)
        if name in traced:
            continue
        path = files[name]
        source = archive.read(path).decode("utf-8", errors="replace")
        for imported in module_level_imports(source, name, path.endswith("__init__.py")):
            # "from a import b": b may be a submodule or just a name; only modules count
            todo.extend(n for n in (imported,) if n in files and n not in kept)
    return kept


def wanted_modules(pyodide_version: str, package: Path, traced: Path = TRACED) -> set[str]:
    """The traced, safety and statically imported modules, after checking the trace's version.

    Pass the trace to :func:`write_trimmed` as ``complete`` too (see :func:`closure`).
    """
    version, modules = read_traced(traced)
    if version != pyodide_version:
        raise StdlibOutOfDate(
            f"The standard-library trace in {traced} was made with Pyodide {version or '(none)'}, "
            f"but the site ships Pyodide {pyodide_version}. Run `nox -s stdlib` to trace the "
            "tools' imports on the new runtime, check the list's changes, and commit it."
        )
    return {*modules, *SAFETY, *package_imports(package)}


def write_trimmed(
    full: Path,
    out: Path,
    wanted: Iterable[str],
    complete: Iterable[str] = (),
    added: dict[str, Path] | None = None,
) -> list[str]:
    """Write the trimmed, deflate-compressed archive of slimmed modules (:mod:`.slim`: 36%
    fewer bytes on the wire), with the ``added`` ones (archive path -> our source, such as
    :data:`SITECUSTOMIZE`); return the module names it holds.

    Every traced or safety module must be in the full archive or built into the runtime;
    the caller checks that (see :func:`missing`).
    """
    with zipfile.ZipFile(full) as source:
        kept = closure(wanted, source, complete)
        files = archive_modules(source.namelist())
        contents = {path: source.read(path) for path in {files[name] for name in kept}}
    contents.update({path: mine.read_bytes() for path, mine in (added or {}).items()})
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for path, data in sorted(contents.items()):
            info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if path.endswith(".py"):
                data = slim(data.decode("utf-8")).encode("utf-8")
            target.writestr(info, data, compresslevel=9)
    return sorted({*kept, *(archive_modules(added or {}))})


def missing(full: Path, modules: Iterable[str]) -> list[str]:
    """Traced or safety modules the full archive lacks (built-in modules are never traced)."""
    with zipfile.ZipFile(full) as source:
        files = archive_modules(source.namelist())
    return sorted(name for name in modules if name not in files)
