"""When to report, when to check first, how to check, and what to do: the one set of rules.

The guide's pages render these records (a ```` ```report-rules``` ```` fence the MkDocs plugin
expands, see :mod:`connectwisely.sitebuild.rules_block`) and the request checker's next steps
quote them (:mod:`connectwisely.checker.advice`), so a page and a tool can't disagree about
when a request is worth reporting. ``tests/unit/docs/test_report_rules.py`` reads every page
and the checker's steps against these records.

- **Hard signals** mean report: each is an ask no honest contact makes of a stranger.
- **Soft signals** mean check first: real recruiters and real colleagues do these every day
  (sourcing recruiters write to people who never applied; in much of the world they use
  WhatsApp), so alone they are a reason to look closer, never to report.
- **Checks** are how to look closer; **evidence** is what to keep before you report, since a
  reported conversation leaves your inbox.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One signal, check or step: an id, the words a reader sees, and where the guide says more.

    ``terms`` are patterns (for lowercased text) of the words a page uses for it, which the
    consistency test looks for; ``guide`` is a :data:`connectwisely.core.guide.PAGES` name.
    """

    id: str
    text: str
    guide: str
    terms: tuple[str, ...] = ()


HARD: tuple[Rule, ...] = (
    Rule(
        "money",
        "**Money or fees**: a fee, equipment, training, a deposit to unlock earnings, gift cards "
        "or crypto sent to them.",
        "money",
        (r"\bfees?\b", r"\bmoney\b", r"\bpa(?:y|id)", r"\bgift cards?\b", r"\bdeposit"),
    ),
    Rule(
        "personal-data",
        "**ID or bank details** before a written offer, or any password or one-time code.",
        "personal-data",
        (r"\bid\b", r"\bbank\b", r"\bpasswords?\b", r"\bcodes?\b", r"\bpassport"),
    ),
    Rule(
        "sign-in-link",
        '**A link that asks you to sign in** ("log in to view the document").',
        "phishing",
        (r"\bsign[ -]in\b", r"\blog[ -]?in\b"),
    ),
    Rule(
        "off-platform-plus",
        "**A move off LinkedIn together with one of these**, or with a refusal to let you check "
        "who they are.",
        "off-platform",
        (r"\brefus",),
    ),
)

SOFT: tuple[Rule, ...] = (
    Rule(
        "unsolicited-job",
        "**A job you never applied for.** Sourcing recruiters write to people who didn't apply; "
        "that's their work.",
        "too-good",
        (r"\bnever applied\b", r"\bdidn't apply\b", r"\bunsolicited\b"),
    ),
    Rule(
        "chat-app",
        "**A chat app** such as WhatsApp or Telegram. Many real recruiters use one every day, in "
        "India, Brazil, the Gulf, much of Africa and Southeast Asia.",
        "off-platform",
        (r"\bwhatsapp\b", r"\btelegram\b", r"\bchat apps?\b"),
    ),
    Rule(
        "crypto-topic",
        "**Crypto as a topic**: in a headline or a job it's an industry, not a promise.",
        "investment",
        (r"\bcrypto",),
    ),
)

CHECKS: tuple[Rule, ...] = (
    Rule(
        "careers-site",
        "Find the role on the **company's own careers site**, typing the address yourself.",
        "impersonation",
        (r"\bcareers? (?:site|page)",),
    ),
    Rule(
        "email-domain",
        "Ask for a message from the **company's e-mail domain**, not webmail or a lookalike.",
        "impersonation",
        (r"\bdomain\b",),
    ),
    Rule(
        "workplace-badge",
        "Click their **workplace verification badge** and read what it says.",
        "verification",
        (r"\bbadge\b",),
    ),
)

EVIDENCE: tuple[Rule, ...] = (
    Rule(
        "screenshot",
        "**Screenshot** the messages and **copy the profile's URL** first: a reported "
        "conversation disappears from your inbox.",
        "report",
        (r"\bscreenshot",),
    ),
    Rule(
        "report-or-block",
        "**Then report or block** them (the profile's More (…) menu → Report / Block).",
        "report",
        (r"\breport\b",),
    ),
)

PARTS = {"hard": HARD, "soft": SOFT, "checks": CHECKS, "evidence": EVIDENCE}
TITLES = {
    "hard": "Report: any one of these",
    "soft": "Check first: alone, these are no reason to report",
    "checks": "How to check",
    "evidence": "Before you report",
}


def plain(text: str) -> str:
    """A rule's words without Markdown emphasis, for a tool's plain-text step."""
    return text.replace("**", "")


def evidence_step() -> str:
    """The steps before reporting, as one sentence a tool can show."""
    return " ".join(plain(rule.text) for rule in EVIDENCE)


def checks_sentence() -> str:
    """The three checks, as one plain sentence a tool can show."""
    return " ".join(plain(rule.text) for rule in CHECKS)


__all__ = [
    "CHECKS",
    "EVIDENCE",
    "HARD",
    "PARTS",
    "SOFT",
    "TITLES",
    "Rule",
    "checks_sentence",
    "evidence_step",
    "plain",
]
