"""Patterns compiled at build time by the runtime's own re sources, with wasm32's limits."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from re import _compiler, _parser

import pytest

from connectwisely.checker.words import phrases
from connectwisely.core import precompiled
from connectwisely.sitebuild import patterns
from tests.support.paths import ROOT

RE_SOURCES = Path(re.__file__).parent


def stdlib_zip(tmp_path: Path, leave_out: str = "") -> Path:
    """A standard-library zip holding this interpreter's own ``re`` package."""
    path = tmp_path / "python_stdlib.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for source in RE_SOURCES.glob("*.py"):
            if source.name != leave_out:
                archive.write(source, f"re/{source.name}")
    return path


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:whats\s?app|telegram)\b", re.IGNORECASE),
        (r"(?P<fee>\d{2,4}) (?:usd|eur)", 0),
        (r"[^.!?\n]{0,40}?\bbank\b", re.IGNORECASE),
    ],
)
def test_the_loaded_compiler_makes_what_re_makes_without_open_repeats(tmp_path, pattern, flags):
    """Bounded patterns: the same opcodes, flags and groups as this interpreter's re."""
    compile_for_runtime = patterns.runtime_compiler(stdlib_zip(tmp_path))
    final, code, groups, groupindex, _ = compile_for_runtime(pattern, flags)
    parsed = _parser.parse(pattern, flags)
    assert code == _compiler._code(parsed, flags)
    assert (final, groups, groupindex) == (
        flags | parsed.state.flags,
        parsed.state.groups - 1,
        dict(parsed.state.groupdict),
    )


def test_an_open_repeat_uses_the_wasm32_limit(tmp_path):
    """``a+`` repeats up to 2**31 - 1 times on wasm32, not this machine's _sre limit."""
    compile_for_runtime = patterns.runtime_compiler(stdlib_zip(tmp_path))
    _, code, *_ = compile_for_runtime("a+", 0)
    assert patterns.WASM32["MAXREPEAT"] in code
    assert compile_for_runtime.magic == _compiler.MAGIC
    assert re.compile("a+").match("aaa")  # this interpreter's re is untouched


def test_a_standard_library_without_the_parser_is_refused(tmp_path):
    with pytest.raises(patterns.PatternsUnavailable, match="does not run here"):
        patterns.runtime_compiler(stdlib_zip(tmp_path, leave_out="_parser.py"))


def test_a_pattern_the_compiler_refuses_gets_no_row():
    """It fails the same way at run time, where re reports it."""

    def compile_for_runtime(pattern, flags):
        if pattern == "(":
            raise re.error("missing )")
        return flags, [1], 0, {}, ()

    rows = patterns.rows([("ok", 0), ("(", 0)], compile_for_runtime)
    assert [row[0] for row in rows] == [precompiled.key_of("ok", 0)]


def test_two_patterns_with_one_key_are_refused(monkeypatch):
    monkeypatch.setattr(precompiled, "key_of", lambda pattern, flags: (0, 0, 0, flags))
    with pytest.raises(patterns.PatternsUnavailable, match="share the key"):
        patterns.rows([("a", 0), ("b", 0)], lambda p, f: (f, [1], 0, {}, ()))


def test_the_recording_holds_the_checkers_patterns():
    """Every phone pattern the checker compiles at import is recorded with its flags."""
    recorded = patterns.recorded(ROOT / "py")
    assert len(recorded) == len(set(recorded)) > 500
    for compiled in phrases.PHONE:
        assert (compiled.pattern, re.IGNORECASE.value) in recorded


def test_the_recording_does_not_depend_on_the_hash_seed(monkeypatch):
    """The table is looked up by a pattern's text: a pattern built from a set in its iteration
    order would be another text in the browser's interpreter (another seed), and miss."""
    seen = []
    for seed in ("1", "2"):
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        seen.append(patterns.recorded(ROOT / "py"))
    assert seen[0] == seen[1]


def test_the_table_is_keyed_to_the_runtime(tmp_path):
    """Its key names the runtime's magic, wasm32's limits and Python 3.14 (not 3.14.2)."""
    key, rows = precompiled.loads(patterns.table(ROOT / "py", stdlib_zip(tmp_path), "3.14.2"))
    assert key == (_compiler.MAGIC, 4, 2**31 - 1, "3.14")
    assert len(rows) > 500
