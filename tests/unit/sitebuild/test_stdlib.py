"""The trimmed standard library: what it keeps, how it is written, and when the build refuses."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from connectwisely.sitebuild import runtime, stdlib
from connectwisely.sitebuild.npm import cache_root

PACKAGE = Path(stdlib.__file__).resolve().parents[1]
FULL = cache_root() / "pyodide" / runtime.PYODIDE_VERSION / runtime.STDLIB


def make_zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


FAKE_STDLIB = {
    "a.py": '"""Module a."""\nimport b  # needed\ndef f():\n    import c\n',
    "b.py": "try:\n    import d\nexcept ImportError:\n    pass\n",
    "c.py": "",
    "d.py": "",
    "pkg/__init__.py": "from . import helper\n",
    "pkg/helper.py": "from ..b import x\n",  # a relative import reaching the top level
    "pkg/sub.py": "from .helper import y\n",
    "unused.py": "import a\n",
}


@pytest.mark.parametrize(
    ("source", "module", "is_package", "expected"),
    [
        ("import os, re as regex\n", "m", False, {"os", "re"}),
        ("def f():\n    import json\n", "m", False, set()),  # runs only when called
        ("try:\n    import zlib\nexcept ImportError:\n    zlib = None\n", "m", False, {"zlib"}),
        ("if True:\n    from x import y\n", "m", False, {"x", "x.y"}),
        ("from . import sibling\n", "pkg.mod", False, {"pkg", "pkg.sibling"}),
        ("from .part import name\n", "pkg", True, {"pkg.part", "pkg.part.name"}),
        ("from .. import up\n", "a.b.c", False, {"a", "a.up"}),
        # syntax newer than this Python: the line scan still finds module-level imports
        ("type Alias = int\nimport csv\ndef f():\n    import json\n", "m", False, {"csv"}),
        (
            "type A = int\ntry:\n    import zlib\nexcept ImportError:\n    pass\n",
            "m",
            False,
            {"zlib"},
        ),
    ],
)
def test_module_level_imports_are_what_runs_on_import(source, module, is_package, expected):
    """Only imports that execute when the module is imported count; lazy ones are traced."""
    assert stdlib.module_level_imports(source, module, is_package) == expected


def test_the_closure_keeps_module_level_imports_and_parent_packages(tmp_path):
    """a pulls in b (module level) and d (b's guarded import), not c (inside a function);
    pkg.sub pulls in its package, the helper and what the helper imports."""
    with zipfile.ZipFile(make_zip(tmp_path / "std.zip", FAKE_STDLIB)) as archive:
        assert stdlib.closure(["a"], archive) == {"a", "b", "d"}
        assert stdlib.closure(["pkg.sub"], archive) == {"pkg", "pkg.sub", "pkg.helper", "b", "d"}
        assert stdlib.closure(["not_in_archive"], archive) == set()
        # a traced module is complete: its guarded import of d never ran, so d is not added
        assert stdlib.closure(["a"], archive, complete=["b"]) == {"a", "b"}


def test_the_trimmed_archive_is_deflated_slimmed_and_holds_only_what_is_kept(tmp_path):
    full = make_zip(tmp_path / "std.zip", FAKE_STDLIB)
    out = tmp_path / "site" / "python_stdlib.zip"
    kept = stdlib.write_trimmed(full, out, ["a", "sys"])  # sys is built in: nothing to copy
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["a.py", "b.py", "d.py"]
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_DEFLATED}
        assert archive.read("a.py").decode() == "\nimport b\ndef f():\n    import c\n"
    assert kept == ["a", "b", "d"]


def test_added_modules_go_in_slimmed_beside_the_kept_ones(tmp_path):
    """The build's own sitecustomize is written in (slimmed like the rest) and named as held."""
    full = make_zip(tmp_path / "std.zip", FAKE_STDLIB)
    out = tmp_path / "site" / "python_stdlib.zip"
    kept = stdlib.write_trimmed(full, out, ["b"], added=stdlib.SITECUSTOMIZE)
    assert kept == ["b", "d", "sitecustomize"]
    with zipfile.ZipFile(out) as archive:
        shipped = archive.read("sitecustomize.py").decode()
    assert "Shipped in the site" not in shipped and "#" not in shipped  # docstring, comments
    assert 'if __name__ == "sitecustomize":' in shipped


def test_missing_names_the_modules_the_archive_lacks(tmp_path):
    full = make_zip(tmp_path / "std.zip", FAKE_STDLIB)
    assert stdlib.missing(full, ["a", "pkg.sub", "gone", "pkg.nothing"]) == ["gone", "pkg.nothing"]


def test_a_trace_from_another_pyodide_fails_the_build_loudly(tmp_path):
    """An upgrade must trace again: the message says which versions and what to run."""
    traced = tmp_path / "traced.txt"
    stdlib.write_traced("0.1.0", ["json", "re"], traced)
    with pytest.raises(stdlib.StdlibOutOfDate, match=r"Pyodide 0\.1\.0.*nox -s stdlib"):
        stdlib.wanted_modules(runtime.PYODIDE_VERSION, PACKAGE, traced)
    with pytest.raises(stdlib.StdlibOutOfDate, match="missing"):
        stdlib.wanted_modules(runtime.PYODIDE_VERSION, PACKAGE, tmp_path / "none.txt")


def test_the_trace_round_trips_with_its_version(tmp_path):
    traced = tmp_path / "traced.txt"
    stdlib.write_traced("314.0.7", ["re", "json", "re"], traced)
    assert stdlib.read_traced(traced) == ("314.0.7", ["json", "re"])


def test_wanted_is_the_trace_the_safety_list_and_the_package_imports(tmp_path):
    traced = tmp_path / "traced.txt"
    stdlib.write_traced(runtime.PYODIDE_VERSION, ["encodings.utf_8"], traced)
    wanted = stdlib.wanted_modules(runtime.PYODIDE_VERSION, PACKAGE, traced)
    assert {"encodings.utf_8", *stdlib.SAFETY} <= wanted
    assert {"csv", "zipfile", "json", "dataclasses"} <= wanted  # imported by the tools' code


def test_build_only_code_does_not_count():
    """The CLI's argparse and the build's subprocess never run in the browser."""
    imports = stdlib.package_imports(PACKAGE)
    assert "argparse" not in imports
    assert "subprocess" not in imports
    assert "csv" in imports


def test_every_safety_module_says_why():
    assert all(len(reason) > 20 for reason in stdlib.SAFETY.values())


def test_the_committed_trace_is_for_the_pinned_pyodide():
    """The list shipped with the code was traced on the runtime the site ships."""
    version, modules = stdlib.read_traced()
    assert version == runtime.PYODIDE_VERSION
    assert "connectwisely" not in " ".join(modules)  # only the standard library is listed
    assert {"encodings", "json", "re"} <= set(modules)


@pytest.mark.skipif(not FULL.is_file(), reason="the Pyodide runtime is not in the cache")
def test_the_real_trimmed_archive_fits_the_budget_and_holds_every_needed_module(tmp_path):
    """Under 1 MB, and nothing traced, kept for safety or imported by the tools is left out."""
    out = tmp_path / runtime.STDLIB
    wanted = stdlib.wanted_modules(runtime.PYODIDE_VERSION, PACKAGE)
    _, traced = stdlib.read_traced()
    kept = set(stdlib.write_trimmed(FULL, out, wanted, complete=traced))
    assert out.stat().st_size <= 1_000_000
    assert stdlib.missing(FULL, [*traced, *stdlib.SAFETY]) == []
    assert {*traced, *stdlib.SAFETY} <= kept
