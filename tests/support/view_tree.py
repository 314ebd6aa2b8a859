"""Walking a widget's view tree, and checking it against the page builder's allowlist."""

from __future__ import annotations

import re
from collections.abc import Iterator

from connectwisely.widgets.view import (
    ALLOWED_ATTRIBUTE_PATTERN,
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    Node,
)


def walk(node: Node, svg: bool = False) -> Iterator[tuple[Node, bool]]:
    """Every node (text nodes too) with whether it stands inside an ``<svg>``, as build() sees it."""
    if isinstance(node, str):
        yield node, svg
        return
    inside = svg or node["tag"] == "svg"
    yield node, inside
    for child in node.get("children", []):
        yield from walk(child, inside)


def assert_only_allowed(view: Node) -> None:
    """Every element is a tag the page builds where it stands, with allowed attributes only."""
    for node, svg in walk(view):
        if isinstance(node, str):
            continue
        assert node["tag"] in ALLOWED_TAGS["svg" if svg else "html"], node["tag"]
        for name in node.get("attrs", {}):
            assert name in ALLOWED_ATTRIBUTES or re.fullmatch(ALLOWED_ATTRIBUTE_PATTERN, name), name
