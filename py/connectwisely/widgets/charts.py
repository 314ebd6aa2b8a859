"""Bar charts as view trees: inline SVG drawn here, with the same figures in a table.

Generic: any tool can chart ``(label, value)`` pairs. The SVG carries no colours — only classes
(``cw-bar``, ``cw-grid``, ``cw-axis``, ``cw-chart-text``) that the site's stylesheet paints from
the theme's variables, so light and dark mode both work. The picture is ``role="img"`` with an
``aria-label``, a ``<title>`` and a ``<desc>``; the table behind it (in a ``<details>``) gives
screen readers and careful readers every number.

    bar_chart(pairs, title=..., description=..., horizontal=False, columns=("Month", "Count"),
              tick=lambda i, label: ..., value_text=lambda v: ...) -> view node (a <figure>)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from ..core.text import shorten
from .view import el, table

WIDTH = 480  # vertical charts, in SVG units (the picture scales to the page)
HEIGHT = 200
LEFT, RIGHT, TOP, BOTTOM = 48, 8, 12, 28
ROW = 40  # horizontal charts: one label line and one bar per row
NARROW = 400  # horizontal charts' width: labels stay legible on a phone
LABEL_UNITS = 44  # longest label drawn in a horizontal chart (the table has it whole)


def number(value: float) -> str:
    """``1234`` as ``1,234``; fractions keep up to two decimals."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above ``value`` (an axis' top)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power  # pragma: no cover (the loop always returns)


def _fmt(x: float) -> str:
    """SVG coordinates: short and deterministic."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _every(n: int, most: int) -> Callable[[int, str], str | None]:
    step = max(1, math.ceil(n / most))
    return lambda i, label: label if i % step == 0 else None


def _vertical(pairs, tick, value_text) -> tuple[list[dict], int, int]:
    n = len(pairs)
    top = nice_ceiling(max((v for _, v in pairs), default=0))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    band = plot_w / max(n, 1)
    parts: list[dict] = []
    for step in range(5):  # grid lines and their values: 0, ¼, ½, ¾ and all of the top
        value = top * step / 4
        y = TOP + plot_h - plot_h * step / 4
        parts.append(
            el("line", x1=LEFT, x2=WIDTH - RIGHT, y1=_fmt(y), y2=_fmt(y), class_="cw-grid")
        )
        parts.append(
            el(
                "text",
                value_text(value),
                x=LEFT - 6,
                y=_fmt(y + 4),
                text_anchor="end",
                class_="cw-chart-text",
            )
        )
    bars, ticks = [], []
    for i, (label, value) in enumerate(pairs):
        height = plot_h * value / top
        x = LEFT + band * i + band * 0.1
        bars.append(
            el(
                "rect",
                el("title", f"{label}: {value_text(value)}"),
                x=_fmt(x),
                y=_fmt(TOP + plot_h - height),
                width=_fmt(max(band * 0.8, 0.6)),
                height=_fmt(height),
                class_="cw-bar",
                data_label=label,
                data_value=value,
            )
        )
        text = tick(i, label)
        if text:
            ticks.append(
                el(
                    "text",
                    text,
                    x=_fmt(LEFT + band * (i + 0.5)),
                    y=HEIGHT - BOTTOM + 18,
                    text_anchor="middle",
                    class_="cw-chart-text",
                )
            )
    base = TOP + plot_h
    parts.append(el("g", *bars))
    parts.append(el("line", x1=LEFT, x2=WIDTH - RIGHT, y1=base, y2=base, class_="cw-axis"))
    parts.append(el("g", *ticks))
    return parts, WIDTH, HEIGHT


def _horizontal(pairs, value_text) -> tuple[list[dict], int, int]:
    top = max((v for _, v in pairs), default=0) or 1
    room = NARROW - 64  # the longest bar leaves room for its value
    parts: list[dict] = []
    for i, (label, value) in enumerate(pairs):
        y = 4 + ROW * i
        width = room * value / top
        parts.append(
            el(
                "g",
                el(
                    "text",
                    shorten(label, LABEL_UNITS, ellipsis="…") or "…",
                    x=0,
                    y=y + 13,
                    class_="cw-chart-text",
                ),
                el(
                    "rect",
                    el("title", f"{label}: {value_text(value)}"),
                    x=0,
                    y=y + 19,
                    width=_fmt(max(width, 1)),
                    height=14,
                    class_="cw-bar",
                    data_label=label,
                    data_value=value,
                ),
                el(
                    "text",
                    value_text(value),
                    x=_fmt(max(width, 1) + 6),
                    y=y + 31,
                    class_="cw-chart-text cw-chart-value",
                ),
            )
        )
    return parts, NARROW, ROW * len(pairs) + 8


def bar_chart(
    pairs: Sequence[tuple[str, float]],
    *,
    title: str,
    description: str = "",
    horizontal: bool = False,
    columns: tuple[str, str] = ("Label", "Value"),
    tick: Callable[[int, str], str | None] | None = None,
    value_text: Callable[[float], str] = number,
    table_summary: str = "The figures as a table",
    **attrs: object,
) -> dict:
    """A ``<figure>``: an SVG bar chart of ``pairs`` and, below it, the same figures as a table.

    Vertical bars suit a series in order (months); ``tick(i, label)`` gives the axis text under
    bar ``i`` (None for none; default: about eight evenly spaced labels). Horizontal bars suit
    ranked names, each label written above its bar. ``attrs`` go on the figure (``data_…``).
    """
    pairs = [(str(label), value) for label, value in pairs]
    if horizontal:
        parts, width, height = _horizontal(pairs, value_text)
    else:
        parts, width, height = _vertical(pairs, tick or _every(len(pairs), 8), value_text)
    label = title + (f". {description}" if description else "")
    svg = el(
        "svg",
        el("title", title),
        el("desc", description) if description else None,
        *parts,
        viewBox=f"0 0 {width} {height}",
        width=width,
        height=height,
        role="img",
        aria_label=label,
        focusable="false",
        preserveAspectRatio="xMinYMin meet",
    )
    figures = table(
        title,
        list(columns),
        [[name, value_text(value)] for name, value in pairs],
    )
    kind = "cw-chart cw-chart-horizontal" if horizontal else "cw-chart cw-chart-vertical"
    return el(
        "figure",
        el("figcaption", title, class_="cw-chart-title"),
        svg,
        el("details", el("summary", table_summary), figures, class_="cw-chart-table"),
        class_=kind,
        **attrs,
    )


__all__ = ["bar_chart", "nice_ceiling", "number"]
