"""The checker's reading of a note on its own, for the note linter: a note the checker flags
must never pass the linter, so the linter asks the checker instead of keeping its own lists.

:func:`note_flags` is a small, stable public function (``connectwisely.checker.note_flags``):
it runs the checker's note detectors, in every language the checker reads, on a note with no
profile around it, and says what each one found. :func:`read_note` gives the linter that and
the rules' other signals from one reading.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.dates import parse_today
from ..core.schema import check_all
from ..core.text import clean
from . import ask_detectors as ad
from . import note_detectors as d
from .evidence import quote
from .facts import Facts, gather
from .signals import BY_ID, SIGNALS, detect_all
from .words import phrases as P

# (topic, signal id, detector): the topics are part of the contract and never change meaning.
_CHECKS: tuple[tuple[str, str, Callable[[Facts], list[str]]], ...] = (
    ("phone", "RQ001", lambda f: quote(P.find(P.PHONE, f.asks))),
    ("off-platform", "RQ001", ad.off_platform),
    ("money", "RQ003", ad.money),
    ("money", "RQ028", ad.advance_fee),
    ("investment", "RQ004", ad.investment),
    ("personal-data", "RQ005", ad.personal_data),
    ("sign-in-link", "RQ006", ad.phishing),
    ("link", "RQ007", ad.shortener),
    ("link", "RQ018", ad.other_link),
    ("too-good-job", "RQ008", ad.too_good),
    ("romance", "RQ009", d.romance),
    ("pitch", "RQ012", d.sales_pitch),
    ("pitch", "RQ013", d.mlm),
    ("job-ask", "RQ017", d.job_ask),
)
TOPICS = tuple(dict.fromkeys(topic for topic, _, _ in _CHECKS))


def note_flags(text: str) -> list[dict]:
    """What the request checker flags in the note ``text``, read on its own.

    Returns a list, in a fixed order, of ``{"topic", "id", "label", "evidence"}``:

    - ``topic``: one of :data:`TOPICS`: ``phone`` (a phone number), ``off-platform`` (WhatsApp,
      Telegram, text, a personal e-mail; a phone number is one too), ``money`` (a fee, a
      transfer, gift cards, advance-fee talk), ``investment`` (promised returns),
      ``personal-data`` (bank, ID or login details), ``sign-in-link`` (sign in to view,
      install, a look-alike address), ``link`` (a shortened or other link), ``too-good-job``,
      ``romance``, ``pitch`` (a sales or "business opportunity" pitch), ``job-ask``;
    - ``id``: the checker's signal id behind it (its guide link and message are in
      :data:`connectwisely.checker.signals.BY_ID`);
    - ``label``: a few words for the reader ("it asks for money");
    - ``evidence``: the words of the note that fired it, quoted.

    Any language the checker reads is read here. An empty list means the checker found
    nothing in the note itself (its verdict still depends on the profile around it).
    """
    if not isinstance(text, str):
        return []
    return _flags(Facts(message=clean(text)))


def read_note(text: str) -> tuple[list[dict], list[dict]]:
    """``note_flags(text)``, and the signals ``check_request({"message": text})`` raises, from
    one reading of the note: the detectors both ask run once (the linter's click is one read).
    Raises ``InputError`` as ``check_request`` does (an empty note, say)."""
    from .check import REQUEST_FIELDS

    facts = gather(check_all(REQUEST_FIELDS, {"message": text}), {}, parse_today(None))
    return _flags(facts), detect_all(facts, SIGNALS)


def _flags(facts: Facts) -> list[dict]:
    flags = []
    for topic, signal_id, detect in _CHECKS:
        evidence = detect(facts)
        if evidence:
            flags.append(
                {
                    "topic": topic,
                    "id": signal_id,
                    "label": BY_ID[signal_id].label,
                    "evidence": evidence,
                }
            )
    return flags


__all__ = ["TOPICS", "note_flags"]
