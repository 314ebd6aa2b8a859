"""The note drafter's widget: its form (field names = API keys) and its result view (draft
cards with data-draft, copy / edit / more-like-this buttons, the follow-up, the reminder)."""

from __future__ import annotations

import json
import re

from connectwisely import draft_notes
from connectwisely.core.guide import link
from connectwisely.sitebuild.forms_html import render_form
from connectwisely.widgets import submit
from connectwisely.widgets.note_draft import FORM, present
from tests.support.view_tree import assert_only_allowed

SUBMITTED = {
    "name": "Hannah Becker",
    "relationship": "met-at-event",
    "detail": "the DevOpsDays Berlin hallway track",
    "purpose": "stay-in-touch",
    "tone": "warm",
    "limit": "200",
    "my_name": "",
    "variant": "",
}


def walk(node):
    yield node
    if isinstance(node, dict):
        for child in node.get("children", []):
            yield from walk(child)


def elements(view, **attrs):
    return [
        n
        for n in walk(view)
        if isinstance(n, dict) and all(n.get("attrs", {}).get(k) == v for k, v in attrs.items())
    ]


def text_of(node) -> str:
    return "".join(n for n in walk(node) if isinstance(n, str))


def test_form_fields_are_the_api_keys():
    """The form's field names are draft_notes' keys; it renders as note-draft with radios."""
    assert [f.name for f in FORM.fields] == [
        "name", "relationship", "detail", "purpose", "tone", "limit", "language", "my_name",
        "variant",
    ]  # fmt: skip
    assert FORM.name == "note-draft"
    html = render_form(FORM)
    assert 'data-widget="note-draft"' in html and 'type="submit"' in html
    for name in ("name", "detail", "my_name", "variant"):
        assert f'name="{name}"' in html
    assert re.search(r'type="radio"[^>]*name="limit"[^>]*value="300"', html)


def test_a_submitted_form_gives_the_apis_drafts():
    """Strings from the page become the API call; the result is the API's own."""
    answer = submit("note-draft", SUBMITTED)
    context = {k: v for k, v in SUBMITTED.items() if v} | {"limit": 200}
    assert answer["result"] == draft_notes(context)
    assert answer["headline"] == {}
    json.dumps(answer)  # all JSON


def test_each_draft_is_a_card_with_its_text_count_and_buttons():
    """Each card holds the draft in its data-draft element, whose text is exactly the draft
    (no heading, counter or button inside it); then the count, a summary, Copy, Edit."""
    result = draft_notes({k: v for k, v in SUBMITTED.items() if v} | {"limit": 200})
    view = present(result)
    cards = [
        n
        for n in walk(view)
        if isinstance(n, dict) and "cw-draft" in n.get("attrs", {}).get("class", "").split()
    ]
    assert len(cards) == len(result["drafts"]) == 3
    for card, draft in zip(cards, result["drafts"], strict=True):
        (holder,) = [
            n for n in walk(card) if isinstance(n, dict) and "data-draft" in n.get("attrs", {})
        ]
        assert holder["attrs"]["data-draft"] == draft["text"] == text_of(holder)
        assert not any(isinstance(c, dict) for c in holder.get("children", []))
        assert f"{draft['length']} / 200" in text_of(card)
        (copy,) = elements(card, **{"data-action": "copy"})
        assert copy["attrs"]["data-copy"] == draft["text"]
        (edit,) = elements(card, **{"data-action": "send"})
        assert edit["attrs"]["data-widget"] == "note-lint"
        assert edit["attrs"]["data-field"] == "message"
        assert edit["attrs"]["data-value"] == draft["text"]
        assert json.loads(edit["attrs"]["data-also"]) == {"limit": "200"}


def test_more_like_this_asks_for_the_next_variant():
    """The resubmit button carries variant + 1."""
    result = draft_notes({"name": "Ana", "variant": 4})
    (more,) = elements(present(result), **{"data-action": "resubmit"})
    assert more["attrs"] == {
        "class": "md-button",
        "data-action": "resubmit",
        "data-field": "variant",
        "data-value": "5",
    }


def test_follow_up_and_reminder_are_shown():
    """The message after they accept is its own copyable card (not a draft); the free-account
    reminder says five a month and links the guide."""
    result = draft_notes({"name": "Ana", "relationship": "cold", "purpose": "job"})
    view = present(result)
    (follow,) = elements(view, **{"data-follow-up": ""})
    assert "data-draft" not in follow["attrs"]
    assert result["follow_up"]["text"] in text_of(follow)
    assert elements(follow, **{"data-action": "copy", "data-copy": result["follow_up"]["text"]})
    everything = text_of(view)
    assert "five" in everything and "free accounts" in everything
    guides = {
        n["attrs"]["data-guide"]
        for n in walk(view)
        if isinstance(n, dict) and "data-guide" in n.get("attrs", {})
    }
    assert link("personalised-notes") in guides and link("after-accept") in guides
    assert all(h in everything for h in result["hints"])


def test_the_view_uses_only_allowed_tags_and_keeps_markup_as_text():
    """Only tags the page (view.js) builds; a hostile name is read as text (its tags dropped,
    the drafts greet neutrally, a hint says so), never markup."""
    hostile = '<img src=x onerror="alert(1)">'
    view = present(draft_notes({"name": hostile, "detail": "<script>x</script> at PyCon"}))
    assert_only_allowed(view)
    for node in walk(view):
        if isinstance(node, dict):
            assert not any(
                k.startswith("on") or k in ("href", "style") for k in node.get("attrs", {})
            )
    assert not any(isinstance(n, dict) and n["tag"] in ("img", "script") for n in walk(view))
    assert any(isinstance(n, str) and "read as plain text" in n for n in walk(view))
