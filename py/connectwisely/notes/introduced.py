"""A detail that says who put the writer in touch: "Laura Chen introduced us at the alumni
dinner", "Miguel nos presentó en la cena", "Laura Chen hat uns beim Alumni-Dinner vorgestellt",
"Laura suggested I reach out", "Laura Chen recommended you".

Such a detail is a clause whose subject is a person, so it fits no person or place slot ("we
both know Laura Chen introduced us", "meeting you at Laura Chen introduced us"). It is read
into who, the act (``introduced``: they made the introduction; ``suggested``: they suggested
the writer get in touch) and where or when it happened, and rewritten as one clause of the
note's language that speaks to the recipient ("Laura suggested I get in touch"); each
language's openers for the kind hold that clause as a main clause, so German keeps its word
order ("Laura Chen hat uns beim Alumni-Dinner vorgestellt, und …").

Each language gives the same data: ``introduces``, (act, pattern) pairs read after the person's
name, the pattern's optional ``where`` group being the place or time as typed; ``introduced``,
by tone and act, the clause the note says, with ``{who}`` and ``{where}``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .openers import Opener

ACTS = ("introduced", "suggested")

# A person as a detail's subject: up to four capitalized words (family-name particles allowed),
# after an article some languages put before a name ("a Laura", "la Giulia").
_WHO = re.compile(
    r"^(?P<who>(?:(?:a|o|la|il|die|der)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*"
    r"(?:\s+(?:(?:de|da|do|dos|das|di|del|della|van|von|der|du|la|le)\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}"
    r"(?:,\s+(?:of|from|at|de|da|do|di|von|vom|chez|bei)\s+[^,]{1,40},)?)"  # ", da Natura,"
    r"\s+(?P<rest>.+)$"
)
# A trailing place or time kept after "introduced us": short, and not a new clause.
_MAX_WHERE_WORDS = 8


@dataclass(frozen=True)
class Introduction:
    """Who put the writer in touch, how (one of :data:`ACTS`), and where or when ("" if not said)."""

    who: str
    act: str
    where: str = ""

    def clause(self, templates: dict[str, str]) -> str:
        """The introduction said in one of the note's clauses (``templates``: act → clause)."""
        where = f" {self.where}" if self.where else ""
        return templates[self.act].format(who=self.who, where=where)


def read_introduction(text: str, introduces: tuple[tuple[str, str], ...]) -> Introduction | None:
    """The introduction a detail tells, or None when it tells none: a person's name, then one
    of the language's verbs of introducing or recommending (``introduces``) in any form."""
    found = _WHO.match(text.strip())
    if not found:
        return None
    rest = found.group("rest")
    for act, pattern in introduces:
        said = re.match(pattern, rest, flags=re.IGNORECASE)
        if said:
            where = (said.groupdict().get("where") or "").strip(" ,;:-–—")
            if not where[:1].islower() or len(where.split()) > _MAX_WHERE_WORDS:
                where = ""  # a new clause or sentence, not where it happened
            return Introduction(found.group("who"), act, where)
    return None


# English: the verbs in any tense and both orders ("introduced us", "introduced me to you",
# "put us in touch", "suggested I reach out", "recommended you", "told me to contact you").
_EN_WHERE = r"(?P<where>(?:\s+(?:at|during|in|on|over|after|last|a|two|back)\b[^,;.!?]*)?)"
INTRODUCES_EN = (
    ("introduced", r"(?:has\s+|had\s+|just\s+|kindly\s+)*(?:introduced|connected)\s+(?:us|me\s+to\s+you|you\s+to\s+me)(?:\s+to\s+each\s+other)?" + _EN_WHERE),
    ("introduced", r"(?:has\s+|had\s+|just\s+|kindly\s+)*put\s+(?:us|me)\s+in\s+touch(?:\s+with\s+you)?" + _EN_WHERE),
    ("suggested", r"(?:has\s+|had\s+|just\s+)*(?:suggested|recommended|told\s+me|said|thought)\s+(?:that\s+)?"
                  r"(?:I\s+(?:should\s+)?(?:reach\s+out|get\s+in\s+touch|contact\s+you|connect|write|talk\s+to\s+you|speak\s+(?:to|with)\s+you)"
                  r"|(?:to\s+)?(?:reach\s+out|get\s+in\s+touch|contact\s+you|connect\s+with\s+you|talk\s+to\s+you)|you|your\s+profile|me\s+to\s+(?:reach\s+out|contact\s+you|get\s+in\s+touch|connect))\b"),
)  # fmt: skip
INTRODUCED_EN = {
    "introduced": "{who} introduced us{where}",
    "suggested": "{who} suggested I reach out",
}


# English openers for the kind: the clause is a main clause, the rest says why the writer
# writes; a reconnect says they have not talked in a while. The bare form claims nothing.
def _in(id_: str, text: str, bare: str) -> Opener:
    return Opener(id_, ("introduced",), text, bare)


_W = "I wanted to reach out and say hello."
_F = "I wanted to reach out and introduce myself."
INTRO_OPENERS_EN = {
    "other": {
        "warm": (_in("IN-w1", "{d}, so I wanted to say hello!", _W),
                 _in("IN-w2", "I'm writing because {d}.", _W),
                 _in("IN-w3", "{d}, and I'm glad to be in touch.", _W)),
        "formal": (_in("IN-f1", "{d}, so I wanted to introduce myself.", _F),
                   _in("IN-f2", "I am writing because {d}.", _F),
                   _in("IN-f3", "{d}, and I am glad to be in touch.", _F)),
    },
    "reconnect": {
        "warm": (_in("IN-w4", "{d}, and it's been too long since we talked!", "it's been too long since we talked!"),
                 _in("IN-w5", "it's been a while! {d}, and I'm glad we're back in touch.", "it's been a while!"),
                 _in("IN-w6", "I hope you're well! {d}, so I wanted to catch up.", "I hope you're well!")),
        "formal": (_in("IN-f4", "{d}, and it has been some time since we last spoke.", "it has been some time since we last spoke."),
                   _in("IN-f5", "I hope you are well. {d}, so I wanted to get back in touch.", "I hope you are well."),
                   _in("IN-f6", "it has been a while. {d}, and I am glad to be in touch again.", "it has been a while.")),
    },
}  # fmt: skip


def intro_openers(openers: dict, relationship: str, tone: str) -> tuple:
    """A language's openers for an introduction, by relationship (a reconnect has its own)."""
    return openers["reconnect" if relationship == "reconnect" else "other"][tone]


__all__ = [
    "ACTS", "INTRODUCED_EN", "INTRODUCES_EN", "INTRO_OPENERS_EN", "Introduction", "intro_openers",
    "read_introduction",
]  # fmt: skip
