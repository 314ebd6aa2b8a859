"""The reader's detail classified and made into a noun phrase with the right article,
possessive and preposition; sentences give their substance; nothing specific is no detail."""

from __future__ import annotations

import pytest

from connectwisely.notes.detail import KINDS, PLACE, make_detail

POST = "your post on {}"
COLD = "your work on {}"


@pytest.mark.parametrize(
    ("raw", "frame", "hint", "kind", "phrase"),
    [
        ("PyData Amsterdam", "{}", "event", "event", "PyData Amsterdam"),
        ("PyData Amsterdam meetup", "{}", "event", "event", "the PyData Amsterdam meetup"),
        ("The DevOpsDays Berlin hallway track.", "{}", "event", "event", "the DevOpsDays Berlin hallway track"),
        ("PyData Amsterdam talk on data contracts", "{}", "event", "talk", "your talk on data contracts at PyData Amsterdam"),
        ("your keynote at KubeCon", "{}", "event", "talk", "your keynote at KubeCon"),
        ("we met at PyCon Lisbon", "{}", "event", "event", "PyCon Lisbon"),
        ("at KubeCon", "{}", "event", "event", "KubeCon"),
        ("University of Michigan", "{}", "school", "school", "the University of Michigan"),
        ("Michigan State University", "{}", "school", "school", "Michigan State University"),
        ("Stanford", "{}", "school", "school", "Stanford"),
        ("pricing experiments", POST, "post", "post", "your post on pricing experiments"),
        ("Your thread on pricing", POST, "post", "post", "your thread on pricing"),
        ("I read your article about remote hiring", POST, "post", "post", "your article on remote hiring"),
        ("I loved your post last week, it was about async Rust", POST, "post", "post", "your post on async Rust"),
        ("Thanks for the intro at KubeCon!", "{}", "event", "event", "KubeCon"),
        ("great meeting you at PyData! Can we continue on WhatsApp?", "{}", "event", "event", "PyData"),
        ("PyCon 2024. It was great", "{}", "event", "event", "PyCon 2024"),
        ("Dr. Smith's keynote at PyCon", "{}", "event", "talk", "Dr. Smith's keynote at PyCon"),
        ("worked together on the checkout rebuild", "{}", "company", "project", "the checkout rebuild"),
        ("Payments team", "{}", "company", "project", "the Payments team"),
        ("Acme", "{}", "company", "company", "Acme"),
        ("the Oslo office", "{}", "company", "event", "the Oslo office"),
        ("Maria Lopez", "{}", "person", "person", "Maria Lopez"),
        ("accessible charts", COLD, "other", "other", "your work on accessible charts"),
        ("VP Engineering, Acme", COLD, "other", "role", "your work as VP Engineering at Acme"),
        ("your talk https://example.com/x at PyCon", "{}", "event", "talk", "your talk at PyCon"),
        ("<b>data</b> contracts &amp; lineage", POST, "post", "post", "your post on data contracts & lineage"),
        ("the 🎉 launch party", "{}", "event", "project", "the 🎉 launch party"),
        ("iPhone accessibility", POST, "post", "post", "your post on iPhone accessibility"),
    ],
)  # fmt: skip
def test_details_become_phrases(raw, frame, hint, kind, phrase):
    """Each way of typing a detail gets its kind and a phrase that reads right in a note."""
    detail = make_detail(raw, frame, hint)
    assert detail is not None
    assert (detail.kind, detail.phrase) == (kind, phrase)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "at",
        "the",
        "your",
        "https://example.com/a",
        "…",
        "'",
        "😀😀",
        "I'm moving into analytics",
    ],
)
def test_nothing_specific_is_no_detail(raw):
    """Empty text, lone function words, bare links, symbols and a sentence about the writer
    leave no detail at all (the drafts then say only what is known)."""
    assert make_detail(raw, "{}", "event") is None


def test_every_kind_has_a_preposition_per_slot():
    """Each kind says how it follows a verb of meeting and of working."""
    assert all(set(places) == set(KINDS) for places in PLACE.values())
    talk = make_detail("PyData talk on typing", "{}", "event")
    assert (
        talk.fill("great chatting {at}!") == "great chatting after your talk on typing at PyData!"
    )
    rebuild = make_detail("the checkout rebuild", "{}", "company")
    assert rebuild.fill("we worked together {on}.") == "we worked together on the checkout rebuild."
    assert rebuild.fill("great chatting {at}!") == "great chatting about the checkout rebuild!"


@pytest.mark.parametrize("hint", ["event", "school", "company"])
def test_a_lowercase_topic_is_no_name(hint):
    """Words that don't look like a name are a topic, never "we both work at accessible charts"."""
    assert make_detail("accessible charts", "{}", hint).kind == "other"
    assert make_detail("北京大学", "{}", hint).kind in (hint, "school")


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        (
            "when we worked together on the billing project",
            "the time we worked together on the billing project",
        ),
        ("back when she mentored me at Acme", "the time you mentored me at Acme"),
        ("the time we shipped the checkout rebuild", "the time we shipped the checkout rebuild"),
        (
            "we both reported to Ana at the port authority",
            "the time we both reported to Ana at the port authority",
        ),
    ],
)
def test_a_memory_told_with_when_is_a_memory_not_a_noun(raw, phrase):
    """A memory that starts "when …" is told as "the time …", never pasted after an article."""
    detail = make_detail(raw, hint="project")
    assert (detail.kind, detail.phrase) == ("memory", phrase)
