"""The five languages written from data: every relationship, tone and purpose is there; each
note is in its language with the form of address the tone implies, within the limit, says its
purpose, and carries no English but names and the reader's own detail."""

from __future__ import annotations

import itertools
import re

import pytest

from connectwisely import draft_notes
from connectwisely.core.text import utf16_len
from connectwisely.notes.lang import CODES, language
from connectwisely.notes.openers import RELATIONSHIPS
from connectwisely.notes.templates import PURPOSES, TONES

NATIVE = [c for c in CODES if c != "en"]
# Words that give the wrong form of address away, by language and tone.
WRONG_ADDRESS = {
    ("de", "warm"): r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b",
    ("de", "formal"): r"\b(?:du|dich|dir|dein\w*)\b",
    ("es", "warm"): r"\b(?:usted|le|su|sus)\b",
    ("es", "formal"): r"\b(?:tú|te|ti|tu|tus|contigo)\b",
    ("pt", "warm"): r"\b(?:o senhor|a senhora|lhe)\b",
    ("pt", "formal"): r"\b(?:te|teu|tua|contigo|tu)\b",
    ("fr", "warm"): r"\b(?:vous|votre|vos)\b",
    ("fr", "formal"): r"\b(?:tu|te|toi|ton|ta|tes)\b|\bt'",
    ("it", "warm"): r"\b(?:Lei|La|Le|Suo|Sua|Suoi|Sue)\b",
    ("it", "formal"): r"\b(?:tu|ti|te|tuo|tua|tuoi|tue)\b",
}
ENGLISH = re.compile(
    r"\b(?:the|your|and|with|Hello|Dear|great|connect|would|you)\b"
)  # "Hi" is German too
NAMES = {"warm": "ana lima", "formal": "Dr. Ana Lima"}


def test_every_language_covers_every_relationship_tone_and_purpose():
    """Each language has three or more openers per relationship and tone, and a sentence for
    every purpose, greeting, sign-off and follow-up question in both tones."""
    for code in NATIVE:
        lang = language(code)
        for relationship, tone in itertools.product(RELATIONSHIPS, TONES):
            assert len(lang.openers[relationship.id][tone]) >= 3, (code, relationship.id, tone)
        for purpose, tone in itertools.product(PURPOSES, TONES):
            assert lang.purposes[purpose.id][tone] and lang.asks[purpose.id][tone], (code, purpose)
        for tone in TONES:
            assert lang.person_openers[tone] and lang.sign_off[tone] and lang.thanks[tone]


@pytest.mark.parametrize(
    ("code", "relationship", "tone", "purpose"),
    list(itertools.product(NATIVE, [r.id for r in RELATIONSHIPS], TONES, [p.id for p in PURPOSES])),
)
def test_notes_are_in_the_language_with_the_right_address(code, relationship, tone, purpose):
    """Three drafts, within 200 UTF-16 units, passing the linter, keeping the detail, with the
    tone's form of address and no English words."""
    result = draft_notes(
        {"name": NAMES[tone], "relationship": relationship, "tone": tone, "purpose": purpose,
         "detail": "Zorblax", "language": code}
    )  # fmt: skip
    assert len(result["drafts"]) == 3
    for draft in result["drafts"]:
        text = draft["text"]
        assert utf16_len(text) <= 200, text
        assert all(c["ok"] for c in draft["checks"]), text
        assert "Zorblax" in text, text
        assert not re.search(WRONG_ADDRESS[(code, tone)], text), text
        assert not ENGLISH.search(text), text
    assert not ENGLISH.search(result["follow_up"]["text"]), result["follow_up"]["text"]


@pytest.mark.parametrize(
    ("code", "name", "greeting"),
    [
        ("de", "Frau Dr. Anna Vogel", "Sehr geehrte Frau Dr. Vogel,"),
        ("de", "Herr Jan Müller", "Sehr geehrter Herr Müller,"),
        ("de", "Jan Müller", "Guten Tag Jan Müller,"),
        ("es", "Dra. Carmen Ruiz Ortega", "Estimada Dra. Ruiz Ortega:"),
        ("es", "Sr. José María García", "Estimado Sr. García:"),  # María is a given name
        ("pt", "Dra. Mariana Costa", "Prezada Dra. Costa,"),
        ("fr", "Mme Claire Dupont", "Bonjour Madame Dupont,"),
        ("fr", "Claire Dupont", "Bonjour Claire Dupont,"),
        ("it", "Dott.ssa Giulia Bianchi", "Gentile Dott.ssa Bianchi,"),
        ("it", "Kenji Watanabe (渡辺健二)", "Gentile Kenji Watanabe,"),
    ],
)
def test_formal_greetings_follow_each_language(code, name, greeting):
    """Title (or honorific) and family name, else the full name; other scripts left out."""
    result = draft_notes({"name": name, "tone": "formal", "detail": "PyData", "language": code,
                          "relationship": "met-at-event"})  # fmt: skip
    assert any(d["text"].startswith(greeting) for d in result["drafts"]), result["drafts"][0]


@pytest.mark.parametrize(
    ("code", "detail", "tone", "kept", "never"),
    [
        ("fr", "le meetup PyData Paris", "warm", "lors du meetup", "de le"),
        ("it", "il meetup di PyData Milano", "warm", "al meetup", "a il"),
        ("pt", "o meetup de PyData São Paulo", "warm", "no meetup", "em o"),
        ("de", "das Meetup von PyData Berlin", "warm", "beim Meetup", "bei das"),
        ("de", "sein Vortrag über KI-Agenten", "formal", "nach Ihrem Vortrag", "sein"),
        ("es", "tu charla sobre datos", "formal", "su charla", "tu charla"),
        ("fr", "votre conférence sur les données", "warm", "ta conférence", "votre"),
        ("pt", "a palestra dela sobre Open Finance", "formal", "sua palestra", "dela"),
    ],
)
def test_details_take_the_languages_grammar(code, detail, tone, kept, never):
    """Prepositions meet articles as the language writes them; possessives address the
    recipient as the tone does."""
    result = draft_notes({"name": "Ana Lima", "tone": tone, "detail": detail, "language": code,
                          "relationship": "met-at-event"})  # fmt: skip
    texts = [d["text"] for d in result["drafts"]]
    assert any(kept in t for t in texts), texts
    assert not any(never in t.split(",", 1)[1] for t in texts), texts
