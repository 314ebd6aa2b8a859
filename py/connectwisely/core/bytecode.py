"""Python archives with their modules compiled for the runtime: faster starts.

Only the runtime's own Python (3.14 on wasm32) can write its bytecode. Starting the runtime
from sources spends about half its time compiling the standard library, on every visit. So:

- the build compiles the standard library with this module, run by the runtime itself under
  Node (:mod:`connectwisely.sitebuild.compiled`), ``shipped=True``: no sources, and line tables
  that give each function's first line only, so the archive costs the wire 1.5 times its
  sources, not 2.6 times;
- the tools' wheel ships as sources (compiled too, a cold visit would pass its byte budget):
  the worker, once its tool is ready and the reader has had the first seconds, compiles the
  archives it stored for offline use, a few modules per task (:meth:`ArchiveCompiler.step`),
  and stores them back with the bytecode beside the sources (:meth:`ArchiveCompiler.archive`).
  The next visit imports them compiled.

Each ``.pyc`` is an *unchecked* hash-based one (PEP 552): an archive is replaced as a whole, so
its bytecode and sources cannot drift apart, and nothing is checked at import.
"""

from __future__ import annotations

import importlib.util
import io
import marshal
import time
import types
import zipfile

UNCHECKED_HASH = (0b01).to_bytes(4, "little")  # PEP 552 flags: hash-based, source not checked
# A line-table entry (PEP 626, CPython's Objects/locations.md): 1, a code (13: a line, no
# columns) and how many code units (1 to 8) it covers, then the line's change: here 0.
_FIRST_LINE_ENTRY = 0x80 | 13 << 3


def pyc(source: bytes, code) -> bytes:
    """The bytes of a ``.pyc`` holding ``code``, compiled from ``source``."""
    header = importlib.util.MAGIC_NUMBER + UNCHECKED_HASH + importlib.util.source_hash(source)
    return header + marshal.dumps(code)


def first_lines(code: types.CodeType) -> types.CodeType:
    """``code`` (and the functions and classes it defines) with every instruction placed on its
    function's first line, with no columns: a traceback still names each function and its
    file, for a third of the bytes of the full table (which maps lines and columns)."""
    units = len(code.co_code) // 2
    table = bytearray()
    while units > 0:
        covered = min(units, 8)
        table += bytes((_FIRST_LINE_ENTRY | (covered - 1), 0))
        units -= covered
    consts = tuple(first_lines(c) if isinstance(c, types.CodeType) else c for c in code.co_consts)
    return code.replace(co_linetable=bytes(table), co_consts=consts)


class ArchiveCompiler:
    """Compiles the modules of one zip archive in steps, then writes it with their bytecode.

    ``mounted_at`` is the archive's path where Python imports it from (``/lib/python314.zip``),
    which each module's code names as its file, as ``zipimport`` would. ``shipped``: for the
    site (the build's use): each compiled module's source left out and its line table cut to
    :func:`first_lines`."""

    def __init__(self, data: bytes, mounted_at: str, shipped: bool = False):
        self._archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
        names = set(self._archive.namelist())
        self._pending = [
            info
            for info in self._archive.infolist()
            if info.filename.endswith(".py") and info.filename + "c" not in names
        ]
        self._mounted_at = mounted_at.rstrip("/")
        self._shipped = shipped
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
            if self._shipped:
                code = first_lines(code)
            self._compiled[info.filename + "c"] = pyc(source, code)
        return bool(self._pending)

    @property
    def compiled(self) -> int:
        return len(self._compiled)

    def archive(self) -> bytes:
        """The archive with each compiled module's ``.pyc`` beside its source (in its place when
        ``shipped``), stored: it lives in the browser's cache, or the build gzips it whole."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for info in self._archive.infolist():
                compiled = info.filename + "c" in self._compiled
                if not (compiled and self._shipped):
                    copy = zipfile.ZipInfo(info.filename, info.date_time)
                    copy.external_attr = info.external_attr
                    archive.writestr(copy, self._archive.read(info))
                if compiled:
                    bytecode = zipfile.ZipInfo(info.filename + "c", info.date_time)
                    archive.writestr(bytecode, self._compiled[info.filename + "c"])
        return out.getvalue()
