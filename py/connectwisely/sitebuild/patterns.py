"""The tools' regular expressions, compiled at build time for the runtime the site ships.

Why: :mod:`connectwisely.core.precompiled`. How:

1. :func:`recorded` lists the patterns the tools compile: a fresh interpreter imports and
   rehearses every page tool (as the worker does before ready) with ``re._compiler.compile``
   recording (what :mod:`~connectwisely.core.precompiled` stands in for: ``re.compile`` and
   ``re.search(r"...")`` alike).
2. :func:`runtime_compiler` loads the runtime's own ``re._parser`` and ``re._compiler`` (pure
   Python, from its standard library) into this interpreter, beside an ``_sre`` stand-in with
   the runtime's constants: Pyodide is wasm32, so ``_sre``'s repeat and group limits follow from
   a 32-bit ``Py_ssize_t``. Case folding uses this interpreter's Unicode tables, so a browser
   test compares every entry with what the runtime itself compiles.
3. :func:`table` writes the rows; the wheel carries them as :data:`~connectwisely.core.precompiled.TABLE`.
"""

from __future__ import annotations

import _sre
import json
import os
import subprocess
import sys
import types
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..core import precompiled

# _sre's constants on wasm32 (Pyodide): the limits are derived from Py_ssize_t's 31 bits.
WASM32 = {"CODESIZE": 4, "MAXREPEAT": 2**31 - 1, "MAXGROUPS": (2**31 - 1) // 8}
_RE_MODULES = ("_constants", "_casefix", "_parser", "_compiler")

_RECORD = """
import json, re, sys
from re import _compiler
seen = {}
compile = _compiler.compile
def record(pattern, flags=0):
    if isinstance(pattern, str) and not int(flags) & re.DEBUG:
        seen[pattern, int(flags)] = None
    return compile(pattern, flags)
_compiler.compile = record
from connectwisely import bridge, widgets
for widget in widgets.MODULES:
    bridge.prepare(widget)
json.dump(list(seen), sys.stdout)
"""


class PatternsUnavailable(Exception):
    """The runtime's compiler could not run here, or the table would be ambiguous."""


def recorded(package_parent: Path) -> list[tuple[str, int]]:
    """The ``(pattern, flags)`` pairs the page tools compile, in order, each once."""
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    done = subprocess.run(
        [sys.executable, "-c", _RECORD], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise PatternsUnavailable(f"recording the tools' patterns failed:\n{done.stderr}")
    return [(pattern, flags) for pattern, flags in json.loads(done.stdout)]


def runtime_compiler(stdlib_zip: Path) -> Callable[[str, int], tuple]:
    """``compile(pattern, flags) -> (flags, opcodes, groups, groupindex, indexgroup)``, as
    the runtime's ``re._compiler.compile`` passes them to ``_sre.compile``."""
    stand_in = types.ModuleType("_sre")
    stand_in.__dict__.update({k: v for k, v in vars(_sre).items() if not k.startswith("__")})
    stand_in.__dict__.update(WASM32)
    package = types.ModuleType("_cw_runtime_re")
    package.__path__ = []
    added = {package.__name__: package}
    saved = sys.modules.get("_sre")
    try:
        sys.modules["_sre"] = stand_in
        sys.modules.update(added)
        with zipfile.ZipFile(stdlib_zip) as archive:
            for name in _RE_MODULES:
                module = types.ModuleType(f"{package.__name__}.{name}")
                module.__package__ = package.__name__
                added[module.__name__] = sys.modules[module.__name__] = module
                source = archive.read(f"re/{name}.py").decode("utf-8")
                if name == "_compiler":  # its magic number is checked against _sre's
                    stand_in.MAGIC = package._constants.MAGIC
                exec(compile(source, f"{stdlib_zip.name}/re/{name}.py", "exec"), vars(module))
                setattr(package, name, module)
    except (KeyError, SyntaxError, ImportError, AssertionError, AttributeError) as exc:
        raise PatternsUnavailable(f"the runtime's re compiler does not run here: {exc!r}") from exc
    finally:
        sys.modules["_sre"] = saved
        for name in added:
            sys.modules.pop(name, None)
    parser, compiler = package._parser, package._compiler

    def compile_for_runtime(pattern: str, flags: int) -> tuple:
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        final_flags = flags | parsed.state.flags
        return final_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)

    compile_for_runtime.magic = package._constants.MAGIC
    return compile_for_runtime


def runtime_key(magic: int, python: str) -> tuple[int, int, int, str]:
    """The :func:`~connectwisely.core.precompiled.runtime_key` of a Pyodide with ``python``."""
    return (magic, WASM32["CODESIZE"], WASM32["MAXREPEAT"], ".".join(python.split(".")[:2]))


def rows(patterns: list[tuple[str, int]], compile_for_runtime) -> list[precompiled.Row]:
    """One row per pattern; a pattern the runtime's compiler refuses is left to ``re``."""
    out, keys = [], {}
    for pattern, flags in patterns:
        key = precompiled.key_of(pattern, flags)
        if keys.setdefault(key, pattern) != pattern:
            raise PatternsUnavailable(f"two patterns share the key {key}: {pattern!r}")
        try:
            final_flags, code, groups, groupindex, indexgroup = compile_for_runtime(pattern, flags)
        except Exception:  # such a pattern fails the same way at run time, reported by re
            continue
        words = precompiled.words(code)
        out.append((key, final_flags, words, groups, groupindex, indexgroup))
    return out


def table(package_parent: Path, stdlib_zip: Path, python: str) -> bytes:
    """The wheel's :data:`~connectwisely.core.precompiled.TABLE` for a Pyodide with ``python`` and ``stdlib_zip``."""
    compile_for_runtime = runtime_compiler(stdlib_zip)
    key = runtime_key(compile_for_runtime.magic, python)
    return precompiled.dumps(key, rows(recorded(package_parent), compile_for_runtime))
