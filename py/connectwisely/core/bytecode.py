"""Python archives with their modules compiled where they run: faster starts on later visits.

Pyodide's standard library and the tools' wheel hold sources only, and ``zipimport`` compiles a
module twice per import (once to name its file, once to run it). Starting the runtime imports
125 modules of the standard library: 1.4 s of its 2 s go to compiling them, on every visit. A
``.pyc`` beside each module skips that, but only the runtime's own Python (3.14 on wasm32) can
write it, and shipping bytecode would put 0.9 MB more on the wire before a first answer. So the
worker, once its tool is ready and the reader has had the first seconds, compiles the archives
it stored for offline use, a few modules per task (:meth:`ArchiveCompiler.step`), and stores
them back with the bytecode (:meth:`ArchiveCompiler.archive`). The next visit imports them
compiled.

Each ``.pyc`` is an *unchecked* hash-based one (PEP 552): the archive is replaced as a whole, so
its bytecode and sources cannot drift apart, and nothing is checked at import. The sources stay,
for tracebacks.
"""

from __future__ import annotations

import importlib.util
import io
import marshal
import time
import zipfile

UNCHECKED_HASH = (0b01).to_bytes(4, "little")  # PEP 552 flags: hash-based, source not checked


def pyc(source: bytes, code) -> bytes:
    """The bytes of a ``.pyc`` holding ``code``, compiled from ``source``."""
    header = importlib.util.MAGIC_NUMBER + UNCHECKED_HASH + importlib.util.source_hash(source)
    return header + marshal.dumps(code)


class ArchiveCompiler:
    """Compiles the modules of one zip archive in steps, then writes it with their bytecode.

    ``mounted_at`` is the archive's path where Python imports it from (``/lib/python314.zip``),
    which each module's code names as its file, as ``zipimport`` would."""

    def __init__(self, data: bytes, mounted_at: str):
        self._archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
        names = set(self._archive.namelist())
        self._pending = [
            info
            for info in self._archive.infolist()
            if info.filename.endswith(".py") and info.filename + "c" not in names
        ]
        self._mounted_at = mounted_at.rstrip("/")
        self._compiled: dict[str, bytes] = {}

    def step(self, budget_ms: float = 25.0) -> bool:
        """Compile modules for about ``budget_ms`` (one at least); whether some are left."""
        until = time.perf_counter() + budget_ms / 1000
        first = True
        while self._pending and (first or time.perf_counter() < until):
            first = False
            info = self._pending.pop(0)
            source = self._archive.read(info)
            path = f"{self._mounted_at}/{info.filename}"
            try:
                code = compile(source, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError):  # imported from its source, as before
                continue
            self._compiled[info.filename + "c"] = pyc(source, code)
        return bool(self._pending)

    @property
    def compiled(self) -> int:
        return len(self._compiled)

    def archive(self) -> bytes:
        """The archive with each compiled module's ``.pyc`` beside its source, stored (it lives
        in the browser's cache, so it is not deflated again)."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for info in self._archive.infolist():
                copy = zipfile.ZipInfo(info.filename, info.date_time)
                copy.external_attr = info.external_attr
                archive.writestr(copy, self._archive.read(info))
                if info.filename + "c" in self._compiled:
                    bytecode = zipfile.ZipInfo(info.filename + "c", info.date_time)
                    archive.writestr(bytecode, self._compiled[info.filename + "c"])
        return out.getvalue()
