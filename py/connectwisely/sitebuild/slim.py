"""Python source as the browser needs it: without comments and docstrings, on the same lines.

A reader's phone downloads the trimmed standard library and the tools' wheel before a tool
answers, and a third of those bytes are prose for people reading the source. The browser only
runs it, so the build leaves the prose out, as ``python -OO`` does for docstrings (``__doc__``
is ``None``): comments go, and every statement that is only a string literal (docstrings, and
the rare no-op string; a class keeps its docstring) becomes ``...`` in a block, and nothing at the top level. Line numbers are kept, so a traceback from the browser
still points at the right line of the source in the repository.

The source is read with the build's own tokenizer, which may be older than the runtime's
Python: a file it cannot compile (newer syntax, which an older tokenizer may misread), or whose
slimmed text it cannot compile, is shipped as it is.
"""

from __future__ import annotations

import io
import re
import tokenize

_CODING = re.compile(r"^[ \t\f]*#.*?coding[:=]")  # PEP 263: must stay on line 1 or 2
_LAYOUT = {tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}


def slim(source: str) -> str:
    """``source`` without comments and string-only statements, line numbers unchanged."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return source
    starts = _line_starts(source)

    def offset(row_col: tuple[int, int]) -> int:
        return starts[row_col[0] - 1] + row_col[1]

    cuts: list[tuple[int, int, str]] = []
    for tok in tokens:
        if tok.type == tokenize.COMMENT and not (tok.start[0] <= 2 and _CODING.match(tok.line)):
            cuts.append((_blank_before(source, offset(tok.start)), offset(tok.end), ""))
    for first, last in _string_statements(tokens):
        # at the top level, nothing (a docstring may precede ``from __future__`` imports);
        # in a block, ``...`` (the block may hold nothing else)
        stand_in = ("..." if first.start[1] else "") + "\n" * (last.end[0] - first.start[0])
        cuts.append((offset(first.start), offset(last.end), stand_in))
    slimmed = _apply(source, cuts)
    return slimmed if _still_compiles(source, slimmed) else source


def _line_starts(source: str) -> list[int]:
    starts, total = [0], 0
    for line in source.splitlines(keepends=True):
        total += len(line)
        starts.append(total)
    return starts


def _blank_before(source: str, at: int) -> int:
    """Where the spaces before a comment start, so a cut leaves no trailing blanks."""
    while at > 0 and source[at - 1] in " \t":
        at -= 1
    return at


def _string_statements(tokens: list[tokenize.TokenInfo]):
    """(first, last) token of each logical line made only of string literals, but a class's
    docstring: without one, ``@dataclass`` writes one from the signature at import time."""
    line: list[tokenize.TokenInfo] = []
    after_class = False
    for tok in tokens:
        if tok.type in _LAYOUT:
            continue
        if tok.type not in (tokenize.NEWLINE, tokenize.ENDMARKER):
            line.append(tok)
            continue
        if line and all(t.type == tokenize.STRING for t in line) and not after_class:
            yield line[0], line[-1]
        after_class = bool(line) and line[0].string == "class" and line[-1].string == ":"
        line = []


def _apply(source: str, cuts: list[tuple[int, int, str]]) -> str:
    parts, at = [], 0
    for start, end, text in sorted(cuts):
        if start < at:  # a comment inside a cut string statement's lines
            continue
        parts += [source[at:start], text]
        at = end
    return "".join([*parts, source[at:]])


def _still_compiles(original: str, slimmed: str) -> bool:
    """Whether the build's Python compiles both texts (so it read the tokens right)."""
    try:
        compile(original, "<original>", "exec", dont_inherit=True)
        compile(slimmed, "<slimmed>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True
