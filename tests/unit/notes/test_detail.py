"""The reader's detail made into words a note can slot in: lead-ins, prepositions, links,
quotes and capitals are tidied; sentences stay sentences; bare topics get a frame."""

from __future__ import annotations

import pytest

from connectwisely.notes.detail import make_detail

POST = "your post on {}"


@pytest.mark.parametrize(
    ("raw", "frame", "text", "kind"),
    [
        (
            "the DevOpsDays Berlin hallway track",
            "{}",
            "the DevOpsDays Berlin hallway track",
            "phrase",
        ),
        (
            "The DevOpsDays Berlin hallway track.",
            "{}",
            "the DevOpsDays Berlin hallway track",
            "phrase",
        ),
        ("we met at PyCon Lisbon", "{}", "PyCon Lisbon", "topic"),
        ("at KubeCon", "{}", "KubeCon", "topic"),
        ("worked together on the checkout rebuild", "{}", "the checkout rebuild", "phrase"),
        ("Payments team", "{}", "the Payments team", "phrase"),
        ("Acme", "{}", "Acme", "topic"),
        ("pricing experiments", POST, "your post on pricing experiments", "topic"),
        ("Your thread on pricing", POST, "your thread on pricing", "phrase"),
        (
            "I read your article about remote hiring",
            POST,
            "your article about remote hiring",
            "phrase",
        ),
        ("“remote-first onboarding”", POST, "your post on remote-first onboarding", "topic"),
        ("I'm moving into analytics", "{}", "I'm moving into analytics", "sentence"),
        ("Thanks for the intro at KubeCon!", "{}", "Thanks for the intro at KubeCon", "sentence"),
        ("your talk https://example.com/x at PyCon", "{}", "your talk at PyCon", "phrase"),
        ("the 🎉 launch party", "{}", "the 🎉 launch party", "phrase"),
        ("iPhone accessibility", POST, "your post on iPhone accessibility", "topic"),
    ],
)
def test_details_become_phrases(raw, frame, text, kind):
    """Each way of typing a detail becomes a phrase (or a sentence) the drafts can use."""
    detail = make_detail(raw, frame)
    assert detail is not None
    assert (detail.text, detail.kind) == (text, kind)


@pytest.mark.parametrize("raw", ["", "   ", "at", "the", "your", "https://example.com/a", "…", "'"])
def test_nothing_specific_is_no_detail(raw):
    """Empty text, lone function words and bare links leave no detail at all."""
    assert make_detail(raw, "{}") is None
