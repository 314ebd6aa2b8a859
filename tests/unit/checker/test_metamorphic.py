"""Metamorphic properties of the request checker (hypothesis): changes that keep a request's
meaning never make its verdict friendlier, and claiming to have met never makes it "report".

The requests come from the corpus (tests/cases/requests/); the changes are the ones scammers
use to slip past filters: numbers written in words, a messenger's nickname, spaces, emoji or
zero-width characters inside words and numbers, look-alike letters, and translation.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectwisely import check_request
from connectwisely.checker.signals import BY_ID
from connectwisely.checker.verdicts import severity
from tests.support.corpus import HELDOUT, TODAY, TUNED

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEWER = settings(SETTINGS, max_examples=40)  # six checks per example
SCAMS = [
    c
    for c in TUNED + HELDOUT
    if c["category"] in ("scam", "spam")
    and c["input"].get("message")
    and "InputError" not in c["expect"]
]
ANY = [c for c in TUNED + HELDOUT if "InputError" not in c["expect"]]
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])


def digits_to_words(text: str, _: int) -> str:
    """ "15%" → "fifteen percent"."""
    return re.sub(r"\b(\d{1,2})\s?%", lambda m: f"{_words(int(m.group(1)))} percent", text)


def app_nicknames(text: str, _: int) -> str:
    """ "on WhatsApp" → "on WA", "via Telegram" → "via TG"."""
    text = re.sub(r"\b(on|via|over)\s+WhatsApp\b", r"\1 WA", text, flags=re.I)
    return re.sub(r"\b(on|via|over)\s+Telegram\b", r"\1 TG", text, flags=re.I)


def split_numbers(text: str, seed: int) -> str:
    """Emoji between the groups of a phone number: "+44 7700 900" → "+44 ✨ 7700 ✨ 900"."""
    mark = "✨📞🔥"[seed % 3]
    return re.sub(r"(?<=\d) (?=\d)", f" {mark} ", text)


def zero_width(text: str, seed: int) -> str:
    """A zero-width space inside every few words."""
    parts = text.split(" ")
    return " ".join(
        p[:2] + "\u200b" + p[2:] if len(p) > 4 and (i + seed) % 3 == 0 else p
        for i, p in enumerate(parts)
    )


def confusables(text: str, seed: int) -> str:
    """Cyrillic look-alikes for a, e, o, c, p inside some words."""
    swap = str.maketrans("aeocp", "аеоср")
    parts = text.split(" ")
    return " ".join(p.translate(swap) if (i + seed) % 2 == 0 else p for i, p in enumerate(parts))


TRANSFORMS = [digits_to_words, app_nicknames, split_numbers, zero_width, confusables]


def _verdict(request: dict, me: dict | None = None) -> dict:
    return check_request(request, me=me, today=TODAY)


@SETTINGS
@given(
    case=st.sampled_from(SCAMS),
    transforms=st.lists(st.sampled_from(TRANSFORMS), min_size=1, max_size=3, unique=True),
    seed=st.integers(0, 5),
)
def test_rewording_a_scam_never_makes_it_friendlier(case, transforms, seed):
    """A scam or spam note reworded by meaning-preserving changes gets a verdict at least as severe."""
    before = _verdict(case["input"], case.get("me"))["verdict"]
    message = case["input"]["message"]
    for transform in transforms:
        message = transform(message, seed)
    after = _verdict({**case["input"], "message": message}, case.get("me"))["verdict"]
    assert severity(after) >= severity(before), (case["id"], message)


# One scam note in each language the checker reads, the same warning in each (our own
# translations, with the words of each language's table): a fee, a move, data, returns.
TRANSLATIONS = {
    "fee": {
        "en": "You are selected for the remote job. First pay the training fee of 90 euros.",
        "es": "Ha sido seleccionado para el empleo remoto. Primero debe abonar la cuota de formación de 90 euros.",
        "pt": "Você foi aprovado para a vaga remota. Primeiro pague a taxa de treinamento de 90 euros.",
        "de": "Sie wurden für die Remote-Stelle ausgewählt. Zuerst ist eine Schulungsgebühr von 90 Euro zu überweisen.",
        "fr": "Vous êtes retenu pour le poste à distance. Il faut d'abord payer les frais de formation de 90 euros.",
        "it": "È stato selezionato per il lavoro da remoto. Prima deve versare la quota di iscrizione di 90 euro.",
        "nl": "U bent geselecteerd voor de thuiswerkbaan. Eerst betaalt u 90 euro inschrijfkosten.",
        "pl": "Został Pan wybrany do pracy zdalnej. Najpierw prosimy o wpłatę opłaty szkoleniowej 90 euro.",
        "tr": "Uzaktan çalışma pozisyonu için seçildiniz. Önce 90 euro eğitim ücreti ödemeniz gerekiyor.",
    },
    "data": {
        "en": "To finish your hiring, send us your bank details and a copy of your passport.",
        "es": "Para terminar su contratación, envíenos sus datos bancarios y una copia de su pasaporte.",
        "pt": "Para concluir sua contratação, envie seus dados bancários e uma cópia do passaporte.",
        "de": "Um die Einstellung abzuschließen, senden Sie uns Ihre Bankverbindung und eine Kopie Ihres Reisepasses.",
        "fr": "Pour finaliser l'embauche, envoyez-nous vos coordonnées bancaires et une copie de votre passeport.",
        "it": "Per completare l'assunzione, ci invii le sue coordinate bancarie e una copia del passaporto.",
        "nl": "Om uw aanstelling af te ronden, stuur ons uw bankgegevens en een kopie van uw paspoort.",
        "pl": "Aby zakończyć zatrudnienie, prosimy przesłać numer konta i skan dowodu osobistego.",
        "tr": "İşe alımınızı tamamlamak için banka bilgilerinizi ve pasaport fotokopinizi gönderin.",
    },
    "returns": {
        "en": "Our crypto fund pays a guaranteed 12% per week. I can open your account today.",
        "es": "Nuestro fondo de criptomonedas paga un 12% semanal garantizado. Puedo abrir tu cuenta hoy.",
        "pt": "Nosso fundo de criptomoedas paga 12% por semana garantido. Posso abrir sua conta hoje.",
        "de": "Unser Krypto-Fonds zahlt garantierte 12 % pro Woche. Ich kann Ihr Konto heute eröffnen.",
        "fr": "Notre fonds en cryptomonnaies verse un rendement garanti de 12 % par semaine. Je peux ouvrir votre compte aujourd'hui.",
        "it": "Il nostro fondo di criptovalute paga il 12% a settimana garantito. Posso aprire il tuo conto oggi.",
        "nl": "Ons cryptofonds keert een gegarandeerd rendement van 12% per week uit. Ik kan vandaag je rekening openen.",
        "pl": "Nasz fundusz kryptowalut daje gwarantowany zysk 12% tygodniowo. Mogę dziś otworzyć Twoje konto.",
        "tr": "Kripto fonumuz haftalık yüzde 12 garantili kazanç sağlıyor. Hesabınızı bugün açabilirim.",
    },
    "move": {
        "en": "I have a part-time job for you. I'm rarely on here, write to me on WhatsApp.",
        "es": "Tengo un trabajo a media jornada para ti. Aquí casi no entro, escríbeme por WhatsApp.",
        "pt": "Tenho um trabalho de meio período para você. Aqui quase não entro, me chama no WhatsApp.",
        "de": "Ich habe einen Teilzeitjob für Sie. Hier bin ich selten, schreiben Sie mir über WhatsApp.",
        "fr": "J'ai un travail à temps partiel pour vous. Je viens rarement ici, écrivez-moi sur WhatsApp.",
        "it": "Ho un lavoro part-time per te. Qui entro raramente, scrivimi su WhatsApp.",
        "nl": "Ik heb een parttime baan voor je. Ik ben hier zelden actief, app me via WhatsApp.",
        "pl": "Mam dla Ciebie pracę na pół etatu. Rzadko tu zaglądam, napisz do mnie na WhatsApp.",
        "tr": "Size yarı zamanlı bir iş var. Burada pek aktif değilim, bana WhatsApp üzerinden yazın.",
    },
}
PROFILES = st.fixed_dictionaries(
    {},
    optional={
        "mutual_connections": st.integers(0, 40),
        "connections": st.integers(0, 800),
        "joined": st.sampled_from(["2026-10", "2024-02", "2012-06"]),
        "has_photo": st.booleans(),
        "relationship": st.sampled_from(["none", "met-in-person", "worked-together"]),
    },
)


@pytest.mark.parametrize("warning", TRANSLATIONS)
@FEWER
@given(profile=PROFILES)
def test_a_translated_scam_gets_the_english_verdict(warning, profile):
    """The same warning in each supported language gets the same verdict as in English."""
    verdicts = {
        lang: _verdict({"name": "Alex Kim", **profile, "message": note})["verdict"]
        for lang, note in TRANSLATIONS[warning].items()
    }
    assert set(verdicts.values()) == {verdicts["en"]}, verdicts


def _has_ask(result: dict) -> bool:
    return any(BY_ID[s["id"]].ask for s in result["signals"] if s["id"] in BY_ID)


@SETTINGS
@given(case=st.sampled_from(ANY), how=st.sampled_from(["relationship", "sentence"]))
def test_saying_we_met_never_makes_a_request_report_without_an_ask(case, how):
    """Adding "met in person" never turns a verdict into "report" unless the note asks for
    money, credentials or identity documents."""
    before = _verdict(case["input"], case.get("me"))
    if how == "relationship":
        changed = {**case["input"], "relationship": "met-in-person"}
    else:
        note = case["input"].get("message") or ""
        changed = {
            **case["input"],
            "message": f"We met in person at the meetup last month. {note}".strip(),
        }
    after = _verdict(changed, case.get("me"))
    if after["verdict"] == "report" and before["verdict"] != "report":
        assert _has_ask(after), (case["id"], after["signals"])
