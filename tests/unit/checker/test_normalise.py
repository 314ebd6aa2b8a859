"""Normalising a note before matching: numbers in words, rates, app nicknames, split phones."""

from __future__ import annotations

import pytest

from connectwisely.checker.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fifteen percent a week", "15 % per week"),
        ("twenty-five percent monthly", "25 % per month"),
        ("veinte por ciento semanal", "20 % per week"),
        ("cinco por cento ao dia", "5 % per day"),
        ("zehn Prozent pro Monat", "10 % per month"),
        ("fünfundzwanzig Prozent", "25 %"),
        ("cinq pour cent par semaine", "5 % per week"),
        ("il dieci per cento a settimana", "il 10 % per week"),
        ("200 euros al día", "200 euros per day"),
        ("R$ 150 por dia", "R$ 150 per day"),
        ("two million euros", "2000000 euros"),
    ],
)
def test_numbers_and_rates_in_every_language(text, expected):
    """Numbers written in words before a percent or a currency become digits; rates, English."""
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Text me at four one five, five five five, zero one nine two.", "Text me at 4155550192."),
        ("escríbeme al seis uno dos, tres cuatro cinco, seis siete ocho", "escríbeme al 612345678"),
        ("Call +44 ✨ 7700 ✨ 900 ✨ 123", "Call +44 7700 900 123"),
    ],
)
def test_phone_numbers_spelled_out_or_split(text, expected):
    """A phone number spelled digit by digit, or split by emoji, becomes one number."""
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ping me on WA so we can start", "Ping me on WhatsApp so we can start"),
        ("find me on the green app", "find me on WhatsApp"),
        ("me chama no zap", "me chama no WhatsApp"),
        ("schreib mir über TG", "schreib mir uber Telegram"),
        ("escríbeme al wasap", "escribeme al WhatsApp"),
    ],
)
def test_messaging_app_nicknames(text, expected):
    """A messenger's nickname after "on", "via", "no", "über"… becomes the app's name."""
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seattle, WA",
        "I have two kids and one dog.",
        "We shipped version three in 2019.",
        "Our team of twelve is based in Lisbon.",
        "",
    ],
)
def test_ordinary_text_is_left_alone(text):
    """A state's abbreviation, small numbers and years stay as written."""
    assert normalise(text) == text
