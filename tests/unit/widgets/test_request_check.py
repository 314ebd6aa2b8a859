"""The request checker's widget: its form (API field names, unsure-able photo and badge, the
reader's own context) and its result view (verdict badge, meters, steps, signals by kind)."""

from __future__ import annotations

import json
import re

from connectwisely.checker.check import ME_FIELDS, REQUEST_FIELDS
from connectwisely.sitebuild.forms_html import render_form
from connectwisely.widgets import submit
from connectwisely.widgets.request_check import FORM, arguments, present
from tests.support.view_tree import assert_only_allowed


def _tags(node, found=None):
    found = set() if found is None else found
    if isinstance(node, dict):
        found.add(node["tag"])
        for child in node.get("children", []):
            _tags(child, found)
    return found


def _text(node) -> str:
    if isinstance(node, str):
        return node
    return "".join(_text(c) for c in node.get("children", []))


def test_form_field_names_are_the_api_keys_plus_my_context():
    """Every API key is a form field of the same name; the reader's context is me_*."""
    names = [f.name for f in FORM.fields]
    assert set(names) == {f.name for f in REQUEST_FIELDS} | {f"me_{f.name}" for f in ME_FIELDS}
    html = render_form(FORM)
    assert 'data-widget="request-check"' in html and 'type="submit"' in html
    for f in REQUEST_FIELDS:
        assert f'name="{f.name}"' in html
    assert len(re.findall(r"data-remember", html)) == len(ME_FIELDS)


def test_photo_and_badge_can_be_unknown():
    """Not sure / Yes / No become None / True / False; blanks are left out of the request."""
    values = FORM.from_form(
        {"name": "Ana", "has_photo": "", "verified": "no", "mutual_connections": "1,200"}
    )
    assert values["request"] == {"name": "Ana", "verified": False, "mutual_connections": 1200}
    assert values["me"] is None
    assert arguments({"has_photo": "yes"})["request"] == {"has_photo": True}


def test_my_context_becomes_me():
    """me_industry, me_interests and me_company map to ``me``."""
    kwargs = FORM.from_form(
        {
            "text": "x",
            "me_industry": "Biotech",
            "me_interests": "genomics, lab automation",
            "me_company": "",
        }
    )
    assert kwargs["me"] == {"industry": "Biotech", "interests": ["genomics", "lab automation"]}


def test_submit_gives_the_verdict_headline_and_a_safe_view():
    """A scam through the form: data-verdict report, only allowed tags, a guide link per signal."""
    answer = submit(
        "request-check",
        {
            "name": "Angela",
            "message": "Text me on WhatsApp, $35/hour data entry, no experience needed",
        },
    )
    assert answer["headline"] == {"verdict": "report"}
    view = answer["view"]
    assert_only_allowed(view)
    text = json.dumps(view)
    assert '"data-verdict": "report"' in text and "cw-meter" in text
    signals = [s["id"] for s in answer["result"]["signals"]]
    assert text.count('"data-signal"') == len(signals)


def test_the_view_shows_steps_reply_and_what_was_read():
    """Reply-first shows the reply with a copy button; a paste lists the fields it read."""
    answer = submit(
        "request-check",
        {
            "text": "Sam Lee\nRecruiter at Acme\n\nHi, I saw your talk on testing and would love to ask a question."
        },
    )
    result, view = answer["result"], answer["view"]
    assert result["verdict"] == "reply-first"
    flat = json.dumps(view, ensure_ascii=False)
    assert '"data-action": "copy"' in flat
    assert "Read from your paste: their name, their headline, their note." in _text(view)


def test_hostile_text_stays_a_string_in_the_view():
    """Markup typed into any field appears in the view only as text children."""
    hostile = '<img src=x onerror="window.__xss=1">'
    result = submit(
        "request-check",
        {"name": hostile, "headline": hostile, "message": hostile + " loved your post on testing"},
    )
    view = result["view"]
    assert "img" not in _tags(view)
    assert hostile.split(" ")[0] in _text(view)


def test_present_groups_signals_by_kind():
    """Warning signs, trust and relevance each get a section, even when empty."""
    view = present(
        {
            "verdict": "accept", "risk": 0, "relevance": 50, "summary": "Accept.", "why": "x",
            "signals": [{"id": "RQ030", "kind": "trust", "weight": 50, "message": "m", "evidence": "e", "guide": "faq/"}],
            "next_steps": [{"text": "Accept the invitation.", "guide": None}],
            "suggested_reply": None, "fields_read": [],
        }
    )  # fmt: skip
    text = _text(view)
    assert "Warning signs (0)" in text and "Trust (1)" in text and "Relevance to you (0)" in text
    assert "None found." in text


def _badges(node, found=None) -> dict[str, str]:
    """Each shown signal's id → the text of its badge."""
    found = {} if found is None else found
    if isinstance(node, dict):
        if "data-signal" in node.get("attrs", {}):
            found[node["attrs"]["data-signal"]] = _text(node["children"][0])
        for child in node.get("children", []):
            _badges(child, found)
    return found


def test_a_teams_signals_are_badged_as_the_teams():
    """Signals from a team's settings (ids TM… and team:…) are shown as the team's, never
    mistaken for a built-in flag; built-in ones keep theirs."""
    team = {
        "organisation": "Acme",
        "company_domains": ["acme.example"],
        "trusted_phrases": [
            {"id": "alumni", "phrases": ["Acme Alumni Network"], "message": "Real."}
        ],
    }
    submitted = {
        "headline": "Recruiter at Acme",
        "message": "Met you at the Acme Alumni Network. Hiring for Acme, mail jo@acme-jobs.com",
    }
    reply = submit("request-check", submitted, team=team)
    shown = _badges(reply["view"])
    assert shown["TM002"] == "Your team" and shown["TM001"] == "Your team"
    assert shown["team:alumni"] == "Team trust"
    assert_only_allowed(reply["view"])


def test_the_view_lists_how_each_pasted_line_was_read():
    """Every pasted line is listed with what it became, the last contact line included."""
    answer = submit(
        "request-check",
        {
            "text": "Jenna Holt\nRecruiter\nAccept\nRemote assistants wanted, $40 per hour\nApply at hire-now.com"
        },
    )
    lines = answer["result"]["paste_lines"]
    assert [line["read_as"] for line in lines] == [
        "name",
        "headline",
        "interface",
        "message",
        "message",
    ]
    text = _text(answer["view"])
    assert "How each pasted line was read" in text
    assert "Apply at hire-now.com → their note" in text
    assert_only_allowed(answer["view"])
