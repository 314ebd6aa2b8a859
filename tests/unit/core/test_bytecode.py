"""Archives compiled where they run: a .pyc beside each module, which zipimport then uses."""

from __future__ import annotations

import importlib
import importlib.util
import io
import marshal
import sys
import zipfile

import pytest

from connectwisely.core.bytecode import ArchiveCompiler, pyc
from tests.support.zips import zipped

FILES = {
    "pkg/__init__.py": b"",
    "pkg/answer.py": b"VALUE = 42\n",
    "broken.py": b"def (:\n",
    "pkg/data.json": b'{"a": 1}',
}


def compiled(files: dict[str, bytes], budget_ms: float = 25.0) -> tuple[bytes, int]:
    compiler = ArchiveCompiler(zipped(files), "/lib/test.zip")
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
