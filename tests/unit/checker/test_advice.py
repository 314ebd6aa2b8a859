"""Next steps per verdict, and the reply suggested for "reply first"."""

from __future__ import annotations

import pytest

from connectwisely.checker.advice import next_steps, suggested_reply
from connectwisely.checker.facts import Facts
from connectwisely.core.guide import PAGES


@pytest.mark.parametrize(
    ("verdict", "rule", "word"),
    [
        ("report", "red", "Report / Block"),
        ("ignore", "warning", "Ignore"),
        ("accept", "context", "Accept"),
        ("reply-first", "known-but-doubtful", "really theirs"),
        ("reply-first", "unknown", "About this profile"),
    ],
)
def test_each_verdict_has_its_steps(verdict, rule, word):
    """Every verdict lists steps with real guide links, and says the key action."""
    steps = next_steps(verdict, rule, set())
    assert any(word in s["text"] for s in steps)
    assert all(s["guide"] is None or s["guide"] in PAGES.values() for s in steps)


def test_a_reply_only_for_reply_first():
    """Only "reply first" suggests a reply; it greets the sender by first name."""
    facts = Facts(name="Dr. Ana Lima")
    assert suggested_reply("accept", "context", facts, set()) is None
    reply = suggested_reply("reply-first", "some-reason", facts, set())
    assert reply.startswith("Hi Ana,") and reply.endswith("?")


@pytest.mark.parametrize(
    ("fired", "rule", "words"),
    [
        ({"RQ031"}, "some-reason", "where we crossed paths"),
        ({"RQ017"}, "some-reason", "refer"),
        ({"RQ040"}, "some-reason", "talk about"),
        (set(), "unknown", "Have we met"),
        (set(), "warning-but-known", "new account"),
        (set(), "softened", "new account"),
        ({"RQ045"}, "some-reason", "careers page"),
        ({"RQ041"}, "some-reason", "Which team"),
    ],
)
def test_the_reply_fits_what_was_found(fired, rule, words):
    """A claimed past asks where you met; a job ask gets a kind no; a stranger gets 'have we met?'."""
    assert words in suggested_reply("reply-first", rule, Facts(), fired)


@pytest.mark.parametrize("fired", [set(), {"RQ042"}, {"RQ041"}])
def test_the_reply_thanks_for_a_note_only_when_there_was_one(fired):
    """With no note, the reply thanks them for the invitation; with one, for the note."""
    bare = suggested_reply("reply-first", "some-reason", Facts(), fired)
    noted = suggested_reply(
        "reply-first", "some-reason", Facts(message="Hi, saw your talk."), fired
    )
    assert "note" not in bare and "thanks for the invitation" in bare
    assert "thanks for your note" in noted


def test_check_first_steps_read_the_guides_checks():
    """A move to another channel from a profile that stands up: the steps keep it on LinkedIn
    and list each of core.report_rules' checks (careers site, e-mail domain, badge) with its
    own guide link, and never say to report."""
    from connectwisely.core.guide import link
    from connectwisely.core.report_rules import CHECKS, plain

    steps = next_steps("reply-first", "check-first", {"RQ052"})
    texts = [s["text"] for s in steps]
    assert any("on LinkedIn" in t for t in texts)
    for rule in CHECKS:
        assert {"text": plain(rule.text), "guide": link(rule.guide)} in steps
    assert not any("Report" in t for t in texts)


def test_check_first_reply_keeps_it_on_linkedin():
    """The reply for check-first asks to stay here, or for a work e-mail, and is a question."""
    reply = suggested_reply(
        "reply-first", "check-first", Facts(name="Ana Lima", message="Hi"), {"RQ052"}
    )
    assert reply.startswith("Hi Ana,") and "LinkedIn" in reply and "work e-mail" in reply
    assert reply.endswith("?")
