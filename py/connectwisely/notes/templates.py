"""The note drafter's phrases, as data: how each purpose closes a note and what the message
after they accept asks, plus greetings, the writer's introduction and the thanks.

No close asks for a job, a call or a purchase, and every close ends like a sentence; how each
relationship opens a note is in :mod:`connectwisely.notes.openers`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .openers import RELATIONSHIP, RELATIONSHIPS, Opener, Relationship

TONES = ("warm", "formal")


@dataclass(frozen=True)
class Close:
    id: str
    text: str


@dataclass(frozen=True)
class Purpose:
    """Why the writer wants to connect: light closes for the note (which never ask for a job
    or pitch anything) and, for the message after they accept, what they would like and a
    question that is easy to answer."""

    id: str
    label: str
    closes: dict[str, tuple[Close, ...]]
    follow_ups: dict[str, tuple[str, ...]]


def _c(*pairs: tuple[str, str]) -> tuple[Close, ...]:
    return tuple(Close(i, t) for i, t in pairs)


# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
PURPOSES = (
    Purpose(
        "learn", "To learn from them",
        closes={
            "warm": _c(
                ("LE-w1", "I'd love to connect and learn from what you share."),
                ("LE-w2", "Would be great to connect and keep learning from you, no pressure at all."),
                ("LE-w3", "I'm keen to learn more in this area, so I'd be glad to connect."),
                ("LE-w4", "Would love to learn from you here."),
            ),
            "formal": _c(
                ("LE-f1", "I would welcome the chance to connect and learn from your experience."),
                ("LE-f2", "I am keen to learn more in this field and would be glad to connect, if you are open to it."),
                ("LE-f3", "It would be a pleasure to connect and learn from your perspective."),
                ("LE-f4", "I would be glad to learn from you here."),
            ),
        },
        follow_ups={
            "warm": (
                "What are you most focused on these days? I'd love to hear what you're learning.",
                "Is there anything you'd recommend I read to learn more? Any pointer would be great.",
            ),
            "formal": (
                "May I ask what you are focusing on at the moment? I would be glad to learn from your experience.",
                "Is there a resource you would recommend to someone who wants to learn more? Any pointer would be appreciated.",
            ),
        },
    ),
    Purpose(
        "collaborate", "To explore working together",
        closes={
            "warm": _c(
                ("CL-w1", "I'd love to connect and explore working together sometime, no pressure."),
                ("CL-w2", "Would be great to connect; maybe we can team up on a project one day."),
                ("CL-w3", "I'd be glad to connect and see if there's something we could build together."),
                ("CL-w4", "Would love to collaborate someday."),
            ),
            "formal": _c(
                ("CL-f1", "I would be glad to connect and explore whether we might collaborate."),
                ("CL-f2", "I would welcome the chance to connect and, at some point, discuss working together."),
                ("CL-f3", "It would be a pleasure to connect; perhaps we could collaborate one day."),
                ("CL-f4", "I would be glad to explore a collaboration sometime."),
            ),
        },
        follow_ups={
            "warm": (
                "I think there could be room to work on something together. Would you be up for a short chat in the coming weeks? No rush at all.",
                "I'd love to compare notes on what we're each working on. Would a short chat sometime suit you?",
            ),
            "formal": (
                "I believe there may be room for us to collaborate. Would you be open to a short conversation in the coming weeks, at a time that suits you?",
                "I would welcome the chance to compare notes on our work. Would a brief conversation at some point suit you?",
            ),
        },
    ),
    Purpose(
        "job", "I'm exploring a job move",
        closes={
            "warm": _c(
                ("JB-w1", "I'm exploring my next role and would love to connect and learn about your team's work."),
                ("JB-w2", "I'm looking at new roles in your field, so it would be great to connect, no pressure at all."),
                ("JB-w3", "I'm exploring my next step and would be glad to hear about your work someday, if you're open to it."),
                ("JB-w4", "I'm exploring new roles and would love to connect."),
            ),
            "formal": _c(
                ("JB-f1", "I am exploring my next role and would be glad to connect and learn more about your field."),
                ("JB-f2", "As I explore new roles in your field, I would welcome the chance to connect."),
                ("JB-f3", "I am considering my next career step, and it would be a pleasure to connect."),
                ("JB-f4", "I am exploring new roles and would be glad to connect."),
            ),
        },
        follow_ups={
            "warm": (
                "I'm currently exploring my next role, and your team's work really interests me. Would you be open to a short chat about what it's like there? Completely fine if not.",
                "I'm looking into my next step and would love to hear how you got into your role. Any thoughts would mean a lot, whenever you have a moment.",
            ),
            "formal": (
                "I am currently exploring my next role, and your organization's work interests me greatly. Would you be open to a brief conversation about what it is like to work there? I understand if the timing does not suit.",
                "I am considering my next career step and would value hearing how you approached yours. Would you be willing to share a few thoughts when convenient?",
            ),
        },
    ),
    Purpose(
        "hire", "I'm hiring",
        closes={
            "warm": _c(
                ("HI-w1", "I'm building a team and would love to connect and keep up with your work."),
                ("HI-w2", "I'm growing my team, so it would be great to connect, no pressure."),
                ("HI-w3", "I'm building out a team and would be glad to connect, if you're open to it."),
                ("HI-w4", "I'm building a team; would love to stay in touch."),
            ),
            "formal": _c(
                ("HI-f1", "I am building a team and would be glad to connect and follow your work."),
                ("HI-f2", "As I am growing my team, I would welcome the chance to connect."),
                ("HI-f3", "I am building a team, and it would be a pleasure to connect, if you are open to it."),
            ),
        },
        follow_ups={
            "warm": (
                "I'm hiring for a role on my team and thought of you. Would you be open to hearing a bit more? No pressure at all if the timing isn't right.",
                "We have an opening on my team that might interest you. Happy to share the details if you'd like; totally fine if not.",
            ),
            "formal": (
                "I am hiring for a role on my team and thought it might be of interest to you. Would you be open to hearing more? I fully understand if the timing is not right.",
                "We have an opening on my team that may interest you. I would be glad to share the details if you would like, and no reply is needed if not.",
            ),
        },
    ),
    Purpose(
        "advice", "To ask their advice",
        closes={
            "warm": _c(
                ("AD-w1", "I'd love to connect; could I ask you a question or two sometime? No pressure."),
                ("AD-w2", "Would be great to connect; I'd value your advice sometime, whenever suits you."),
                ("AD-w3", "Could I ask you a quick question about your path sometime? No rush."),
                ("AD-w4", "I'd value your advice sometime, no rush."),
            ),
            "formal": _c(
                ("AD-f1", "I would be grateful to connect and, when convenient, to ask your advice."),
                ("AD-f2", "I would value your advice at some point, if you are open to it."),
                ("AD-f3", "Might I ask you a question about your experience sometime? There is no rush."),
                ("AD-f4", "I would value your advice sometime."),
            ),
        },
        follow_ups={
            "warm": (
                "I'm working through a decision in my own career and would really value your perspective. Would you be open to a couple of questions here, whenever suits you?",
                "Could I ask you a question or two about how you got where you are? No rush at all.",
            ),
            "formal": (
                "I am working through a decision in my own career and would greatly value your perspective. Would you be open to a few questions here, whenever convenient?",
                "May I ask you a question or two about your path? There is no rush at all.",
            ),
        },
    ),
    Purpose(
        "stay-in-touch", "To stay in touch",
        closes={
            "warm": _c(
                ("ST-w1", "Would be great to stay in touch!"),
                ("ST-w2", "Let's keep in touch here."),
                ("ST-w3", "I'd love to stay connected."),
            ),
            "formal": _c(
                ("ST-f1", "I would be glad to stay in touch."),
                ("ST-f2", "I would be pleased to stay connected here."),
                ("ST-f3", "It would be good to keep in touch."),
            ),
        },
        follow_ups={
            "warm": (
                "What are you working on these days?",
                "How have things been on your side? I'd love to hear what you're up to.",
            ),
            "formal": (
                "What are you working on at the moment?",
                "I hope all is well on your side, and I would be glad to hear what you are working on.",
            ),
        },
    ),
)
# fmt: on

# Greetings, by tone: with a name ("{name}"), and without one.
GREETINGS = {
    "warm": (("GW1", "Hi {name},"), ("GW2", "Hello {name},")),
    "formal": (("GF1", "Hello {name},"), ("GF2", "Dear {name},")),
}
GREETINGS_NO_NAME = {
    "warm": (("GW3", "Hi,"), ("GW4", "Hello,")),
    "formal": (("GF3", "Hello,"),),
}

# The writer's own name, when given: (tone, familiar) -> a continuation after the greeting.
INTROS = {
    ("warm", True): "it's {me} here.",
    ("warm", False): "I'm {me}.",
    ("formal", True): "this is {me}.",
    ("formal", False): "my name is {me}.",
}

# The first message after they accept starts with thanks: (with a name, without one).
THANKS = {
    "warm": (
        ("Thanks for connecting, {name}!", "Thanks for connecting!"),
        ("Thanks for accepting, {name}!", "Thanks for accepting!"),
        ("Glad we're connected, {name}!", "Glad we're connected!"),
    ),
    "formal": (
        (
            "Thank you for accepting my invitation, {name}.",
            "Thank you for accepting my invitation.",
        ),
        ("Thank you for connecting, {name}.", "Thank you for connecting."),
        ("I am glad we are connected, {name}.", "I am glad we are connected."),
    ),
}

# A reconnect's follow-up answers their reply: (with a name, without one).
THANKS_REPLY = {
    "warm": (("Great to hear from you, {name}!", "Great to hear from you!"),),
    "formal": (("Thank you for your reply, {name}.", "Thank you for your reply."),),
}

PURPOSE = {p.id: p for p in PURPOSES}

__all__ = [
    "GREETINGS", "GREETINGS_NO_NAME", "INTROS", "PURPOSE", "PURPOSES", "RELATIONSHIP",
    "RELATIONSHIPS", "THANKS", "THANKS_REPLY", "TONES", "Close", "Opener", "Purpose", "Relationship",
]  # fmt: skip
