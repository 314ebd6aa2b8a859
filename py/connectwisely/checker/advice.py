"""What to do with a verdict: the next steps, and for "reply first" a reply to send.

Replies are chosen by what the checker found, never generated: each is a short, polite
question a real person answers easily and a bot or mass inviter doesn't.
"""

from __future__ import annotations

from ..core.guide import link
from ..core.report_rules import CHECKS, EVIDENCE, checks_sentence, plain
from ..core.text import first_name, shorten
from .facts import Facts


def _step(text: str, guide: str | None = None) -> dict:
    return {"text": text, "guide": link(guide) if guide else None}


_REPORT_HOW = (
    "Report the account: on their profile, open More (…) → Report / Block and choose the reason "
    "that fits (a fake account, a scam or fraud). Then press Ignore on the invitation."
)
# signals about a job or a recruiter: "reply first" then names the checks (core.report_rules)
_JOB_SIGNALS = frozenset({"RQ008", "RQ010", "RQ029", "RQ045"})


def next_steps(verdict: str, rule: str, fired: set[str]) -> list[dict]:
    """The steps for ``verdict``, given the rule that decided it and the signal ids that fired."""
    if verdict == "report":
        return [
            _step("Don't reply, open no link, and send no money, documents or codes."),
            _step(plain(EVIDENCE[0].text), EVIDENCE[0].guide),
            _step(_REPORT_HOW, "report"),
            _step(
                "Already paid or shared something? Call your bank now, change any password you "
                "typed, and report it to your national fraud reporting service (the guide lists "
                "them by country).",
                "fraud-services",
            ),
        ]
    if verdict == "ignore":
        steps = [_step("Press Ignore. LinkedIn does not tell the sender.", "decline")]
        if fired & {"RQ012", "RQ013", "RQ014"}:
            steps.append(
                _step(
                    "If the pitching continues by message, you can report it as spam.",
                    "sales-pitches",
                )
            )
        else:
            steps.append(
                _step(
                    "If they write again with a real reason, think again: nothing is lost.",
                    "decline",
                )
            )
        return steps
    if verdict == "accept":
        return [
            _step("Accept the invitation."),
            _step(
                "Send a short thank-you within a day or two that picks up where you left off.",
                "after-accept",
            ),
        ]
    steps = [
        _step(
            "Don't accept yet. Reply to the note (LinkedIn shows a Reply button under an "
            "invitation with a note), or look at their profile first.",
            "verdicts",
        )
    ]
    if rule in ("known-but-doubtful", "warning-but-known"):
        steps.append(
            _step(
                "Check with them on a channel you already use (phone, work e-mail) that this "
                "account is really theirs: copied and hijacked accounts look just like this.",
                "fake-profile",
            )
        )
    if rule == "check-first":
        steps.extend(_check_first_steps())
    elif fired & _JOB_SIGNALS:
        steps.append(_step(f"About a job, check before you go further. {checks_sentence()}",
                           "impersonation"))  # fmt: skip
    if rule == "unknown":
        steps.append(
            _step(
                "Open their profile → More (…) → About this profile, and add what you see here "
                "(join date, verification, mutual connections) for a firmer answer.",
                "account-age",
            )
        )
    steps.append(
        _step("Accept once their answer makes sense; a real person answers, a bot doesn't.")
    )
    return steps


def _check_first_steps() -> list[dict]:
    """A move to another channel from a profile that stands up: stay on LinkedIn, then the
    guide's checks (:data:`connectwisely.core.report_rules.CHECKS`), each with its own guide."""
    stay = _step(
        "Keep the conversation on LinkedIn until you know who they are: moving to a chat app or "
        "a personal e-mail is fine later, but copied and hijacked accounts ask for it first.",
        "off-platform",
    )
    return [stay, *(_step(plain(rule.text), rule.guide) for rule in CHECKS)]


def suggested_reply(verdict: str, rule: str, facts: Facts, fired: set[str]) -> str | None:
    """A reply to send for "reply first"; None for the other verdicts."""
    if verdict != "reply-first":
        return None
    first = shorten(first_name(facts.name), 40) if facts.name else ""
    hello = f"Hi {first}," if first else "Hi,"
    noted = bool(facts.message.strip())
    thanks = "thanks for your note" if noted else "thanks for the invitation"
    if rule in ("known-but-doubtful", "warning-but-known", "softened"):
        body = (
            "good to hear from you! Is this a new account? Before I accept, could you drop me a "
            "line on the number or e-mail I already have for you?"
        )
    elif rule == "check-first":
        body = (
            f"{thanks}! I'd rather keep it here on LinkedIn for now. Could you tell me a bit more "
            "here, or write from your work e-mail address?"
        )
    elif "RQ031" in fired:
        body = "thanks for the note! Remind me where we crossed paths? I'd like to place you before I accept."
    elif "RQ017" in fired:
        body = (
            "thanks for reaching out. I only refer people whose work I know, but I'm happy to "
            "answer a question or two. What would help you most?"
        )
    elif "RQ045" in fired:
        body = (
            "thanks for the details. Could you point me to the role on your company's careers "
            "page and tell me a bit about the team? Happy to talk here once I've had a look."
        )
    elif fired & {"RQ041", "TM001"}:
        body = f"{thanks}! Which team are you on? I don't think we've crossed paths yet."
    elif fired & {"RQ040", "RQ042", "RQ043", "RQ044"}:
        body = (
            f"{thanks}! What would you like to talk about? Happy to connect once I know a bit more."
        )
    else:
        body = f"{thanks}. Have we met, or is there something I can help with?"
    return f"{hello} {body}"


__all__ = ["next_steps", "suggested_reply"]
