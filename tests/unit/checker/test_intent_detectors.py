"""The detectors that rest on no one language's wording: each fires on its case, with its
evidence, and stays quiet on the look-alikes a real person sends."""

from __future__ import annotations

import pytest

from connectwisely.checker import intent_detectors as idt
from connectwisely.checker.facts import Facts

SWEDISH = "Hej! Jag har ett uppdrag för dig, betalt 900 € per dag, bara några timmar i veckan."
EXEC = {"headline": "CEO at Northwind Analytics", "me_company": "Northwind Analytics"}
FIRES = [
    (idt.own_company_authority, {**EXEC, "mutual_connections": 0}, "CEO"),
    (idt.own_company_authority, {**EXEC, "mutual_connections": 0, "age_months": 0, "connections": 14}, "14 connections"),
    (idt.own_company_authority, {"headline": "Geschäftsführer", "company": "Hellmann GmbH", "me_company": "Hellmann GmbH", "mutual_connections": 0}, "Geschäftsführer"),
    (idt.own_company_claim, {"headline": "Data Engineer at Northwind Analytics", "me_company": "Northwind Analytics", "mutual_connections": 0}, "0 mutual"),
    (idt.secrecy, {"message": "I need a favour handled discreetly, keep this between us."}, "discreetly"),
    (idt.secrecy, {"message": "Bitte diskret behandeln."}, "diskret"),
    (idt.secrecy, {"message": "Proszę o dyskrecję, to sprawa poufna."}, "poufna"),
    (idt.new_account_offer, {"headline": "Talent Partner", "age_months": 2, "joined": "2026-09", "mutual_connections": 0}, "2 months"),
    (idt.new_account_offer, {"message": "We have a remote job for you.", "age_months": 1, "joined": "2026-10", "mutual_connections": 0}, "0 mutual"),
    (idt.unread_note, {"message": SWEDISH}, "not a language the checker reads"),
    (idt.unread_pay, {"message": SWEDISH}, "900 €"),
    (idt.unread_pay, {"message": "Kerja sampingan dari rumah, dibayar $40/h, minat kak?"}, "$40/h"),
    (idt.wrong_person, {"message": "Sorry, I think I have the wrong person... but nice to meet you anyway! Where are you from?"}, "Where are you from?"),
    (idt.wrong_person, {"message": "Sorry, wrong person. But nice to meet you anyway, maybe we can become friends."}, "become friends"),
    (idt.unread_code, {"message": "Hej, jag skickade en kod till ditt nummer av misstag, kan du skicka den till mig?"}, "“kod”"),
    (idt.service_account, {"name": "LinkedIn Verification Team"}, "LinkedIn"),
    (idt.service_account, {"name": "Sparkasse Kundenservice", "headline": "Kundensicherheit"}, "Sparkasse"),
    (idt.service_account, {"name": "LinkedIn Doğrulama Ekibi", "headline": "Hesap Güvenliği"}, "not a person's name"),
    (idt.service_account, {"name": "Soporte Seguridad", "headline": "Banco Santander"}, "Banco"),
    (idt.unread_code, {"message": "Halo, saya tidak sengaja mengirim kode ke nomor Anda, bisa tolong kirimkan ke saya?"}, "“nomor”"),
    (idt.wrong_person, {"message": "Oh sorry, I thought you were my old friend Anna. You seem kind though, how is your day?"}, "thought you were my"),
    (idt.wrong_person, {"message": "Perdón, me equivoqué de persona. ¿De dónde eres?"}, "equivoqué de persona"),
    (idt.wrong_person, {"message": "Entschuldigung, falsche Person! Aber was machen Sie beruflich?"}, "falsche Person"),
    (idt.wrong_person, {"message": "Przepraszam, pomyliłam osoby. Skąd jesteś?"}, "Skąd jesteś?"),
]  # fmt: skip
QUIET = [
    (idt.own_company_authority, {**EXEC, "mutual_connections": 4}),  # a real colleague shares people
    (idt.own_company_authority, {**EXEC}),  # mutual connections not given: no claim against them
    (idt.own_company_authority, {"headline": "Data Engineer at Northwind Analytics", "me_company": "Northwind Analytics", "mutual_connections": 0}),
    (idt.own_company_authority, {"headline": "CEO at Contoso", "me_company": "Northwind Analytics", "mutual_connections": 0}),
    (idt.own_company_claim, {**EXEC, "mutual_connections": 0}),  # an executive: RQ047 says it
    (idt.own_company_claim, {"headline": "Data Engineer at Northwind Analytics", "me_company": "Northwind Analytics", "mutual_connections": 5}),
    (idt.secrecy, {"message": "Thanks for the chat about the confidentiality rules in our audit."}),
    (idt.new_account_offer, {"headline": "Recruiter", "age_months": 2, "mutual_connections": 3}),
    (idt.new_account_offer, {"headline": "Recruiter", "age_months": 2, "mutual_connections": 0, "verified": True}),
    (idt.new_account_offer, {"headline": "Recruiter", "age_months": 40, "mutual_connections": 0}),
    (idt.new_account_offer, {"headline": "Student", "age_months": 2, "mutual_connections": 0}),
    (idt.unread_note, {"message": "Great to meet you at the dbt meetup last week."}),
    (idt.unread_note, {"message": "Leuk je gesproken te hebben op de dbt meetup."}),
    (idt.unread_note, {"message": "Hej Erik"}),  # too short to tell
    (idt.unread_note, {"message": "Daily payout guaranteed, part time work, kindly WhatsApp me."}),
    (idt.unread_pay, {"message": "The contract pays €85 per hour, remote from Germany."}),  # read: the tables weigh it
    (idt.unread_pay, {"message": "Hej! Jag såg ditt föredrag om dbt och vill gärna höra mer om ert team."}),
    (idt.unread_code, {"message": "Hej! Jag läste din kod på GitHub om dbt, riktigt snyggt. Ses på meetupen?"}),  # source code, no phone
    (idt.service_account, {"name": "Ana Ruiz", "headline": "Security Engineer at LinkedIn"}),  # a person who works there
    (idt.service_account, {"name": "Tom Berg", "headline": "Customer Support Lead at Revolut"}),
    (idt.service_account, {"name": "Support Team"}),  # no organization claimed
    (idt.unread_code, {"message": "I sent a code to your number by mistake, can you forward it?"}),  # read: the tables weigh it
    # a real mistake ends with the apology; a question before it is no follow-up
    (idt.wrong_person, {"message": "Sorry, wrong person! I meant to invite my colleague Sam Parker. Feel free to ignore."}),
    (idt.wrong_person, {"message": "Are you Sam Parker from Leeds? If not, sorry, wrong person!"}),
    (idt.wrong_person, {"message": "Sorry, I think I have the wrong person... where are you from?", "relationship": "met-in-person"}),
]  # fmt: skip


@pytest.mark.parametrize(("detect", "facts", "expected"), FIRES)
def test_each_detector_fires_with_its_evidence(detect, facts, expected):
    """The detector fires, and its evidence names what it saw."""
    evidence = detect(Facts(**facts))
    assert evidence and expected in " ".join(evidence), evidence


@pytest.mark.parametrize(("detect", "facts"), QUIET)
def test_each_detector_stays_quiet_on_look_alikes(detect, facts):
    """A colleague who shares connections, a verified recruiter, a note the checker reads: no signal."""
    assert detect(Facts(**facts)) == []


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Hej! Jag hjälper svenskar att få bättre avkastning med sparande.", True),
        ("Halo kak, ada kerja sampingan dari rumah, minat?", True),
        (
            "Hi Neha, main Zepto mein tech hiring dekhti hoon, aapka profile kaafi match karta hai.",
            False,
        ),
        ("Dzień dobry, rekrutuję do Allegro na stanowisko Senior Java Developer.", False),
        ("Merhaba, ben de ODTÜ mezunuyum, bağlantıda kalmak isterim.", False),
        ("", False),
    ],
)
def test_unread_means_four_words_in_no_language_read(text, unread):
    """Swedish and Indonesian are not read; Hinglish (as English), Polish and Turkish are."""
    assert idt.unread(Facts(message=text)) is unread
