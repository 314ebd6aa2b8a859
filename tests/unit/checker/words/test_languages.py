"""The languages the checker reads: each module holds the same kinds of data, the language is
told from the text, and accents are removed without moving any character."""

from __future__ import annotations

import re

import pytest

from connectwisely.checker.words.languages import (
    LANGUAGES,
    deaccent,
    detect_language,
    read_language,
    table,
)

# The phrase tables every language must have (the list, plus what the rules read).
REQUIRED = (
    "off_platform", "money", "personal_data", "returns", "vehicle", "romance", "romance_strong",
    "shared_context", "job", "recruiter", "too_good", "mass_message", "default_note", "job_ask",
    "pitch_offer", "pitch_ask", "mlm", "open_networker", "sign_in", "about_you",
)  # fmt: skip
DATA = (
    "STOPWORDS",
    "NUMBERS",
    "JOINERS",
    "PERCENT",
    "PERIODS",
    "APPS",
    "INTERFACE",
    "BUTTONS",
    "ROLES",
)


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_every_language_has_every_table(code):
    """Every language besides English (whose core tables are phrases.py) defines every required table."""
    module = LANGUAGES[code]
    assert set(REQUIRED) <= set(module.TABLES), set(REQUIRED) - set(module.TABLES)
    assert {"connections", "mutual", "followers", "degree"} <= set(module.INTERFACE)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_holds_the_same_data_and_it_compiles(code):
    """Each module has the same data names, and every pattern is a valid regular expression."""
    module = LANGUAGES[code]
    assert all(hasattr(module, name) for name in DATA)
    for patterns in module.TABLES.values():
        for pattern in patterns:
            re.compile(pattern)
    assert module.PERIODS.keys() >= {"day", "week", "month", "hour"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hola, fue un placer conocerte en la conferencia de la semana pasada.", "es"),
        ("Oi! A gente se conheceu no evento, foi ótimo te conhecer.", "pt"),
        ("Hallo, wir haben uns auf der Konferenz kennengelernt, danke für das Gespräch.", "de"),
        ("Bonjour, nous avons discuté au salon, ravie de vous avoir rencontré.", "fr"),
        ("Ciao, ci siamo conosciuti al convegno, è stato un piacere.", "it"),
        ("Hi, it was great to meet you at the conference last week.", "en"),
        ("Hoi, leuk je gesproken te hebben op de meetup, dank voor het gesprek.", "nl"),
        ("Dzień dobry, miło było Pana poznać na konferencji w Warszawie.", "pl"),
        ("Merhaba, konferansta tanıştığımıza çok memnun oldum, görüşmek üzere.", "tr"),
        ("Sam", "en"),
    ],
)
def test_the_language_is_told_from_the_text(text, code):
    """Common words tell the language; a text too short to tell is read as English."""
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Hi Neha, main Zepto mein tech hiring dekhti hoon, aapka profile kaafi match karta hai.",
            "en",
        ),
        ("Tebrikler, başvurunuz ön onay aldı, maaş 2.800 USD.", "tr"),
        ("Rekrutuję do Allegro na stanowisko Senior Java Developer, zdalnie.", "pl"),
        (
            "Hej! Jag hjälper svenskar att få 8-10 % avkastning i månaden med AI-handel i krypto.",
            None,
        ),
        ("Halo kak, ada kerja sampingan dari HP nih, cukup like & follow akun toko online.", None),
        ("Dobrý den, nabízíme práci z domova za hodnocení produktů, pište mi.", None),
        ("Bună ziua, mulțumesc pentru discuția despre plăți de la conferință.", None),
        ("Hi Sam", None),
    ],
)
def test_read_language_says_when_it_reads_none(text, code):
    """Hinglish reads as English, Polish and Turkish by their words and letters; Swedish,
    Indonesian, Czech (not Polish), Romanian (not Italian) and a two-word note are read as no
    language (None), never as a language they only share short words with."""
    assert read_language(text) == code


def test_deaccent_keeps_every_character_in_place():
    """Accents go, length stays, so a match's span is the same span in the original."""
    text = "Gebühr für São Paulo, déjà vu, ça, ß, 😀, opłata, kayıt ücreti"
    assert deaccent(text) == "Gebuhr fur Sao Paulo, deja vu, ca, ß, 😀, oplata, kayit ucreti"
    assert len(deaccent(text)) == len(text)


def test_a_table_joins_every_language():
    """table(concept) holds the patterns of each language that defines the concept."""
    joined = table("money")
    for module in LANGUAGES.values():
        assert all(p in joined for p in module.TABLES.get("money", ()))
