"""View trees: plain JSON nodes, attribute names normalised, empty parts dropped, and the
page builder's allowlist (view.js, beside widgets.js) kept the same as the Python table."""

from __future__ import annotations

import json
import re

from connectwisely.widgets.view import (
    ALLOWED_ATTRIBUTE_PATTERN,
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    el,
    guide_link,
    meter,
    table,
)
from tests.support.paths import ROOT
from tests.support.view_tree import assert_only_allowed

VIEW_JS = ROOT / "overrides" / "assets" / "connectwisely" / "view.js"


def js_word_set(script: str, name: str) -> set[str]:
    """The words of ``const NAME = new Set(("a b " + "c").split(" "));`` in view.js."""
    match = re.search(rf'const {name} = new Set\((.*?)\.split\(" "\)\);', script, re.DOTALL)
    assert match, f"view.js no longer declares {name} as a split string literal"
    words = "".join(re.findall(r'"([^"]*)"', match.group(1))).split(" ")
    assert "" not in words and len(words) == len(set(words)), f"{name}: stray or repeated space"
    return set(words)


def test_el_normalises_attributes_and_drops_empties():
    """class_ → class, data_x → data-x, None/False dropped, True → empty attribute."""
    node = el(
        "p", "a", None, "", el("b", "c"), class_="x", data_check="LN1", hidden=True, title=None
    )
    assert node == {
        "tag": "p",
        "attrs": {"class": "x", "data-check": "LN1", "hidden": ""},
        "children": ["a", {"tag": "b", "children": ["c"]}],
    }


def test_views_are_json_and_hostile_text_stays_a_string():
    """A view is JSON; user text is a text child, never parsed as markup here."""
    hostile = "<img src=x onerror=alert(1)>"
    node = el(
        "div",
        hostile,
        guide_link("faq/#x"),
        meter("Risk", 80, class_="cw-risk"),
        table("T", ["a"], [[hostile]]),
    )
    round_trip = json.loads(json.dumps(node))
    assert round_trip == node
    assert node["children"][0] == hostile
    assert node["children"][1]["attrs"] == {"class": "cw-guide", "data-guide": "faq/#x"}


def test_the_allowlist_is_the_one_the_page_builds_with():
    """Tags inside and outside <svg>, attributes and the aria-/data- pattern match view.js."""
    script = VIEW_JS.read_text(encoding="utf-8")
    assert js_word_set(script, "HTML_TAGS") == ALLOWED_TAGS["html"]
    assert js_word_set(script, "SVG_TAGS") == ALLOWED_TAGS["svg"]
    assert js_word_set(script, "ATTRS") == ALLOWED_ATTRIBUTES
    (pattern,) = re.findall(
        r"function allowedAttribute\(name\) \{.*?/\^(.*?)\$/", script, re.DOTALL
    )
    assert pattern == ALLOWED_ATTRIBUTE_PATTERN
    assert set(ALLOWED_TAGS) == {"html", "svg"}


def test_the_helpers_build_only_allowed_views():
    """el, guide_link, meter and table give views the page builds as they are."""
    assert_only_allowed(
        el("section", guide_link("faq/#x"), meter("Risk", 80), table("T", ["a"], [["b"]]))
    )
