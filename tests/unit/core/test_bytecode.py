"""Archives compiled where they run: a .pyc beside each module, which zipimport then uses."""

from __future__ import annotations

import importlib
import importlib.util
import io
import json.decoder
import marshal
import sys
import traceback
import zipfile
import zlib
from pathlib import Path

import pytest

from connectwisely.core.bytecode import ArchiveCompiler, first_lines, pyc
from tests.support.zips import zipped

FILES = {
    "pkg/__init__.py": b"",
    "pkg/answer.py": b"VALUE = 42\n",
    "broken.py": b"def (:\n",
    "pkg/data.json": b'{"a": 1}',
}


def compiled(
    files: dict[str, bytes], budget_ms: float = 25.0, shipped: bool = False
) -> tuple[bytes, int]:
    compiler = ArchiveCompiler(zipped(files), "/lib/test.zip", shipped=shipped)
    steps = 1
    while compiler.step(budget_ms):
        steps += 1
    return compiler.archive(), steps


def test_each_module_gets_bytecode_and_everything_else_stays():
    """Sources and data are kept as they were; a module that does not compile gets none."""
    data, _ = compiled(FILES)
    with zipfile.ZipFile(io.BytesIO(data)) as zip_file:
        assert {name: zip_file.read(name) for name in FILES} == FILES
        assert sorted(set(zip_file.namelist()) - set(FILES)) == [
            "pkg/__init__.pyc",
            "pkg/answer.pyc",
        ]
        header = zip_file.read("pkg/answer.pyc")[:16]
    assert header[:4] == importlib.util.MAGIC_NUMBER
    assert header[4:8] == (1).to_bytes(4, "little")  # hash-based, never checked
    assert header[8:] == importlib.util.source_hash(FILES["pkg/answer.py"])


def test_a_step_compiles_one_module_at_least():
    """A zero budget still moves on, one module per step: three modules, three steps."""
    assert compiled(FILES, budget_ms=0)[1] == 3


def test_zipimport_runs_the_bytecode(tmp_path, monkeypatch):
    """With the source changed behind it, the stored bytecode is what runs (it is used, and
    unchecked: the archive is only ever replaced whole)."""
    data, _ = compiled(FILES)
    with zipfile.ZipFile(io.BytesIO(data)) as zip_file:
        files = {name: zip_file.read(name) for name in zip_file.namelist()}
    files["pkg/answer.py"] = b"VALUE = 0\n"
    path = tmp_path / "test.zip"
    path.write_bytes(zipped(files))
    monkeypatch.syspath_prepend(str(path))
    for name in ("pkg", "pkg.answer"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    importlib.invalidate_caches()
    module = importlib.import_module("pkg.answer")
    try:
        assert module.VALUE == 42
        assert module.__file__.endswith("answer.pyc")
    finally:
        sys.modules.pop("pkg.answer", None)
        sys.modules.pop("pkg", None)


def test_an_archive_compiled_already_is_left_as_it_is():
    """Modules with a .pyc beside them are not compiled again."""
    data, _ = compiled(FILES)
    compiler = ArchiveCompiler(data, "/lib/test.zip")
    assert compiler.step() is False and compiler.compiled == 0


@pytest.mark.parametrize(
    ("source", "name", "value"), [(b"x = 1\n", "x", 1), (b"y = 'ok'\n", "y", "ok")]
)
def test_pyc_holds_code_that_runs(source, name, value):
    code = compile(source, "m.py", "exec")
    namespace: dict = {}
    exec(marshal.loads(pyc(source, code)[16:]), namespace)
    assert namespace[name] == value


RAISES = b"""
def outer():
    x = 1
    return inner(x)


def inner(value):
    items = [value]
    return items[5]


class Box:
    def open(self):
        return {}["lid"]
"""


def _raised_in(code) -> list[tuple[str, int]]:
    namespace: dict = {}
    exec(code, namespace)
    box = namespace["Box"]()
    for call in (namespace["outer"], box.open):
        try:
            call()
        except LookupError as exc:
            yield [(f.name, f.lineno) for f in traceback.extract_tb(exc.__traceback__)[1:]]


def test_first_lines_keeps_each_function_on_its_first_line():
    """A traceback through code with short line tables still formats, naming each function on
    its own first line (the full table would give the failing line)."""
    full = compile(RAISES, "m.py", "exec")
    short = first_lines(full)
    assert list(_raised_in(full)) == [[("outer", 4), ("inner", 9)], [("open", 14)]]
    assert list(_raised_in(short)) == [[("outer", 2), ("inner", 7)], [("open", 13)]]
    assert "".join(traceback.format_exception(KeyError("lid")))  # formatting does not fail


def test_first_lines_runs_the_same_code_in_fewer_bytes():
    """The same instructions; deflated, a quarter fewer bytes (a module of the standard library:
    30% fewer for json.decoder on Python 3.11)."""
    source = Path(json.decoder.__file__).read_bytes()
    code = compile(source, "decoder.py", "exec")
    short = first_lines(code)
    assert short.co_code == code.co_code
    size = lambda c: len(zlib.compress(marshal.dumps(c), 9))  # noqa: E731
    assert size(short) < 0.75 * size(code)


@pytest.mark.parametrize("source", [b"", b"x = 1\n", RAISES, b"def f():\n" + b"    a = 1\n" * 50])
def test_first_lines_covers_every_instruction(source):
    """Each instruction has a position (the table covers the whole code, 8 units per entry)."""
    code = first_lines(compile(source, "m.py", "exec"))
    for each in (code, *(c for c in code.co_consts if hasattr(c, "co_code"))):
        lines = [line for _, _, line in each.co_lines()]
        assert lines and set(lines) == {each.co_firstlineno}
        assert sum(end - start for start, end, _ in each.co_lines()) == len(each.co_code)


def test_a_shipped_archive_holds_bytecode_in_place_of_sources():
    """``shipped``: each module that compiles travels as bytecode only; a module that does not
    compile, and data, stay as they were."""
    data, _ = compiled(FILES, shipped=True)
    with zipfile.ZipFile(io.BytesIO(data)) as zip_file:
        assert sorted(zip_file.namelist()) == sorted(
            ["pkg/__init__.pyc", "pkg/answer.pyc", "broken.py", "pkg/data.json"]
        )
        assert zip_file.read("broken.py") == FILES["broken.py"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zip_file.infolist())


def test_zipimport_runs_a_shipped_module_without_its_source(tmp_path, monkeypatch):
    path = tmp_path / "shipped.zip"
    path.write_bytes(compiled({"shipped_pkg/__init__.py": b"VALUE = 7\n"}, shipped=True)[0])
    monkeypatch.syspath_prepend(str(path))
    importlib.invalidate_caches()
    try:
        module = importlib.import_module("shipped_pkg")
        assert module.VALUE == 7 and module.__file__.endswith("__init__.pyc")
    finally:
        sys.modules.pop("shipped_pkg", None)
