"""The FAQ answers in place: at least 20 questions, each answered in two or three lines that end
with a link to more, and no tool form on the page."""

from __future__ import annotations

import re

import pytest

from tests.support.docs_pages import DOCS, body, links

TEXT = (DOCS / "faq.md").read_text(encoding="utf-8")
QUESTION = re.compile(r"^### (.+?) \{#([\w-]+)\}\s*$", re.M)
QUESTIONS = dict((anchor, title) for title, anchor in QUESTION.findall(TEXT))
# what the careers adviser heard readers ask most (the list), by anchor
ASKED = (
    "profile-views",
    "boss",
    "no-note",
    "no-connect",
    "ignore-remove",
    "restricted",
    "impersonated",
    "manager-interviewer",
)


def answers() -> dict[str, list[str]]:
    """Each question's answer: its non-blank lines, up to the next heading."""
    parts = re.split(r"^#{2,3} .*\{#([\w-]+)\}\s*$", body(TEXT), flags=re.M)
    found = dict(zip(parts[1::2], parts[2::2], strict=True))
    return {a: [line for line in found[a].splitlines() if line.strip()] for a in QUESTIONS}


def test_at_least_twenty_questions_and_the_ones_readers_ask():
    """Twenty or more questions, the issue's list among them, each a question or a problem."""
    assert len(QUESTIONS) >= 20
    assert [a for a in ASKED if a not in QUESTIONS] == []


@pytest.mark.parametrize("anchor", sorted(QUESTIONS))
def test_each_answer_is_short_and_links_to_more(anchor):
    """Two to five lines as written (two or three on screen), ending with a link to the guide."""
    lines = answers()[anchor]
    assert 2 <= len(lines) <= 5, lines
    assert links("\n".join(lines)), "no link to more"
    assert len(" ".join(lines).split()) >= 15, "an answer, not only a pointer"


def test_no_tool_form_inside():
    """The FAQ links to the tools; it embeds none."""
    assert "```widget" not in TEXT
