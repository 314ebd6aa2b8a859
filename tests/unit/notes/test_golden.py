"""The golden drafts file is current, so every change to the drafts' wording shows in review,
and what it shows is clean: no seam, no cut phrase, nothing over the limit."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from connectwisely.core.text import utf16_len
from tests.support.golden_drafts import GOLDEN
from tests.support.golden_drafts import render as _render

render = lru_cache(maxsize=1)(_render)


def test_golden_file_is_current():
    """tests/golden/drafts.txt matches the drafts the code writes now."""
    assert GOLDEN.read_text("utf-8") == render(), (
        "The drafts changed: run `python -m tests.support.golden_drafts`, read the diff, commit it."
    )


def test_golden_covers_every_opener_and_kind():
    """Hundreds of rendered drafts, every one within the limit and passing the linter."""
    rendered = drafts()
    assert len(rendered) >= 500
    for text in rendered:
        assert not text.endswith("[lint]") and text != "(nothing fits)", text
        assert utf16_len(text) <= 200, text


@lru_cache(maxsize=1)
def drafts() -> list[str]:
    out = []
    for line in render().splitlines():
        found = re.match(r"[A-Z]{2}-[wf]\d\s+\S+(?: out)?\s+(.*)$", line)
        if found:
            out.append(found.group(1))
    return out


# The seams the issue found, as patterns over every golden draft.
SEAMS = {
    # a noun on both sides of the slot: "talk at your … talk", "good to talk at your talk"
    "doubled noun": re.compile(
        r"\b(talk|meeting|conversation|post|work)\b[^.!?]{0,12}\byour (?:[\w-]+ ){0,3}\1\b", re.I
    ),
    "meet at a talk": re.compile(r"\b(?:meeting you|talk|chat(?:ting)?) at your\b", re.I),
    "no article before University": re.compile(r"\b(?:at|from|of|to) University\b"),
    "cut mid-phrase": re.compile(
        r"\b(?:the|a|an|of|and|to|at|on|in|for|with|which|when|over|one|your|our)[!.?,]"
    ),
    "greeting said twice": re.compile(r"^(Hi|Hello)\b[^.!?]*\bsay \1\b", re.I),
    "doubled preposition": re.compile(r"\b(at|on|about|after|through) \1\b", re.I),
    "sentence with no verb": re.compile(r"(?:^|[.!?] )(?:Your|The|My) [^.!?]*[.!?]$"),
}


@pytest.mark.parametrize("seam", sorted(SEAMS))
def test_no_seams_in_golden_drafts(seam):
    """No golden draft shows the seam."""
    hits = [d for d in drafts() if SEAMS[seam].search(d)]
    assert hits == [], hits[:5]


@pytest.mark.parametrize(
    ("seam", "example"),
    [
        ("doubled noun", "It was good to talk at your PyData Amsterdam talk on data contracts."),
        ("meet at a talk", "Great meeting you at your PyData talk!"),
        ("no article before University", "I noticed we both studied at University of Michigan."),
        ("cut mid-phrase", "we rewrote the invoicing pipeline over one. Let's keep in touch."),
        ("doubled preposition", "I enjoyed our chat at at PyData."),
        ("greeting said twice", "Hello Ana, I saw we're both in PyLadies and wanted to say hello."),
        ("sentence with no verb", "Hi Ana, great meeting you! Your talk on data contracts."),
    ],
)
def test_seam_patterns_catch_the_reported_seams(seam, example):
    """Each seam pattern catches the example the issue reported (so the test above can fail)."""
    assert SEAMS[seam].search(example)


# -- every language's golden file, and no content word twice in any golden draft -----------

from connectwisely import draft_notes  # noqa: E402
from connectwisely.notes.compose import make_draft, openers_for  # noqa: E402
from connectwisely.notes.lang import language  # noqa: E402
from connectwisely.notes.native import greetings  # noqa: E402
from connectwisely.notes.native_draft import native_notes  # noqa: E402
from connectwisely.notes.repeats import allowed_words, repeated  # noqa: E402
from connectwisely.notes.templates import GREETINGS, PURPOSE  # noqa: E402
from tests.support.golden_drafts import (  # noqa: E402
    NATIVE_CODES,
    contexts,
    golden_path,
    native_contexts,
    render_native,
)


@pytest.mark.parametrize("code", NATIVE_CODES)
def test_golden_file_per_language_is_current(code):
    """tests/golden/drafts-<code>.txt matches the drafts the code writes now, and none of its
    drafts trips the linter."""
    text = render_native(code)
    assert golden_path(code).read_text("utf-8") == text, (
        "The drafts changed: run `python -m tests.support.golden_drafts`, read the diff, commit it."
    )
    assert "[lint]" not in text


def test_no_content_word_twice_in_english_golden_drafts():
    """No English golden draft uses a content word twice (the name and the detail aside)."""
    hits = []
    for _relationship, tone, raw, ctx in contexts():
        closes = PURPOSE[ctx.purpose].closes[tone]
        allowed = allowed_words(ctx.greet_as, raw, ctx.detail.phrase if ctx.detail else "")
        for i, (opener, kind) in enumerate(openers_for(ctx)):
            greeting = GREETINGS[tone][i % len(GREETINGS[tone])]
            draft = make_draft(ctx, greeting, opener, kind, closes[i % len(closes)])
            if draft and repeated(draft["text"], allowed):
                hits.append((repeated(draft["text"], allowed), draft["text"]))
    assert hits == [], hits[:5]


@pytest.mark.parametrize("code", NATIVE_CODES)
def test_no_content_word_twice_in_golden_drafts_per_language(code):
    """No golden draft in the language uses a content word twice (name and detail aside)."""
    hits = []
    for context in native_contexts(code):
        ctx, _found, _follow = native_notes(
            {"limit": 200, "my_name": None, "variant": 0, **context}
        )
        allowed = allowed_words(
            ctx.name.full, ctx.detail or "", context["detail"], " ".join(greetings(ctx)),
            context.get("my_name", ""), stopwords=language(code).stopwords,
        )  # fmt: skip
        for draft in draft_notes(context)["drafts"]:
            if repeated(draft["text"], allowed):
                hits.append((repeated(draft["text"], allowed), draft["text"]))
    assert hits == [], hits[:5]


def test_the_repeat_test_can_fail():
    """The issue's example repeats "pleasure"; the check finds it."""
    text = (
        "Dear Dr. Okonkwo, it is always a pleasure to meet another graduate of IIT Madras. "
        "It would be a pleasure to connect."
    )
    assert repeated(text, allowed_words("Dr. Okonkwo", "IIT Madras")) == {"pleasure"}
