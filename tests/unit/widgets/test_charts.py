"""Bar charts as view trees: the SVG's structure and accessibility, bar geometry, the table
behind it, and only tags and attributes the page's builder allows."""

from __future__ import annotations

import json

import pytest

from connectwisely.widgets.charts import bar_chart, nice_ceiling, number
from tests.support.view_tree import assert_only_allowed


def walk(node, in_svg=False):
    if isinstance(node, str):
        return
    svg = in_svg or node["tag"] == "svg"
    yield node, svg
    for child in node.get("children", []):
        yield from walk(child, svg)


def find(node, tag):
    return [n for n, _ in walk(node) if n["tag"] == tag]


def text_of(node) -> str:
    if isinstance(node, str):
        return node
    return "".join(text_of(c) for c in node.get("children", []))


PAIRS = [("2024-01", 3), ("2024-02", 0), ("2024-03", 12), ("2024-04", 7)]


@pytest.mark.parametrize("horizontal", [False, True])
def test_only_allowed_tags_and_attributes_are_used(horizontal):
    """Every tag and attribute is on the page builder's allowlist; nothing carries style."""
    chart = bar_chart(PAIRS, title="T", description="D", horizontal=horizontal, data_chart="x")
    assert_only_allowed(chart)
    assert "style" not in json.dumps(chart) and "fill" not in json.dumps(chart)


def test_the_svg_is_a_labelled_image_with_title_and_description():
    """role=img with an aria-label, then <title> and <desc> as its first children."""
    chart = bar_chart(PAIRS, title="New connections", description="Jan to Apr 2024")
    (svg,) = find(chart, "svg")
    assert svg["attrs"]["role"] == "img"
    assert svg["attrs"]["aria-label"] == "New connections. Jan to Apr 2024"
    assert [c["tag"] for c in svg["children"][:2]] == ["title", "desc"]
    assert svg["attrs"]["viewBox"].startswith("0 0 ")


@pytest.mark.parametrize("horizontal", [False, True])
def test_one_bar_per_pair_sized_by_value(horizontal):
    """One rect per pair in order, each with its label and value; the longest is the biggest."""
    chart = bar_chart(PAIRS, title="T", horizontal=horizontal)
    bars = [r for r in find(chart, "rect") if "cw-bar" in r["attrs"]["class"]]
    assert [(b["attrs"]["data-label"], b["attrs"]["data-value"]) for b in bars] == [
        (label, str(value)) for label, value in PAIRS
    ]
    size = "width" if horizontal else "height"
    sizes = [float(b["attrs"][size]) for b in bars]
    assert sizes.index(max(sizes)) == 2
    assert [text_of(b) for b in bars][2] == "2024-03: 12"


def test_the_table_repeats_every_figure():
    """The table behind the chart has the caption, the column names and every pair."""
    chart = bar_chart(PAIRS, title="New connections", columns=("Month", "Connections"))
    (details,) = find(chart, "details")
    (table,) = find(details, "table")
    assert text_of(find(table, "caption")[0]) == "New connections"
    assert [text_of(th) for th in find(table, "th")] == ["Month", "Connections"]
    rows = [[text_of(td) for td in find(tr, "td")] for tr in find(find(table, "tbody")[0], "tr")]
    assert rows == [[label, str(value)] for label, value in PAIRS]


def test_ticks_are_chosen_by_the_caller_or_spaced_evenly():
    """A tick function picks the axis labels; by default about eight are drawn."""
    many = [(f"m{i}", i) for i in range(40)]
    default = [t for t in find(bar_chart(many, title="T"), "text") if text_of(t).startswith("m")]
    assert 5 <= len(default) <= 8
    chosen = bar_chart(many, title="T", tick=lambda i, label: "X" if i == 3 else None)
    assert [text_of(t) for t in find(chosen, "text") if text_of(t) == "X"] == ["X"]


def test_empty_zero_and_long_labels_draw_without_error():
    """No pairs, all zeros, and a very long label each give a valid chart."""
    assert find(bar_chart([], title="T"), "svg")
    zeros = bar_chart([("a", 0), ("b", 0)], title="T", horizontal=True)
    assert all(float(r["attrs"]["width"]) >= 1 for r in find(zeros, "rect"))
    long = bar_chart([("word " * 40, 3)], title="T", horizontal=True)
    label = find(long, "text")[0]
    assert len(text_of(label)) <= 52 and text_of(label).endswith("…")
    assert text_of(find(long, "td")[0]) == "word " * 40


@pytest.mark.parametrize(
    ("value", "top"), [(0, 1), (1, 1), (7, 10), (12, 20), (230, 250), (4_100, 5_000), (0.3, 0.5)]
)
def test_nice_ceiling(value, top):
    """An axis top is the next 1, 2, 2.5 or 5 times a power of ten."""
    assert nice_ceiling(value) == pytest.approx(top)


@pytest.mark.parametrize(
    ("value", "text"), [(1234, "1,234"), (2.5, "2.5"), (3.0, "3"), (0.125, "0.12")]
)
def test_number(value, text):
    """Numbers are written with thousands separators and at most two decimals."""
    assert number(value) == text
