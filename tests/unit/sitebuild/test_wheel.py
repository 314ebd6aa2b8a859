"""The site's wheel: only what runs in the browser, deflated hard, its RECORD to match."""

from __future__ import annotations

import base64
import hashlib
import zipfile

import pytest

from connectwisely import __version__
from connectwisely.sitebuild.wheel import for_browser, runs_in_browser

DIST = f"connectwisely-{__version__}.dist-info"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("connectwisely/__init__.py", True),
        ("connectwisely/bridge.py", True),
        ("connectwisely/checker/words/phrases.py", True),
        ("connectwisely/widgets/request_check.py", True),
        ("connectwisely/sitebuild/plugin.py", False),
        ("connectwisely/sitebuild/stdlib_traced.txt", False),
        ("connectwisely/commands/score.py", False),
        ("connectwisely/cli.py", False),
        (f"{DIST}/entry_points.txt", False),
        (f"{DIST}/METADATA", True),
        (f"{DIST}/RECORD", True),
        ("connectwisely/core/commands_text.py", True),  # only the build-only folders, by name
    ],
)
def test_runs_in_browser_leaves_out_the_build_the_cli_and_its_entry_point(name, kept):
    assert runs_in_browser(name) is kept


def _wheel(path, files):
    with zipfile.ZipFile(path, "w") as wheel:
        for name, text in files.items():
            wheel.writestr(zipfile.ZipInfo(name, (2020, 2, 2, 0, 0, 0)), text)
    return path


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}\n"


def test_for_browser_keeps_the_runtime_files_slimmed_and_drops_the_rest(tmp_path):
    """The module loses its docstring and comment; RECORD gives the new bytes' hash and size."""
    code = "from . import x\n" * 200
    body = '"""The package."""\n' + code + "# the end\n"
    files = {
        "connectwisely/__init__.py": body,
        "connectwisely/cli.py": "import argparse\n",
        "connectwisely/sitebuild/plugin.py": "import mkdocs\n",
        f"{DIST}/entry_points.txt": "[console_scripts]\nconnectwisely = connectwisely.cli:main\n",
        f"{DIST}/RECORD": (
            "connectwisely/__init__.py,sha256=a,3200\n"
            "connectwisely/cli.py,sha256=b,16\n"
            "connectwisely/sitebuild/plugin.py,sha256=c,14\n"
            f"{DIST}/entry_points.txt,sha256=d,60\n"
            f"{DIST}/RECORD,,\n"
        ),
    }
    out = for_browser(_wheel(tmp_path / "in.whl", files), tmp_path / "out.whl")
    with zipfile.ZipFile(out) as wheel:
        assert wheel.namelist() == ["connectwisely/__init__.py", f"{DIST}/RECORD"]
        kept = wheel.read("connectwisely/__init__.py")
        assert kept.decode() == "\n" + code + "\n"  # the same lines, without the prose
        assert wheel.read(f"{DIST}/RECORD").decode() == (
            _record_line("connectwisely/__init__.py", kept) + f"{DIST}/RECORD,,\n"
        )
        info = wheel.getinfo("connectwisely/__init__.py")
        assert info.compress_type == zipfile.ZIP_STORED  # the site gzips the wheel whole
        assert info.date_time == (2020, 2, 2, 0, 0, 0)  # the same bytes for the same sources


def test_for_browser_writes_the_same_bytes_twice(tmp_path):
    source = _wheel(tmp_path / "in.whl", {"connectwisely/a.py": "x = 1\n"})
    first = for_browser(source, tmp_path / "one.whl").read_bytes()
    assert for_browser(source, tmp_path / "two.whl").read_bytes() == first


def test_for_browser_adds_files_before_record_and_lists_them(tmp_path):
    """An added file (the precompiled patterns) goes in before RECORD, which lists it with its
    hash and size and still ends with its own line."""
    files = {
        "connectwisely/__init__.py": "x = 1\n",
        f"{DIST}/RECORD": f"connectwisely/__init__.py,sha256=a,6\n{DIST}/RECORD,,\n",
    }
    table = bytes(range(256)) * 4
    added = {"connectwisely/patterns.bin": table}
    out = for_browser(_wheel(tmp_path / "in.whl", files), tmp_path / "out.whl", added)
    with zipfile.ZipFile(out) as wheel:
        assert wheel.namelist() == [
            "connectwisely/__init__.py",
            "connectwisely/patterns.bin",
            f"{DIST}/RECORD",
        ]
        assert wheel.read("connectwisely/patterns.bin") == table
        assert wheel.read(f"{DIST}/RECORD").decode() == (
            _record_line("connectwisely/__init__.py", b"x = 1\n")
            + _record_line("connectwisely/patterns.bin", table)
            + f"{DIST}/RECORD,,\n"
        )
