"""Scam phrase data and its helpers: unmasking filter-dodging text, finding distinct snippets."""

from __future__ import annotations

import pytest

from connectwisely.checker.words import phrases as P


@pytest.mark.parametrize(
    ("masked", "plain"),
    [
        ("Wh\u200batsApp", "WhatsApp"),
        ("ＷｈａｔｓＡｐｐ", "WhatsApp"),
        ("𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦", "Telegram"),
        ("Tеlеgram", "Telegram"),  # Cyrillic е inside a Latin word
        ("Привет мир", "Привет мир"),  # a Cyrillic word stays Cyrillic
        ("don’t  \n stop", "don't stop"),
    ],
)
def test_unmask_undoes_filter_tricks(masked, plain):
    """Zero-width characters, fancy and look-alike letters and typographic quotes are made plain."""
    assert P.unmask(masked) == plain


@pytest.mark.parametrize(
    "spelling",
    ["WhatsApp", "W.h.a.t.s.A.p.p", "whats app", "Whats-App", "Wh@tsApp", "watsapp", "what'sapp",
     "Telegram", "T e l e g r a m", "te1egram", "telegrarn"],
)  # fmt: skip
def test_messaging_apps_are_found_however_spelled(spelling):
    """The usual ways of spelling WhatsApp and Telegram to dodge filters are all found."""
    assert P.find(P.OFF_PLATFORM, f"contact me on {spelling} today")


def test_find_returns_distinct_non_overlapping_snippets_up_to_a_limit():
    """Overlapping matches are reported once, in pattern order, at most ``limit`` of them."""
    patterns = P.compile_all((r"\bgift cards?\b", r"\bcards?\b", r"\bfee\b"))
    assert P.find(patterns, "a gift card, a card and a fee") == ["gift card", "card", "fee"]
    assert P.find(patterns, "gift card fee fee", limit=1) == ["gift card"]


def test_count_matching_counts_patterns_not_matches():
    """Two patterns matching the same words count as two signs."""
    patterns = P.compile_all((r"\$\d+/hr", r"\$\d+/hr, no experience"))
    assert P.count_matching(patterns, "$40/hr, no experience") == 2


def test_scam_talk_is_set_aside_but_a_denial_is_kept():
    """Sentences about scams are dropped; "this is not a scam" stays, because it is a tell."""
    text = "Loved your post on gift card scams. Send me a gift card. This is not a scam!"
    assert P.without_scam_talk(text) == "Send me a gift card.\nThis is not a scam!"
