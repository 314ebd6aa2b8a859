"""A tiny, safe description of what a tool shows: JSON nodes the page turns into DOM.

A node is a string (a text node) or ``{"tag", "attrs", "children"}``. The page builds it with
``createElement`` and ``textContent`` and an allowlist of tags and attributes, so nothing a
reader typed can become markup. ``data-guide`` holds a site-relative guide URL; the page
turns it into a link that works under any site path.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

Node = dict | str

# The allowlist of the page's builder (``build`` in overrides/assets/connectwisely/view.js),
# which must say exactly the same: tests/unit/widgets/test_view.py compares the two. A tag not
# allowed where it stands (inside or outside an ``<svg>``) is built as a plain ``<span>``; an
# attribute not allowed is dropped.
# fmt: off
ALLOWED_TAGS: Mapping[str, frozenset[str]] = MappingProxyType({
    "html": frozenset({
        "a", "b", "br", "button", "caption", "code", "details", "div", "em", "figcaption",
        "figure", "h3", "h4", "h5", "li", "meter", "ol", "p", "pre", "progress", "section",
        "small", "span", "strong", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "blockquote", "dl", "dt", "dd",
    }),
    "svg": frozenset({
        "svg", "g", "rect", "line", "path", "text", "tspan", "title", "desc", "circle",
        "polyline",
    }),
})
ALLOWED_ATTRIBUTES = frozenset({
    "class", "role", "scope", "colspan", "rowspan", "title", "hidden", "tabindex", "min", "max",
    "low", "high", "optimum", "value", "type", "start", "viewBox", "width", "height", "x", "y",
    "x1", "y1", "x2", "y2", "d", "r", "cx", "cy", "points", "transform", "text-anchor", "dominant-baseline",
    "focusable", "preserveAspectRatio",
})
# fmt: on
# Besides those, any attribute whose whole name matches this (``aria-*`` and ``data-*``).
ALLOWED_ATTRIBUTE_PATTERN = r"(aria|data)-[a-z0-9-]+"


def el(tag: str, *children: Node | None, **attrs: object) -> dict:
    """An element; ``class_`` stands for ``class``, ``data_x``/``aria_x`` for ``data-x``/``aria-x``.

    ``None`` children and attributes are dropped, so optional parts can be written inline.
    """
    out: dict = {"tag": tag}
    clean_attrs = {
        key.rstrip("_").replace("_", "-"): str(value) if not isinstance(value, bool) else ""
        for key, value in attrs.items()
        if value is not None and value is not False
    }
    if clean_attrs:
        out["attrs"] = clean_attrs
    kids = [c for c in children if c is not None and c != ""]
    if kids:
        out["children"] = kids
    return out


def guide_link(url: str, text: str = "Why?") -> dict:
    """A link to a section of the guide (``url`` from :mod:`connectwisely.core.guide`)."""
    return el("a", text, class_="cw-guide", data_guide=url)


def table(caption: str, header: list[str], rows: list[list[Node]], **attrs: object) -> dict:
    """A data table with a caption and column headers (the text alternative for charts).

    Each cell carries its column's name (``data-label``), so a narrow screen can show each row
    as a card of labelled lines instead of squeezing the columns."""
    labels = [*header, *[""] * max(0, max((len(r) for r in rows), default=0) - len(header))]
    return el(
        "table",
        el("caption", caption),
        el("thead", el("tr", *(el("th", h, scope="col") for h in header))),
        el(
            "tbody",
            *(
                el(
                    "tr",
                    *(el("td", cell, data_label=labels[i] or None) for i, cell in enumerate(row)),
                )
                for row in rows
            ),
        ),
        **attrs,
    )


def meter(label: str, value: int, *, low: int = 34, high: int = 67, class_: str = "") -> dict:
    """A labelled 0–100 meter with its number written out beside it."""
    return el(
        "div",
        el("span", f"{label}: {value}/100", class_="cw-meter-label"),
        el(
            "meter",
            min=0,
            max=100,
            low=low,
            high=high,
            optimum=0 if "risk" in class_ else 100,
            value=value,
            aria_label=f"{label} {value} out of 100",
        ),
        class_=f"cw-meter {class_}".strip(),
    )
