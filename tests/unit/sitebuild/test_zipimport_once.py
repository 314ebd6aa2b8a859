"""The runtime's sitecustomize: a zipped module is compiled once per import, and nothing else
about the import changes."""

from __future__ import annotations

import importlib
import subprocess
import sys
import zipfile
import zipimport

import pytest

from connectwisely import bridge
from connectwisely.sitebuild import stdlib, zipimport_once

MODULES = {
    "plain.py": "value = 1\n",
    "pack/__init__.py": "from . import inner\n",
    "pack/inner.py": "value = 2\n",
}


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """A zip of source modules on sys.path, forgotten again after the test (as is the hook)."""
    path = tmp_path / "modules.zip"
    with zipfile.ZipFile(path, "w") as zipped:
        for name, text in MODULES.items():
            zipped.writestr(name, text)
    monkeypatch.syspath_prepend(str(path))
    monkeypatch.setattr(zipimport, "_get_module_code", zipimport._get_module_code)
    yield path
    for name in ("plain", "pack", "pack.inner"):
        sys.modules.pop(name, None)


@pytest.fixture
def compiles(monkeypatch):
    """The names zipimport compiles from source, in order."""
    seen: list[str] = []
    compile_source = zipimport._compile_source

    def counting(pathname, source):
        seen.append(pathname.rsplit("/", 1)[-1])
        return compile_source(pathname, source)

    monkeypatch.setattr(zipimport, "_compile_source", counting)
    return seen


def test_without_it_zipimport_compiles_each_module_twice(archive, compiles):
    """The premise: naming the module's file compiles it, then running it compiles it again."""
    importlib.import_module("plain")
    assert compiles == ["plain.py", "plain.py"]


@pytest.mark.parametrize(
    ("module", "compiled", "value"),
    [("plain", ["plain.py"], 1), ("pack.inner", ["__init__.py", "inner.py"], 2)],
)
def test_with_it_each_module_is_compiled_once_and_imports_the_same(
    archive, compiles, module, compiled, value
):
    """Once per module, packages included; the module runs and names its file as before."""
    assert zipimport_once.install()
    imported = importlib.import_module(module)
    assert compiles == compiled
    assert imported.value == value
    assert imported.__file__ == f"{archive}/{module.replace('.', '/')}.py"
    assert zipimport._get_module_code.kept == {}  # nothing held after the import
    assert bridge.modules_compiled_once() == len(compiled)  # what the worker reports


def test_installing_twice_wraps_once_and_another_python_is_left_alone(archive):
    """A second install keeps the one wrapper; a zipimport without the private function is
    untouched; the bridge reports nothing compiled once where the hook is not installed."""
    assert bridge.modules_compiled_once() == 0
    assert zipimport_once.install() and zipimport_once.install()
    assert zipimport._get_module_code.__wrapped__.__name__ == "_get_module_code"

    class Elsewhere:  # a zipimport that has no _get_module_code
        pass

    assert zipimport_once.install(Elsewhere) is False
    assert not hasattr(Elsewhere, "_get_module_code")


def test_python_runs_the_shipped_copy_from_a_zip_at_start_up(tmp_path):
    """The file the build ships, slimmed, as sitecustomize in a zip on the path: a fresh Python
    imports it at start-up, and from then on zipimport compiles once."""
    empty, out = tmp_path / "full.zip", tmp_path / "python_stdlib.zip"
    zipfile.ZipFile(empty, "w").close()
    stdlib.write_trimmed(empty, out, [], added=stdlib.SITECUSTOMIZE)
    probe = (
        "import sys, zipimport; "
        "print('sitecustomize' in sys.modules, type(zipimport._get_module_code).__name__)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["True", "CompiledOnce"]
