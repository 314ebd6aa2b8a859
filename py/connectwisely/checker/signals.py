"""The request checker's signals, as data: one frozen record per signal, with its detector.

``kind`` is what DESIGN names (risk, trust, relevance); ``flag`` says how the verdict uses the
signal (see :func:`connectwisely.checker.check.decide`):

- risk: ``red`` (a hard red flag: report), ``scam`` (a scam warning), ``spam`` (selling or mass
  connecting), ``fake`` (a sign of a fake or empty profile), ``caution`` (a doubt, no more),
  ``check`` (a doubt that stops an accept: check who they are first),
  ``note`` (worth knowing; weighs nothing in the verdict);
- trust and relevance: ``known`` (the reader says they share context), ``claimed`` (the note
  names a shared past), ``shared`` (mutual connections), ``workplace`` (the reader's own
  employer), ``reason`` (something in it for the reader), ``work`` (the note names the
  reader's own work), ``follows`` (the reader says they follow their work), ``support`` (the
  profile stands up).

``ask`` marks the risk signals that ask for money (a fee, a transfer, an investment promised
returns), credentials or identity documents: shared context never softens those (see :func:`connectwisely.checker.check.decide`).

The risk score combines the risk weights as independent chances, 100 × (1 − Π(1 − w/100)), and
relevance does the same with trust and relevance weights, so both stay within 0–100.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..core.guide import link
from . import ask_detectors as ad
from . import intent_detectors as idt
from . import note_detectors as d
from . import offer_detectors as od
from . import profile_detectors as pd
from .facts import Facts

KINDS = ("risk", "trust", "relevance")
FLAGS = {
    "risk": ("red", "scam", "spam", "fake", "caution", "check", "note"),
    "trust": ("known", "claimed", "shared", "support"),
    "relevance": ("shared", "workplace", "reason", "work", "follows"),
}


@dataclass(frozen=True)
class Signal:
    """One signal: what it is, how much it weighs, what it tells the reader, where the guide explains it."""

    id: str
    kind: str
    flag: str
    weight: int
    label: str  # a few words for the summary: "asks you to move off LinkedIn"
    message: str
    guide: str
    detect: Callable[[Facts], list[str]]
    ask: bool = False  # asks for money, credentials or identity: context never softens it
    # A claim that, when it fires and the verdict is "ignore" or "report", leads the summary,
    # said whole with why it is a red flag (an executive of your own company nobody you know
    # is connected to): the reader must not read past it to a channel move.
    lead: str = ""

    def __post_init__(self) -> None:
        if (
            self.kind not in KINDS
            or self.flag not in FLAGS[self.kind]
            or not 0 < self.weight <= 100
        ):
            raise ValueError(f"bad signal record {self.id}")


def _risk(id, flag, weight, label, message, guide, detect, ask=False, lead="") -> Signal:
    return Signal(id, "risk", flag, weight, label, message, link(guide), detect, ask, lead)


def _good(id, kind, flag, weight, label, message, guide, detect) -> Signal:
    return Signal(id, kind, flag, weight, label, message, link(guide), detect)


# fmt: off
SIGNALS = (
    # -- hard red flags and scam warnings: what the note asks ----------------------------
    _risk("RQ001", "red", 60, "it asks you to move off LinkedIn",
          "They want to continue on WhatsApp, Telegram, text or a personal e-mail before you have even spoken. Moving you away from LinkedIn's filters and report button is the most common first step of a scam.",
          "off-platform", ad.off_platform_stranger),
    _risk("RQ002", "scam", 30, "it asks you to move off LinkedIn, though you know them",
          "They want to move to WhatsApp, Telegram, text or a personal e-mail. From someone you know that can be fine, but hijacked and copied accounts do exactly this: check it is really them on a channel you already use.",
          "off-platform", ad.off_platform_known),
    _risk("RQ052", "check", 20, "it asks to move to another channel",
          "They want to continue on WhatsApp, Telegram, text or a personal e-mail. Their profile stands up (people you know are connected to them, and the account is not new), and in many countries recruiters work this way; still, reply on LinkedIn first and never send documents, codes or money on the other channel.",
          "off-platform", ad.off_platform_vouched),
    _risk("RQ003", "red", 70, "it asks for money",
          "It asks for money: a fee, a deposit, gift cards, a transfer, or buying equipment with a cheque they send. An honest employer or contact never asks you to pay.",
          "money", ad.money, True),
    _risk("RQ004", "red", 65, "it promises investment profits",
          "It talks up trading, crypto or a fund with profits or guaranteed returns. Investment fraud that starts with a friendly contact is the costliest scam reported to the FBI.",
          "investment", ad.investment, True),
    _risk("RQ005", "red", 70, "it asks for personal, bank or login details",
          "It asks for bank details, ID, passwords or codes. Nobody needs those from a new contact; a real employer collects them after a written offer, through its HR system.",
          "personal-data", ad.personal_data, True),
    _risk("RQ006", "red", 70, "it sends a sign-in or install link",
          "It asks you to sign in to see a document, install something, or points to a look-alike LinkedIn address. That is how accounts and passwords are stolen.",
          "phishing", ad.phishing, True),
    _risk("RQ007", "scam", 35, "it hides a link behind a shortener",
          "The note carries a shortened link, which hides where it goes. Don't open it; if they are genuine, they can tell you what it is.",
          "phishing", ad.shortener),
    _risk("RQ008", "red", 60, "it offers a job too good to be true",
          "A job you never applied for, with several of the signs the FTC warns about: high pay for simple work, no experience needed, “you're hired” without a real interview.",
          "too-good", ad.too_good),
    _risk("RQ009", "red", 60, "it opens like a romance scam",
          "Compliments on your looks, a lonely widower, a search for love: LinkedIn is not a dating site, and this is how romance scams open.",
          "romance", d.romance),
    _risk("RQ010", "scam", 40, "it looks like an impersonated recruiter",
          "A recruiter for a famous company with a tiny network or a new account and no verification. Scammers borrow big names; find the job on the company's own site before you reply.",
          "impersonation", d.impersonation),
    _risk("RQ055", "scam", 40, "it says it reached the wrong person, then keeps talking",
          "They say they wrote to the wrong person, then carry on as if you had met: nice to meet you anyway, where are you from? A real mistake ends with the apology; the “wrong number” opener is how romance and investment scams start talking to a stranger.",
          "romance", idt.wrong_person),
    _risk("RQ028", "red", 60, "it reads like advance-fee fraud",
          "An inheritance, a transfer of funds, a “confidential business proposal”: the opening of advance-fee fraud, where the victim ends up paying to release money that doesn't exist.",
          "money", ad.advance_fee, True),
    _risk("RQ029", "scam", 35, "it offers a job with a too-good sign",
          "A job offer with one of the signs of a fake job: high pay for simple work, no experience needed, or “you're selected” before any interview.",
          "too-good", ad.too_good_once),
    _risk("RQ046", "scam", 40, "it offers a large sum out of the blue",
          "A large sum (an investment, funding, a grant) offered by someone you share no context with. Real investors and funders don't open with money to a stranger; this is how advance-fee and investment frauds begin.",
          "too-good", od.large_offer),
    _risk("RQ047", "scam", 45, "they claim to lead your own company, yet share no connection with you",
          "Their profile names a senior role at your own company, but you have no connection in common. A real colleague, let alone an executive, is connected to people you know; scammers borrow your own leaders' names to ask for favors, gift cards or your phone number.",
          "impersonation", idt.own_company_authority,
          lead="They claim an executive's seat at your own company, yet share no connection with you: a real leader of your company is connected to people you know, and scammers borrow your own leaders' names to ask for favors, gift cards or your phone number."),
    _risk("RQ049", "scam", 35, "a brand-new account offers a job, and nobody you know is connected to it",
          "A job offer from an account less than six months old, with no verification and no connection in common. Real recruiters have a history you can see; check the job on the company's own careers page before you reply.",
          "account-age", idt.new_account_offer),
    _risk("RQ051", "scam", 35, "it offers pay per hour or day, in words the checker cannot read",
          "The note is in a language the checker does not read, but it names pay per hour or per day with an amount. Pay for the time, offered to a stranger out of the blue, is how task and job scams open in every language.",
          "too-good", idt.unread_pay),
    _risk("RQ011", "caution", 15, "it pushes you to hurry",
          "It pushes you to act fast. Pressure leaves less time to check, which is why scams use it; a real opportunity waits a day.",
          "too-good", d.urgency),
    _risk("RQ048", "caution", 15, "it asks you to keep it quiet",
          "It asks for discretion: keep it between you, handle it quietly, tell no one. Secrecy cuts you off from the colleague or friend who would spot the scam; nothing honest needs it from a stranger.",
          "too-good", idt.secrecy),
    _risk("RQ058", "scam", 45, "the account is named as a service of LinkedIn or a bank, not a person",
          "The name on the account is a service (“LinkedIn Verification Team”, “Sparkasse Kundenservice”), not a person's. LinkedIn, banks and tax offices never send connection requests; accounts named after them are how phishing for codes and logins starts.",
          "impersonation", idt.service_account),
    _risk("RQ054", "caution", 10, "they say they work at your company, yet share no connection with you",
          "Their profile names your own company, but you have no connection in common. Colleagues are usually connected to someone you know; check your company's directory or ask a colleague before you share anything internal.",
          "impersonation", idt.own_company_claim),
    _risk("RQ057", "scam", 40, "it seems to ask for a code sent to your phone, in words the checker cannot read",
          "The note is in a language the checker does not read, but it names a code and a phone number or text message. “I sent a code to your number by mistake, can you forward it?” is how accounts are taken over in every language: never pass on a code that reached your phone.",
          "personal-data", idt.unread_code),
    _risk("RQ050", "note", 5, "the note's words were not read",
          "The note is in a language the checker does not read, so only what means the same in every language counted: amounts, phone numbers, links, app names and the profile's facts. Read the note yourself, or have it translated, before you decide.",
          "the-note", idt.unread_note),
    # -- spam: selling and mass connecting -----------------------------------------------
    _risk("RQ012", "spam", 35, "it is a sales pitch",
          "It is a sales pitch: an offer, a promised result, a price or a call to book. Accepting puts you on their prospect list.",
          "sales-pitches", d.sales_pitch),
    _risk("RQ013", "spam", 35, "it recruits for a “business opportunity”",
          "Passive income, being your own boss, an opportunity for open-minded people: the language of multi-level marketing recruitment.",
          "sales-pitches", d.mlm),
    _risk("RQ014", "spam", 30, "they connect with anyone",
          "They connect with anyone (an open networker, “LION”, follow-for-follow). The invitation is about their numbers, not about you.",
          "open-networkers", d.open_networker),
    # -- doubts about the note -----------------------------------------------------------
    _risk("RQ015", "note", 5, "the note is the stock line",
          "The note is the stock line and says nothing about why they are writing. Common and harmless, but it gives you nothing to go on.",
          "the-note", d.default_note),
    _risk("RQ016", "caution", 10, "the note reads like a mass message",
          "“Came across your profile”, “impressive profile”: lines that fit anyone, typical of messages sent in bulk.",
          "the-note", d.mass_message),
    _risk("RQ017", "caution", 10, "they ask for a job or a referral",
          "They ask for a job or a referral before you know each other. Not a scam, but a big ask: help only if you know their work.",
          "no-job-ask", d.job_ask),
    _risk("RQ018", "caution", 10, "the note includes a link",
          "The note includes a link. Check where it goes before opening it, and never sign in through it.",
          "phishing", ad.other_link),
    _risk("RQ019", "caution", 20, "the note claims a shared past you don't recognize",
          "The note says you have met or worked together, but you said you share no context. Pretending to know you is a common opener; ask where you met.",
          "shared-context", d.denied_context),
    _risk("RQ020", "caution", 15, "the opener is over-familiar",
          "“Hello dear”, “my friend”, wanting to get to know you better: an over-familiar opener from a stranger, often the start of a long con.",
          "romance", d.familiar),
    # -- signs of a fake or empty profile ------------------------------------------------
    _risk("RQ021", "fake", 15, "the profile has no photo",
          "The profile has no photo. Many real people skip it, but together with other signs it points to a throwaway account.",
          "fake-profile", pd.no_photo),
    _risk("RQ022", "fake", 20, "the account is brand new",
          "The account is less than six months old. Newcomers are real too, but new accounts are what scammers use.",
          "account-age", pd.new_account),
    _risk("RQ023", "fake", 15, "they have almost no connections",
          "Fewer than 30 connections: a network that has barely started, or an account made for one purpose.",
          "profile-depth", pd.tiny_network),
    _risk("RQ024", "fake", 15, "the profile lists no experience",
          "No positions at all on the profile: nothing you could check.",
          "profile-depth", pd.no_experience),
    _risk("RQ025", "fake", 10, "the headline is vague",
          "A big title with no employer or field (“Director”, “CEO”, “Hiring Coordinator”) is easy to invent and impossible to check.",
          "profile-depth", pd.vague_headline),
    _risk("RQ026", "caution", 10, "you share no connections",
          "You have no connections in common. Normal across fields and countries, but it means nobody you know can vouch for them.",
          "mutual-connections", pd.no_mutual),
    _risk("RQ027", "caution", 5, "their work is outside your field",
          "Nothing in their headline or note touches the industry or interests you gave.",
          "relevance", pd.unrelated),
    # -- trust ---------------------------------------------------------------------------
    _good("RQ030", "trust", "known", 50, "you share real context",
          "You know each other: real shared context is the best reason to accept.",
          "shared-context", pd.known),
    _good("RQ031", "trust", "claimed", 30, "the note names your shared past",
          "The note says how you know each other. If that matches your memory, it is the best reason to accept.",
          "shared-context", d.claimed_context),
    _good("RQ032", "trust", "shared", 25, "you share many connections",
          "You share ten or more connections. Look at who they are: people you trust are good evidence.",
          "mutual-connections", pd.many_mutual),
    _good("RQ033", "trust", "shared", 10, "you share a few connections",
          "You share a few connections. Check who they are; one message to a mutual contact settles most doubts.",
          "mutual-connections", pd.some_mutual),
    _good("RQ034", "trust", "support", 15, "they are verified",
          "The profile carries a verification badge: the identity or workplace was checked (not their intentions).",
          "verification", pd.verified),
    _good("RQ035", "trust", "support", 10, "the account is established",
          "The account is more than two years old.",
          "account-age", pd.established),
    _good("RQ036", "trust", "support", 10, "the profile has depth",
          "Several positions and a real network: a working life you can check.",
          "profile-depth", pd.full_profile),
    # -- relevance -----------------------------------------------------------------------
    _good("RQ040", "relevance", "work", 25, "the note is about your work",
          "The note mentions something specific of yours (a post, a talk, a project): they have looked at your work.",
          "relevance", d.about_you),
    _good("RQ041", "relevance", "workplace", 30, "you work at the same company",
          "They work where you work.",
          "relevance", pd.workplace),
    _good("RQ042", "relevance", "reason", 25, "their work overlaps yours",
          "Their headline or note touches your industry or interests.",
          "relevance", pd.interest_overlap),
    _good("RQ043", "relevance", "follows", 15, "they follow your work",
          "You said they follow your work: a reason to hear them out, not yet shared context.",
          "shared-context", pd.follows_work),
    _good("RQ056", "relevance", "follows", 15, "they ask you about your work",
          "They name a piece of your work (a talk, a post, an article) and ask you a question about it, as a student or a reader of your work does: with mutual connections behind them, a good reason to accept.",
          "relevance", d.asks_about_your_work),
    _good("RQ053", "relevance", "reason", 10, "you are in the same group",
          "You said you are in the same group. Groups are large and open to anyone, so this is a reason to hear them out, not a sign you know each other.",
          "shared-context", pd.same_group),
    _good("RQ044", "relevance", "reason", 10, "the note is personal",
          "They wrote a real note that names something specific (an event, a place, your work, a person you both know), neither the stock line nor a pitch.",
          "the-note", d.personal_note),
    _good("RQ045", "relevance", "reason", 15, "it describes a concrete role",
          "The note names a role with its pay, place or terms, as real recruiters do. Check the job on the company's own careers page before you share anything.",
          "too-good", od.concrete_role),
)
# fmt: on


def detect_all(facts: Facts, signals: tuple[Signal, ...] = SIGNALS) -> list[dict]:
    """Every signal of ``signals`` that fires for ``facts``, in table order, as the API returns them."""
    found = []
    for signal in signals:
        evidence = signal.detect(facts)
        if evidence:
            found.append(
                {
                    "id": signal.id,
                    "kind": signal.kind,
                    "weight": signal.weight,
                    "message": signal.message,
                    "evidence": "; ".join(evidence),
                    "guide": signal.guide,
                }
            )
    return found


BY_ID = {s.id: s for s in SIGNALS}

__all__ = ["BY_ID", "KINDS", "SIGNALS", "Signal", "detect_all"]
