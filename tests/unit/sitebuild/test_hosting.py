"""How GitHub Pages sends each file: the rule the test server and the build share."""

from __future__ import annotations

import gzip

import pytest

from connectwisely.sitebuild.hosting import compressed, wire_bytes


@pytest.mark.parametrize(
    ("name", "gzip_wasm", "expected"),
    [
        ("index.html", False, True),
        ("pyodide.asm.mjs", False, True),
        ("pyodide-lock.json", False, True),
        ("sitemap.xml", False, True),
        ("pyodide.asm.wasm", False, False),  # undocumented: raw in one case...
        ("pyodide.asm.wasm", True, True),  # ...gzipped in the other
        ("python_stdlib.zip", True, False),  # binary, deflated inside
        ("connectwisely-0.1.0-py3-none-any.whl", True, False),
    ],
)
def test_which_files_travel_gzipped(name, gzip_wasm, expected):
    assert compressed(name, gzip_wasm) is expected


def test_wire_bytes_are_the_gzipped_size_for_text_and_the_size_otherwise(tmp_path):
    text = tmp_path / "a.js"
    text.write_text("const x = 1;\n" * 1000)
    blob = tmp_path / "a.wasm"
    blob.write_bytes(bytes(range(256)) * 100)
    assert wire_bytes(text) == len(gzip.compress(text.read_bytes(), 6)) < text.stat().st_size
    assert wire_bytes(blob) == blob.stat().st_size
    assert wire_bytes(blob, gzip_wasm=True) < blob.stat().st_size
