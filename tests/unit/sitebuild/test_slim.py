"""Slimmed modules: the prose goes, the code and its line numbers stay."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

from connectwisely.sitebuild.slim import slim

PACKAGE = Path(__file__).resolve().parents[3] / "py" / "connectwisely"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # a module docstring goes entirely: ``from __future__`` may follow it
        (
            '"""Doc."""\nfrom __future__ import annotations\n',
            "\nfrom __future__ import annotations\n",
        ),
        # a function's docstring becomes ``...`` on as many lines
        (
            'def f():\n    """One.\n\n    Two."""\n    return 1\n',
            "def f():\n    ...\n\n\n    return 1\n",
        ),
        ('def f():\n    "only a docstring"\n', "def f():\n    ...\n"),
        # a class keeps its docstring (dataclasses would write one at import time)
        ('class A:\n    """Kept."""\n    x = 1\n', 'class A:\n    """Kept."""\n    x = 1\n'),
        # comments go with the blanks before them; a coding cookie stays
        ("# -*- coding: utf-8 -*-\nx = 1  # one\n# alone\n", "# -*- coding: utf-8 -*-\nx = 1\n\n"),
        # a "#" or a string inside code is code
        ('x = "# not a comment"\ny = "a" % x\n', 'x = "# not a comment"\ny = "a" % x\n'),
        ('print("a"\n      "b")\n', 'print("a"\n      "b")\n'),
        # what the build's Python cannot compile is shipped as it is
        ("x = (  # open\n", "x = (  # open\n"),
        ("def f(:\n    pass  # bad\n", "def f(:\n    pass  # bad\n"),
    ],
)
def test_slim_drops_comments_and_string_statements_and_keeps_the_rest(source, expected):
    assert slim(source) == expected


def _shape(source: str) -> list[tuple[str, int, int]]:
    """Every node but string-only and ``...`` statements, with where it starts."""
    tree = ast.parse(source)
    prose = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and (isinstance(node.value.value, str) or node.value.value is Ellipsis)
    }
    return [
        (type(node).__name__, node.lineno, node.col_offset)
        for node in ast.walk(tree)
        if hasattr(node, "lineno") and id(node) not in prose and not _is_prose_expr(node, prose)
    ]


def _is_prose_expr(node: ast.AST, prose: set[int]) -> bool:
    return isinstance(node, ast.Expr) and id(node.value) in prose


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_slimming_the_package_keeps_every_statement_on_its_line(path):
    """Each module of the package, slimmed: the same code at the same line and column."""
    source = path.read_text(encoding="utf-8")
    slimmed = slim(source)
    assert slimmed != source  # every module has a docstring or a comment
    assert slimmed.count("\n") == source.count("\n")
    assert _shape(slimmed) == _shape(source)
    tokens = tokenize.generate_tokens(io.StringIO(slimmed).readline)
    assert not [t.string for t in tokens if t.type == tokenize.COMMENT]
