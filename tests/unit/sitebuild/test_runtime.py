"""Vendoring Pyodide: verified against the pinned integrity value, cached, clear on failure."""

from __future__ import annotations

import base64
import dataclasses
import gzip
import hashlib
import io
import json
import random
import tarfile

import pytest

from connectwisely.sitebuild import runtime


def fake_tarball(files=runtime.RUNTIME_FILES) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name in files:
            data = f"content of {name}".encode()
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CONNECTWISELY_CACHE", str(tmp_path))
    return tmp_path


def pin(monkeypatch, value: str) -> None:
    monkeypatch.setattr(runtime, "PYODIDE", dataclasses.replace(runtime.PYODIDE, integrity=value))


def test_a_verified_tarball_is_unpacked_once(cache, monkeypatch):
    """The runtime files land in the cache; a second call does not fetch again."""
    data = fake_tarball()
    pin(monkeypatch, integrity(data))
    fetched = []
    folder = runtime.ensure_runtime(fetch=lambda url: fetched.append(url) or data)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*runtime.RUNTIME_FILES, runtime.WASM_GZ, runtime.WASM_GZ_STAMP]
    )
    assert (folder / "pyodide.mjs").read_text() == "content of pyodide.mjs"
    runtime.ensure_runtime(fetch=lambda url: pytest.fail("fetched twice"))
    assert fetched == [runtime.PYODIDE.tarball_url]


def test_a_tampered_tarball_is_refused(cache, monkeypatch):
    """A checksum mismatch installs nothing and says how to fix it."""
    pin(monkeypatch, integrity(b"something else"))
    with pytest.raises(runtime.RuntimeUnavailable, match="does not match its pinned checksum"):
        runtime.ensure_runtime(fetch=lambda url: fake_tarball())
    assert not (cache / "pyodide" / runtime.PYODIDE_VERSION).exists()


def test_an_unreachable_registry_gives_an_actionable_message(cache, monkeypatch):
    """A failed download names the URL, the cache folder and what to do."""

    def refuse(url, timeout=0):
        raise OSError("network unreachable")

    with pytest.raises(runtime.RuntimeUnavailable) as caught:
        runtime.ensure_runtime(fetch=refuse)
    text = str(caught.value)
    assert runtime.PYODIDE.tarball_url in text and str(cache) in text


def test_the_pin_is_one_version_everywhere():
    """The site folder and the tarball URL both carry the pinned version."""
    assert runtime.PYODIDE_VERSION in runtime.SITE_DIR
    assert runtime.PYODIDE.tarball_url.endswith(f"pyodide-{runtime.PYODIDE_VERSION}.tgz")
    assert runtime.PYODIDE.integrity.startswith("sha512-")


def test_the_site_serves_the_wasm_gzipped_and_not_raw():
    """The site's runtime folder gets pyodide.asm.wasm.gz in place of the raw binary."""
    assert runtime.WASM_GZ in runtime.SITE_FILES and runtime.WASM not in runtime.SITE_FILES
    assert runtime.STDLIB not in runtime.SITE_FILES  # the trimmed one sits beside the wheel
    assert runtime.LOCK not in runtime.SITE_FILES  # the worker passes a lock naming no packages


def test_the_gzipped_wasm_inflates_to_the_binary_and_is_made_once(tmp_path):
    """Deflated smaller than gzip -9, without a time stamp: the same binary gives the same
    bytes; a fresh copy is kept."""
    pick = random.Random(7).choice
    words = [bytes(pick(range(256)) for _ in range(pick(range(2, 9)))) for _ in range(300)]
    binary = b"".join(pick(words) for _ in range(40_000))  # repeats, as code does
    (tmp_path / runtime.WASM).write_bytes(binary)
    made = runtime.gzip_wasm(tmp_path)
    first = made.read_bytes()
    assert gzip.decompress(first) == binary
    assert len(first) < len(gzip.compress(binary, 9))
    assert first[4:8] == b"\0\0\0\0"  # no time stamp
    made.write_bytes(b"kept")  # newer than the binary: reused, not rewritten
    assert runtime.gzip_wasm(tmp_path).read_bytes() == b"kept"
    (tmp_path / runtime.WASM_GZ_STAMP).write_text("gzip -9")  # made another way: redone
    assert runtime.gzip_wasm(tmp_path).read_bytes() == first


def test_the_lock_info_and_python_version_are_read_from_the_lock(tmp_path):
    """What the worker's own lock carries: the runtime lock's info, none of its packages."""
    info = {"abi_version": "2026_0", "arch": "wasm32", "python": "3.14.2"}
    lock = {"info": info, "packages": {"numpy": {"imports": ["numpy"]}}}
    (tmp_path / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    assert runtime.lock_info(tmp_path) == info
    assert runtime.python_version(tmp_path) == "3.14.2"
