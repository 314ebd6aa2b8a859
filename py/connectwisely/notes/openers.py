"""How each relationship opens a note, as data, and how the message after they accept
recalls it.

Openers are written as they read after "Hi Ana," (lower-case start); the drafter capitalises
them when they start a sentence. ``{detail}`` is the reader's one specific detail, already made
into a noun phrase; every opener also has a form for when there is no detail. Every opener
carries a word the note linter takes as context ("met", "read", "fellow"...) by itself, which
``tests/unit/test_drafter.py`` checks by linting every combination with a neutral detail.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Opener:
    """How a note says how they know the reader: with the detail, and without one."""

    id: str
    with_detail: str
    without_detail: str


@dataclass(frozen=True)
class Relationship:
    """How the writer knows the reader, and the phrases that say so.

    ``familiar``: they would recognise the writer's name. ``topic``: how a bare topic
    ("pricing experiments") becomes a noun phrase for this relationship ("your post on …").
    ``recall``: the follow-up's nod back to the note, by tone, with and without the detail.
    """

    id: str
    label: str
    familiar: bool
    topic: str
    default_purpose: str
    openers: dict[str, tuple[Opener, ...]]
    recall: dict[str, tuple[str, str]]


def _o(id_: str, with_detail: str, without_detail: str) -> Opener:
    return Opener(id_, with_detail, without_detail)


# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
RELATIONSHIPS = (
    Relationship(
        "met-at-event", "We met at an event", familiar=True, topic="{}",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("EV-w1", "great meeting you at {detail}!",
                   "great meeting you the other day!"),
                _o("EV-w2", "it was good to talk at {detail}.",
                   "it was good to chat at the event."),
                _o("EV-w3", "I enjoyed our conversation at {detail}.",
                   "I enjoyed our conversation at the event."),
            ),
            "formal": (
                _o("EV-f1", "it was a pleasure to meet you at {detail}.",
                   "it was a pleasure to meet you at the event."),
                _o("EV-f2", "I enjoyed our conversation at {detail}.",
                   "I enjoyed our recent conversation at the event."),
                _o("EV-f3", "we met at {detail}, and I appreciated the conversation.",
                   "we met at a recent event, and I appreciated the conversation."),
            ),
        },
        recall={
            "warm": ("I enjoyed our chat at {detail}.",
                     "I enjoyed our chat the other day."),
            "formal": ("I enjoyed our conversation at {detail}.",
                       "I enjoyed our recent conversation."),
        },
    ),
    Relationship(
        "read-their-post", "I read something they posted", familiar=False, topic="your post on {}",
        default_purpose="learn",
        openers={
            "warm": (
                _o("PO-w1", "I read {detail} and really enjoyed it.",
                   "I read your recent post and really enjoyed it."),
                _o("PO-w2", "thanks for sharing {detail}; it gave me a lot to think about.",
                   "thanks for your recent post; it gave me a lot to think about."),
                _o("PO-w3", "I saw {detail} and it stuck with me.",
                   "I saw your recent post and it stuck with me."),
            ),
            "formal": (
                _o("PO-f1", "I read {detail} with great interest.",
                   "I read your recent post with great interest."),
                _o("PO-f2", "thank you for sharing {detail}; I found it very useful.",
                   "thank you for your recent post; I found it very useful."),
                _o("PO-f3", "I recently read {detail} and found it valuable.",
                   "I recently read your post and found it valuable."),
            ),
        },
        recall={
            "warm": ("{detail} has stuck with me.",
                     "your recent post has stuck with me."),
            "formal": ("{detail} has stayed with me since I read it.",
                       "your recent post has stayed with me."),
        },
    ),
    Relationship(
        "same-school", "We went to the same school", familiar=False, topic="{}",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("SC-w1", "I noticed we both studied at {detail}.",
                   "I noticed we went to the same school."),
                _o("SC-w2", "I saw we both went to {detail}, so I wanted to say hello.",
                   "I saw we went to the same school, so I wanted to say hello."),
                _o("SC-w3", "it's always nice to meet someone else from {detail}.",
                   "it's always nice to meet a fellow alum."),
            ),
            "formal": (
                _o("SC-f1", "I noticed that we both studied at {detail}.",
                   "I noticed that we studied at the same school."),
                _o("SC-f2", "as a fellow graduate of {detail}, I wanted to reach out.",
                   "as a fellow graduate of your school, I wanted to reach out."),
                _o("SC-f3", "I see that we are both alumni of {detail}.",
                   "I see that we are alumni of the same school."),
            ),
        },
        recall={
            "warm": ("always good to meet someone from {detail}.",
                     "always good to meet a fellow alum."),
            "formal": ("it is good to connect with a fellow graduate of {detail}.",
                       "it is good to connect with a fellow graduate."),
        },
    ),
    Relationship(
        "same-company", "We work at the same company", familiar=False, topic="{}",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("CO-w1", "I noticed we both work at {detail}.",
                   "I noticed we work at the same company."),
                _o("CO-w2", "I saw we're colleagues at {detail} and wanted to say hello.",
                   "I saw we're colleagues and wanted to say hello."),
                _o("CO-w3", "always good to meet more colleagues at {detail}.",
                   "always good to meet more colleagues."),
            ),
            "formal": (
                _o("CO-f1", "I noticed that we both work at {detail}.",
                   "I noticed that we work at the same company."),
                _o("CO-f2", "as a colleague at {detail}, I wanted to introduce myself.",
                   "as a colleague, I wanted to introduce myself."),
                _o("CO-f3", "I see that we are colleagues at {detail}.",
                   "I see that we are colleagues at the same company."),
            ),
        },
        recall={
            "warm": ("good to know another colleague at {detail}.",
                     "good to know another colleague here."),
            "formal": ("it is good to connect with a colleague at {detail}.",
                       "it is good to connect with a colleague."),
        },
    ),
    Relationship(
        "former-colleague", "We used to work together", familiar=True, topic="{}",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("FC-w1", "it's been a while since we worked together. I still remember {detail} fondly.",
                   "it's been a while since we worked together!"),
                _o("FC-w2", "I was thinking about {detail} and our old team, and realised we never connected here.",
                   "I was thinking about our old team and realised we never connected here."),
                _o("FC-w3", "I still think of {detail} and our time working together.",
                   "I often think back to our time working together."),
            ),
            "formal": (
                _o("FC-f1", "it has been some time since we worked together, and I still remember {detail} fondly.",
                   "it has been some time since we worked together."),
                _o("FC-f2", "{detail} remains a highlight of our time working together.",
                   "our time working together remains a highlight for me."),
                _o("FC-f3", "I often think back to our time as colleagues and to {detail}.",
                   "I often think back to our time as colleagues."),
            ),
        },
        recall={
            "warm": ("it's been a while since {detail}!",
                     "it's been a while since we worked together!"),
            "formal": ("it has been some time since {detail}.",
                       "it has been some time since we worked together."),
        },
    ),
    Relationship(
        "mutual-connection", "We know someone in common", familiar=False, topic="{}",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("MU-w1", "I noticed we both know {detail}, so I wanted to say hello.",
                   "I noticed we have a mutual connection, so I wanted to say hello."),
                _o("MU-w2", "{detail} is a mutual connection, and I've enjoyed seeing your work.",
                   "we have a mutual connection, and I've enjoyed seeing your work."),
                _o("MU-w3", "I saw we're both connected with {detail} and wanted to reach out.",
                   "I saw we share a connection and wanted to reach out."),
            ),
            "formal": (
                _o("MU-f1", "I noticed that we both know {detail}, and I wanted to introduce myself.",
                   "I noticed that we have a mutual connection, and I wanted to introduce myself."),
                _o("MU-f2", "we share a mutual connection in {detail}, and I would like to introduce myself.",
                   "we share a mutual connection, and I would like to introduce myself."),
                _o("MU-f3", "I see that {detail} is a mutual connection of ours.",
                   "I see that we have a mutual connection."),
            ),
        },
        recall={
            "warm": ("good to be connected through {detail}.",
                     "good to be connected through a mutual connection."),
            "formal": ("it is good to be connected through {detail}.",
                       "it is good to be connected through our mutual connection."),
        },
    ),
    Relationship(
        "same-group", "We're in the same group or community", familiar=False, topic="{}",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("GR-w1", "I saw we're both in {detail} and wanted to say hello.",
                   "I saw we're in the same group and wanted to say hello."),
                _o("GR-w2", "fellow member of {detail} here!",
                   "fellow group member here!"),
                _o("GR-w3", "I noticed you're in {detail} too.",
                   "I noticed we're in the same group."),
            ),
            "formal": (
                _o("GR-f1", "I noticed that we are both members of {detail}.",
                   "I noticed that we are members of the same group."),
                _o("GR-f2", "as a fellow member of {detail}, I wanted to introduce myself.",
                   "as a fellow group member, I wanted to introduce myself."),
                _o("GR-f3", "I am reaching out as we are both part of {detail}.",
                   "I am reaching out as we are part of the same group."),
            ),
        },
        recall={
            "warm": ("good to connect with a fellow member of {detail}.",
                     "good to connect with a fellow group member."),
            "formal": ("it is good to connect with a fellow member of {detail}.",
                       "it is good to connect with a fellow group member."),
        },
    ),
    Relationship(
        "cold", "We haven't met", familiar=False, topic="your work on {}",
        default_purpose="learn",
        openers={
            "warm": (
                _o("CD-w1", "I came across {detail} and really enjoyed it.",
                   "I came across your work and really enjoyed it."),
                _o("CD-w2", "I've been following {detail} and really like it.",
                   "I've been following your work and really like it."),
                _o("CD-w3", "{detail} caught my eye, and I wanted to say thanks.",
                   "your work caught my eye, and I wanted to say thanks."),
            ),
            "formal": (
                _o("CD-f1", "I recently read about {detail} and was impressed.",
                   "I recently read about your work and was impressed."),
                _o("CD-f2", "I admire {detail}, and I am reaching out to say so.",
                   "I admire your work, and I am reaching out to say so."),
                _o("CD-f3", "I have been following {detail} with interest.",
                   "I have been following your work with interest."),
            ),
        },
        recall={
            "warm": ("I really appreciated {detail}.",
                     "I really appreciate your work."),
            "formal": ("I have long appreciated {detail}.",
                       "I have long appreciated your work."),
        },
    ),
)
# fmt: on

RELATIONSHIP = {r.id: r for r in RELATIONSHIPS}
