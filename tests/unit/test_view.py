"""View trees: plain JSON nodes, attribute names normalised, empty parts dropped."""

from __future__ import annotations

import json

from connectwisely.widgets.view import el, guide_link, meter, table


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
