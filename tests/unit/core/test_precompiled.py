"""Precompiled patterns: a table made for this interpreter gives ``re.compile`` the very
patterns ``re`` would make; a table made for another runtime changes nothing."""

from __future__ import annotations

import re
from re import _compiler, _parser

import pytest

from connectwisely.core import precompiled

SAMPLES = [
    (r"\b(?:whats\s?app|telegram)\b", re.IGNORECASE),
    (r"(?P<amount>\d[\d,.]*)\s?(?P<unit>usd|eur)", re.IGNORECASE),
    (r"(?<![\d.,])0\d{2,4}[\s.-]\d{3,4}", 0),
    (r"(?x) gebühr \s+ (?: zahlen | überweisen )", re.IGNORECASE),
    (r"[аеорсхуі]+(?!\w)", 0),
    (r"^\s*$", re.MULTILINE),
]
TEXTS = [
    "Text me on WhatsApp: 0301 555 1234, fee 1,200 USD",
    "Bitte die Gebühr  überweisen",
    "а сор\n\nend",
]


def compile_here(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile``, in this interpreter."""
    parsed = _parser.parse(pattern, flags)
    index = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        index[i] = name
    code = _compiler._code(parsed, flags)
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        dict(parsed.state.groupdict),
        tuple(index),
    )


def table(patterns, key=None) -> bytes:
    rows = []
    for pattern, flags in patterns:
        final, code, groups, groupindex, indexgroup = compile_here(pattern, flags)
        rows.append(
            (
                precompiled.key_of(pattern, flags),
                final,
                precompiled.words(code),
                groups,
                groupindex,
                indexgroup,
            )
        )
    return precompiled.dumps(key or precompiled.runtime_key(), rows)


@pytest.fixture
def installed():
    yield precompiled.install(table(SAMPLES))
    precompiled.uninstall()


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_pattern_from_the_table_matches_as_re_would(installed, pattern, flags):
    """Same pattern text, flags, groups and the same matches on every text."""
    assert installed == len(SAMPLES)
    ours, theirs = re.compile(pattern, flags), precompiled._original_compile(pattern, flags)
    assert ours is not theirs  # built from the table, not by re
    assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        theirs.groupindex,
    )
    for text in TEXTS:
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_re_functions_given_a_pattern_text_use_the_table(installed):
    """re.search(r"...") compiles through the same step as re.compile: built from the table."""
    pattern, flags = SAMPLES[1]
    assert precompiled.report()["built"] == 0
    assert re.search(pattern, "fee 1,200 USD", flags).group("unit") == "USD"
    assert precompiled.report() == {"table": len(SAMPLES), "built": 1, "differing": []}


def test_the_same_call_returns_the_same_object(installed):
    """A pattern compiled twice is built once, as re's cache would give it."""
    pattern, flags = SAMPLES[0]
    assert re.compile(pattern, flags) is re.compile(pattern, re.RegexFlag(flags))


@pytest.mark.parametrize(
    "call",
    [
        lambda: re.compile(r"not in the table\d+"),
        lambda: re.compile(SAMPLES[0][0]),  # in the table, but with other flags
        lambda: re.compile(rb"bytes \w+"),
    ],
)
def test_a_pattern_the_table_lacks_is_compiled_by_re(installed, call):
    """It still compiles (and matches) as usual."""
    compiled = call()
    assert compiled.search(compiled.pattern[:4]) is not None or compiled.pattern


def test_a_table_for_another_runtime_changes_nothing():
    """Another _sre magic number: nothing installed, re.compile untouched."""
    magic, size, repeat, version = precompiled.runtime_key()
    assert precompiled.install(table(SAMPLES, (magic + 1, size, repeat, version))) == 0
    assert _compiler.compile is precompiled._original_compile


def _tampered(index: int, old: int | None, new: int) -> bytes:
    """The samples' table with the opcode word ``old`` (None: the first) of row ``index`` made
    ``new``."""
    key, rows = precompiled.loads(table(SAMPLES))
    row = list(rows[index])
    at = 0 if old is None else row[2].index(old.to_bytes(4, "little"))
    row[2] = row[2][:at] + new.to_bytes(4, "little") + row[2][at + 4 :]
    rows[index] = tuple(row)
    return precompiled.dumps(key, rows)


def test_the_report_names_a_row_that_differs_from_re():
    """A tampered row (its "u" made "x") is named; the faithful ones are not."""
    precompiled.install(_tampered(1, ord("u"), ord("x")))
    try:
        for pattern, flags in SAMPLES[:3]:
            re.compile(pattern, flags)
        report = precompiled.report()
    finally:
        precompiled.uninstall()
    assert report == {"table": len(SAMPLES), "built": 3, "differing": [SAMPLES[1][0]]}


def test_a_row_sre_refuses_is_compiled_by_re():
    """Opcodes _sre rejects (a broken table) fall back to re: the pattern still works."""
    precompiled.install(_tampered(0, None, 999_999))  # its first opcode made unknown
    try:
        compiled = re.compile(*SAMPLES[0])
    finally:
        precompiled.uninstall()
    assert compiled.search("ping me on Telegram").group(0) == "Telegram"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("ab", 0), ("ba", 0)),
        (("ab", 0), ("ab", re.I)),
        (("ab", 0), ("abc", 0)),
        (("é", 0), ("e", 0)),
    ],
)
def test_keys_tell_patterns_and_flags_apart(a, b):
    assert precompiled.key_of(*a) != precompiled.key_of(*b)
