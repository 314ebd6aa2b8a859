"""What a note asks of the reader: each detector fires on the kinds of asks the warnings
describe (a move to another channel, money, an investment, data, a sign-in, a link), in varied
wording and languages, and stays quiet on genuine notes that share their words."""

from __future__ import annotations

from connectwisely.checker import ask_detectors as ad
from connectwisely.checker.facts import Facts
from tests.support.detector_tables import detector_cases, is_quoted_evidence

FIRES = [
    (ad.off_platform_stranger, "Text me on WhatsApp so I can share the details."),
    (ad.off_platform_stranger, "Let's continue on W.h.a.t.s.A.p.p"),
    (ad.off_platform_stranger, "add me on whats-app please"),
    (ad.off_platform_stranger, "Message me on Te1egram: @victor"),
    (ad.off_platform_stranger, "Contact: wa.me/4479460958"),
    (ad.off_platform_stranger, "details at t.me/jobs_hr"),
    (ad.off_platform_stranger, "send your CV to hr.team@gmail.com"),
    (ad.off_platform_stranger, "write to jane (at) gmail dot com"),
    (ad.off_platform_stranger, "I'm rarely on here, let's chat on Signal instead"),
    (ad.off_platform_stranger, "Can we chat privately on Google Chat?"),
    (ad.off_platform_stranger, "Call or text +44 20 7946 0958"),
    (ad.off_platform_stranger, "Wh\u200batsApp me"),
    (ad.money, "Please pay the $50 processing fee via gift card."),
    (ad.money, "We will send you a check to purchase equipment from our vendor."),
    (ad.money, "Our company requires you to buy a laptop first. It will be reimbursed."),
    (ad.money, "a small refundable deposit secures your slot"),
    (ad.investment, "I make steady profits from bitcoin trading, I can teach you."),
    (ad.investment, "Our fund pays 25% monthly returns, guaranteed."),
    (ad.investment, "Guaranteed profit, zero risk. Want me to show you how?"),
    (ad.personal_data, "Send your bank login and a photo of your ID for payroll."),
    (ad.personal_data, "please share the 6-digit verification code we texted you"),
    (ad.phishing, "I've shared the invoice, log in with your Office 365 details to view it."),
    (ad.phishing, "Sign in to view the document: secure-docs.net/x"),
    (ad.phishing, "For the test, clone this repo and run npm install."),
    (ad.phishing, "Your LinkedIn account will be suspended. Verify at linkedln-security.com"),
    (ad.shortener, "Details here: bit.ly/3xYz"),
    (ad.too_good, "Remote data entry, $40/hr, no experience required."),
    (ad.too_good, "Congrats, you're hired for our data entry job!"),
    (ad.too_good_once, "You have been selected for the next stage of our role."),
    (ad.advance_fee, "I have a confidential business proposal for you."),
    (ad.personal_data, "A code was sent to your phone by mistake, could you tell me the 6 digits?"),
    (ad.personal_data, "Sign the form with your BankID here: verify-profile.se"),
    (ad.money, "You are nominated as a speaker; the speaker participation fee is $650."),
    (ad.other_link, "My portfolio: behance.net/someone"),
    (ad.money, "Training is free, only a small registration fee of $50 before you start."),
    (ad.money, "Pague a taxa de treinamento de R$ 89 via Pix."),
    (ad.off_platform_stranger, "Call me: five five five, one two three, four five six seven."),
    (ad.off_platform_stranger, "Ping me on WA for the details."),
    (ad.investment, "Members see about twelve percent every week on the gold desk."),
    (ad.phishing, "Open the offer at docs-google-share.net and confirm your email."),
    # a code that reached you, in other words than "by mistake"
    (
        ad.personal_data,
        "Oops, my verification SMS went to your phone instead of mine. Can you tell me the digits?",
    ),
    (
        ad.personal_data,
        "Ich habe mich vertippt, Sie haben einen Bestätigungscode bekommen. Schicken Sie ihn mir?",
    ),
    (
        ad.personal_data,
        "Je me suis trompée de numéro et vous avez reçu un code. Vous pouvez me le donner ?",
    ),
    (
        ad.personal_data,
        "Hesabınız için e-postanıza gelen 6 haneli kodu bu mesaja yanıt olarak gönderin.",
    ),
    (ad.money, "Kindly confirm by paying the speaker registration of USD 799 to secure your slot."),
]

QUIET = [
    (ad.off_platform_stranger, "Your post on WhatsApp's end-to-end encryption was great."),
    (ad.off_platform_stranger, "I'm an engineer at Telegram and loved your talk."),
    (ad.off_platform_stranger, "We could design all of it together."),
    (ad.off_platform_stranger, "Email me at sam@spotify.com with any questions."),
    (ad.money, "Your article about gift card scams was spot on."),
    (ad.money, "Check out the slides to get started."),
    (ad.investment, "I cover crypto markets; your post on staking returns was great."),
    (ad.personal_data, "We will never ask for your password."),
    (ad.phishing, "Here is the recording of the talk."),
    (ad.too_good, "We're hiring a senior engineer, salary £95k, hybrid in London."),
    (ad.too_good, "6-month React contract, £550/day, hybrid. Open to a chat?"),
    (ad.personal_data, "I never got the code by mistake, all good now."),
    (ad.investment, "I'd love to show you how we built our matching engine."),
    (ad.investment, "In data work, good lineage gives guaranteed returns to the whole org."),
    (ad.money, "The registration fee is waived for speakers and we cover travel."),
    (ad.off_platform_stranger, "We grew ARR from 12000000 to 15000000 last year."),
    (ad.off_platform_stranger, "Our office is in Seattle, WA."),
    (ad.personal_data, "Formation 100% financée par ton CPF, places limitées."),
    # source code is no verification code
    (ad.personal_data, "Loved the code you got merged into pandas last week!"),
    (ad.personal_data, "Przejrzałem Twój kod na GitHubie, dostałem sporo inspiracji. Dzięki!"),
    (ad.personal_data, "Kodunuzu GitHub'da inceledim, paylaştığınız örnekler çok faydalı oldu."),
    (ad.personal_data, "Ich habe Ihren Code auf GitHub gelesen, Sie haben viel Lob bekommen."),
    (ad.money, "The role pays $95k a year, paid monthly."),
]


@detector_cases(FIRES)
def test_fires_with_quoted_evidence(detect, note):
    """The detector fires, and its evidence quotes words of the note (or states a fact)."""
    assert is_quoted_evidence(detect(Facts(message=note)))


@detector_cases(QUIET)
def test_stays_quiet_on_lookalike_genuine_notes(detect, note):
    """Genuine notes that share words with a warning don't fire it."""
    assert detect(Facts(message=note)) == []


def test_off_platform_splits_by_relationship():
    """A move off LinkedIn is a red flag from a stranger, a scam warning from someone you know."""
    note = "text me at +1 415 555 0199"
    assert ad.off_platform_stranger(Facts(message=note)) and not ad.off_platform_known(
        Facts(message=note)
    )
    known = Facts(message=note, relationship="worked-together")
    assert ad.off_platform_known(known) and not ad.off_platform_stranger(known)


def test_quotes_are_bounded():
    """Evidence quotes are short, whatever the note's length."""
    evidence = ad.off_platform_stranger(Facts(message="WhatsApp " + "x" * 5_000))
    assert evidence and all(len(e) <= 84 for e in evidence)
