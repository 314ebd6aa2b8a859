"""The network review's people sections as the page shows them, from the hand-counted
samples: each list titled with its count, names linked, a note button where one helps."""

from __future__ import annotations

import json

from connectwisely import review_network
from connectwisely.widgets.network_people import people_sections
from tests.support.paths import SAMPLES


def result(**kwargs) -> dict:
    return review_network(
        (SAMPLES / "Connections.csv").read_text(encoding="utf-8"),
        messages_csv=(SAMPLES / "messages.csv").read_text(encoding="utf-8"),
        today="2025-11-25",
        **kwargs,
    )


def lists(view) -> dict[str, dict]:
    found = {}

    def walk(node):
        if isinstance(node, dict):
            if "data-list" in node.get("attrs", {}):
                found[node["attrs"]["data-list"]] = node
            for child in node.get("children", []):
                walk(child)

    walk(view)
    return found


def test_every_section_is_there_with_its_count():
    """Reconnect, who-I-know, went quiet, they wrote last, and the comparison lists."""
    earlier = (SAMPLES / "Connections.csv").read_text(encoding="utf-8")
    view = people_sections(result(company="Lumen Freight", earlier_csv=earlier))
    found = lists(view)
    assert list(found) == [
        "reconnect", "who-i-know", "went-quiet", "unanswered", "congratulate", "new", "gone",
    ]  # fmt: skip
    text = json.dumps(view, ensure_ascii=False)
    for title in (
        "People to reconnect with (4)",
        "Who you know at Lumen Freight (2)",
        "Conversations that went quiet (2)",
        "They wrote last (2)",
        "+0 connections",
    ):
        assert title in text, title
    assert "Coffee soon" not in text  # never message text


def test_reconnect_rows_link_the_profile_and_offer_a_note():
    """Each person: a profile link, when and how long connected, and a Draft button."""
    view = lists(people_sections(result(interests="halden")))["reconnect"]
    text = json.dumps(view, ensure_ascii=False)
    assert '"data-profile": "https://www.linkedin.com/in/wrencastellano"' in text
    assert "2019-06-14 (6 years)" in text
    assert '"data-value": "Wren Castellano"' in text
    # the bare company: the drafter places it in the note's language (issue 26), no English around it
    assert "Halden Robotics GmbH" in text and "your work at" not in text


def test_top_companies_and_functions_can_be_picked_not_typed():
    """Under the company chart, a button per top company looks it up; under the functions,
    a button per function fills the reconnect words. Each resubmits the form."""
    from connectwisely.widgets.network_figures import companies, roles

    review = result()
    picks = {}
    for view in (companies(review), roles(review)):
        for node in json.loads(json.dumps(view))["children"]:
            if node.get("attrs", {}).get("class") == "cw-pickers":
                for button in node["children"][2:]:
                    attrs = button["attrs"]
                    assert attrs["data-action"] == "resubmit"
                    picks.setdefault(attrs["data-field"], []).append(attrs["data-value"])
    assert picks["company"] == [name for name, _ in review["top_companies"]]
    assert "Engineering" in picks["interests"] and "Unclassified" not in picks["interests"]
    again = result(interests="Design")
    assert again["reconnect"]["count"] == 2  # Yara and Sunniva, by function
