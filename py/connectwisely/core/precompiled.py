"""Regular expressions compiled ahead of time, for the runtime the site ships.

Importing the request checker compiles about 870 patterns; in the browser's Pyodide that takes
0.4 s of the 0.45 s between Python being up and the tool being ready, every visit. ``re`` spends
it turning each pattern into a list of ``_sre`` opcodes, a pure function of the pattern, its
flags and the interpreter's ``_sre`` version. So the site build runs the *runtime's own* parser
and code generator (from its standard library, see :mod:`connectwisely.sitebuild.patterns`) and
ships the opcodes in the wheel; :func:`install` hands them to ``_sre.compile`` directly.

The table stands in for ``re._compiler.compile``, the step every ``re`` function takes on a
pattern its cache lacks: ``re.search(r"...", text)`` gets it as ``re.compile`` does, and
``re``'s cache keeps working as before.

The table is only used where it was made for: :func:`runtime_key` must equal the key it was
built with (``_sre``'s magic number, code size and repeat limit, and the Python version), else
nothing changes. Any pattern the table lacks is compiled by ``re`` as usual. A browser test
compares every shipped entry with what the runtime's own compiler makes of it.
"""

from __future__ import annotations

import _sre
import array
import marshal
import re
import sys
import zlib
from re import _compiler

# One table row: the key of the pattern and flags ``re.compile`` is called with (see
# :func:`key_of`), then the rest of ``_sre.compile``'s arguments: the flags the pattern ends up
# with, its opcodes (little-endian 32-bit words), group count, group index and index group.
# The pattern's text is not stored: the call brings it (saving 38 KB of the wheel).
TABLE = "patterns.bin"  # the table's name in the wheel, beside the package's __init__.py
Row = tuple[tuple[int, int, int, int], int, bytes, int, dict, tuple]

_original_compile = _compiler.compile
_table: dict[tuple[int, int, int, int], Row] = {}
_built: dict[tuple[str, int], re.Pattern] = {}


def key_of(pattern: str, flags: int) -> tuple[int, int, int, int]:
    """A pattern's key: its length and two checksums (64 bits in all) of its UTF-8, and flags.
    The build refuses a table in which two patterns share a key."""
    data = pattern.encode("utf-8", "surrogatepass")
    return (len(pattern), zlib.crc32(data), zlib.adler32(data), int(flags))


def runtime_key() -> tuple[int, int, int, str]:
    """What the opcodes depend on, for the running interpreter."""
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return (_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, version)


def dumps(key: tuple[int, int, int, str], rows: list[Row]) -> bytes:
    """The table as the wheel ships it (marshal: read in C, no parsing in Python)."""
    return marshal.dumps((tuple(key), rows), 4)


def loads(data: bytes) -> tuple[tuple, list[Row]]:
    key, rows = marshal.loads(data)
    return tuple(key), rows


def install(data: bytes) -> int:
    """Use ``data``'s patterns for ``re``'s patterns from now on, if they were made for this
    runtime; returns how many (0: not for this runtime, nothing changed)."""
    key, rows = loads(data)
    if key != runtime_key():
        return 0
    _table.update({tuple(row[0]): row for row in rows})
    _compiler.compile = _compile
    return len(rows)


def uninstall() -> None:
    """Back to ``re``'s own compiler (for tests)."""
    _compiler.compile = _original_compile
    _table.clear()
    _built.clear()
    re.purge()


def words(code: list[int]) -> bytes:
    """Opcodes as a row stores them: little-endian 32-bit words."""
    packed = array.array("I", code)
    if sys.byteorder != "little":
        packed.byteswap()
    return packed.tobytes()


def build(pattern: str, row: Row) -> re.Pattern:
    """``pattern`` compiled from its row, as ``re._compiler.compile`` would return it."""
    _, flags, code, groups, groupindex, indexgroup = row
    words = array.array("I", code)
    if sys.byteorder != "little":
        words.byteswap()
    return _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)


def _compile(pattern, flags=0):
    if not isinstance(pattern, str) or not _table:
        return _original_compile(pattern, flags)
    found = _built.get((pattern, int(flags)))
    if found is None:
        row = _table.get(key_of(pattern, flags))
        try:
            found = build(pattern, row) if row else None
        except (RuntimeError, TypeError, ValueError):  # _sre refused the row's opcodes
            found = None
        if found is None:
            return _original_compile(pattern, flags)
        _built[pattern, int(flags)] = found
    return found


def report() -> dict:
    """The table's size, the patterns built from it so far, and those of them whose row is not
    what this interpreter's own ``re`` compiles (its private parser and code generator, the
    ones ``re.compile`` runs): a check for tests, not for the page."""
    from re import _parser

    differing = []
    for pattern, flags in _built:
        _, final_flags, code, groups, _, _ = _table[key_of(pattern, flags)]
        parsed = _parser.parse(pattern, flags)
        own = (
            flags | parsed.state.flags,
            words(_compiler._code(parsed, flags)),
            parsed.state.groups - 1,
        )
        if own != (final_flags, code, groups):
            differing.append(pattern)
    return {"table": len(_table), "built": len(_built), "differing": differing}
