"""The intents every signal maps onto, in any language: what the sender wants, not how they
word it. The words behind each intent are data per language, side by side in
:mod:`.words` (one module per language, the same slots in each); the language-free cues
(amounts with a currency and a time unit, phone numbers, links and look-alike domains, app
names, the profile's facts) count whatever the note's language.

``INTENTS`` names each intent and the kind of request it points to (``target``: what a case
whose note shows it should be), which ``nox -s eval`` uses to report each intent's precision
and recall. ``INTENT_OF`` gives each signal its intent.
"""

from __future__ import annotations

INTENTS = {
    "ask": ("asks for money, a fee or a deposit, bank or ID data, a sign-in, or a move to another channel", ("scam",)),
    "too-good": ("offers too much for what it asks: pay for trivial work, profits, a large sum", ("scam",)),
    "pitch": ("sells: we offer, you book, register or buy", ("spam",)),
    "shared-context": ("claims a shared past, with its specifics", ("genuine",)),
    "authority": ("claims authority: an executive (of your own company too), a famous employer", ("scam",)),
    "urgency": ("pushes you to hurry, or to keep it secret", ("scam",)),
    "romance": ("flatters you, or opens like a romance", ("scam",)),
    "job-ask": ("asks you for a job or a referral", ()),
    "stock": ("says nothing specific: the stock line, a mass message", ()),
    "unread": ("is written in a language the checker does not read", ()),
    "profile": ("the profile's own facts: age, network, photo, verification", ()),
    "relevance": ("touches your work, field or workplace", ("genuine",)),
}  # fmt: skip

_BY_INTENT = {
    "ask": "RQ001 RQ002 RQ052 RQ003 RQ005 RQ006 RQ007 RQ018 RQ028 RQ057",
    "too-good": "RQ004 RQ008 RQ029 RQ046 RQ051",
    "pitch": "RQ012 RQ013 RQ014",
    "shared-context": "RQ019 RQ030 RQ031",
    "authority": "RQ010 RQ047 RQ049 RQ054 RQ058",
    "urgency": "RQ011 RQ048",
    "romance": "RQ009 RQ020 RQ055",
    "job-ask": "RQ017",
    "stock": "RQ015 RQ016",
    "unread": "RQ050",
    "profile": "RQ032 RQ033 RQ021 RQ022 RQ023 RQ024 RQ025 RQ026 RQ034 RQ035 RQ036",
    "relevance": "RQ053 RQ027 RQ040 RQ041 RQ042 RQ043 RQ044 RQ045 RQ056",
}
INTENT_OF = {sid: intent for intent, ids in _BY_INTENT.items() for sid in ids.split()}


def intent_of(signal_id: str) -> str:
    """The intent behind a signal; a team's own rules (ids outside the table) are "team"."""
    return INTENT_OF.get(signal_id, "team")


def intents_in(signals: list[dict]) -> list[str]:
    """The intents a check's signals show, in :data:`INTENTS` order, each once."""
    found = {intent_of(s["id"]) for s in signals}
    return [intent for intent in (*INTENTS, "team") if intent in found]


__all__ = ["INTENTS", "INTENT_OF", "intent_of", "intents_in"]
