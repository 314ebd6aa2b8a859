"""How each relationship opens a note, as data, and how the message after they accept
recalls it.

Openers read as they follow "Hi Ana," (lower-case start). Three slots place the detail with the
right grammar: ``{d}`` is its noun phrase ("your post on pricing", "the University of
Michigan"); ``{at}`` puts it after a verb of meeting with the preposition its kind takes
("at PyData Amsterdam", "after your talk on data contracts", "about the checkout rebuild");
``{on}`` after a verb of working ("on the checkout rebuild", "at Acme").
``kinds`` lists the detail kinds an opener reads right with ("*" for all); the drafter skips
an opener for other kinds, so "great meeting you about pricing" is never written. Every
opener also has a ``bare`` form for when there is no detail, which claims nothing the reader
didn't say: only how they know the person and that they are writing.
"""

from __future__ import annotations

from dataclasses import dataclass

ALL_KINDS = ("event", "talk", "post", "project", "school", "person", "role", "company", "other")


@dataclass(frozen=True)
class Opener:
    """One way to say how they know the reader: with the detail, and without one."""

    id: str
    kinds: tuple[str, ...]
    text: str
    bare: str

    def takes(self, kind: str) -> bool:
        return kind in self.kinds


@dataclass(frozen=True)
class Relationship:
    """How the writer knows the reader, and the phrases that say so.

    ``familiar``: they would recognize the writer's name. ``topic``: how a bare topic
    ("pricing experiments") becomes a noun phrase for this relationship ("your post on …").
    ``hint``: the kind of detail the relationship expects when its words don't say.
    ``recall``: the follow-up's nods back to the note, by tone, each with and without detail.
    """

    id: str
    label: str
    familiar: bool
    topic: str
    hint: str
    default_purpose: str
    openers: dict[str, tuple[Opener, ...]]
    recall: dict[str, tuple[tuple[str, str], ...]]


MEMORY_TOO = "event talk post project school person role company other memory"


def _o(id_: str, kinds: str, text: str, bare: str) -> Opener:
    return Opener(id_, ALL_KINDS if kinds == "*" else tuple(kinds.split()), text, bare)


# One phrase per line: easier to read and review than the formatter's layout.
# fmt: off
_MEET = "event talk person company"
_CHAT = "event talk post project other role company"
RELATIONSHIPS = (
    Relationship(
        "met-at-event", "We met at an event", familiar=True, topic="{}", hint="event",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("EV-w1", _MEET, "great meeting you {at}!", "great meeting you at the event!"),
                _o("EV-w2", _CHAT, "great chatting {at}!", "great chatting at the event!"),
                _o("EV-w3", _CHAT + " school", "I enjoyed our conversation {at}.", "I enjoyed our conversation at the event."),
                _o("EV-w4", "event talk", "it was a treat to meet you {at}.", "it was a treat to meet you in person at the event."),
                _o("EV-w5", _CHAT, "so glad we got to chat {at}!", "so glad we got to chat at the event!"),
                _o("EV-w6", _CHAT, "thanks for the conversation {at}!", "thanks for the conversation at the event!"),
                _o("EV-w7", "event talk school person", "I'm glad our paths crossed {at}.", "I'm glad our paths crossed at the event."),
                _o("EV-w8", _MEET, "lovely to meet you {at}!", "lovely to meet you at the event!"),
                _o("EV-w9", "event post project other role company school", "it was fun to talk shop {at}!", "it was fun to talk shop at the event!"),
                _o("EV-w10", "person", "so glad {d} introduced us!", "so glad we met at the event!"),
            ),
            "formal": (
                _o("EV-f1", _MEET, "it was a pleasure to meet you {at}.", "it was a pleasure to meet you at the recent event."),
                _o("EV-f2", _CHAT + " school", "I much enjoyed our conversation {at}.", "I much enjoyed our conversation at the recent event."),
                _o("EV-f3", _CHAT, "thank you for the conversation {at}.", "thank you for our conversation at the recent event."),
                _o("EV-f4", "event talk person school", "I was glad to meet you {at}.", "I was glad to meet you at the recent event."),
                _o("EV-f5", _CHAT, "I appreciated the chance to speak with you {at}.", "I appreciated the chance to speak with you at the recent event."),
                _o("EV-f6", "event talk", "I was delighted to meet you {at}.", "I was delighted to meet you at the recent event."),
                _o("EV-f7", _CHAT + " school", "I am writing to follow up on our conversation {at}.", "I am writing to follow up on our conversation at the recent event."),
                _o("EV-f8", _CHAT, "I enjoyed speaking with you {at}.", "I enjoyed speaking with you at the recent event."),
                _o("EV-f9", "event post project other role company school", "it was a pleasure to talk with you {at}.", "it was a pleasure to talk with you at the recent event."),
                _o("EV-f10", "person", "I was glad {d} introduced us.", "I was glad we met at the recent event."),
            ),
        },
        recall={
            "warm": (("I enjoyed our chat {at}.", "I enjoyed our chat the other day."),
                     ("it was good to meet you {at}.", "it was good to meet you the other day.")),
            "formal": (("I enjoyed our conversation {at}.", "I enjoyed our recent conversation."),
                       ("it was a pleasure to meet you {at}.", "it was a pleasure to meet you at the recent event.")),
        },
    ),
    Relationship(
        "read-their-post", "I read something they posted", familiar=False,
        topic="your post on {}", hint="post", default_purpose="learn",
        openers={
            "warm": (
                _o("PO-w1", "post other", "I read {d} and really enjoyed it.", "I read your recent post and really enjoyed it."),
                _o("PO-w2", "post talk other", "thanks for sharing {d}; it gave me a lot to think about.", "thanks for your recent post; it gave me a lot to think about."),
                _o("PO-w3", "post talk other", "I saw {d}, and it stuck with me.", "I saw your recent post, and it stuck with me."),
                _o("PO-w4", "post other", "{d} was a great read.", "your recent post was a great read."),
                _o("PO-w5", "post talk project other role", "I really liked {d}.", "I really liked your recent post."),
                _o("PO-w6", "post other", "I just read {d} and wanted to say thanks.", "I just read your recent post and wanted to say thanks."),
                _o("PO-w7", "post talk other project", "I found {d} really useful.", "I found your recent post really useful."),
                _o("PO-w8", "post other", "I've been thinking about {d} since I read it.", "I've been thinking about your recent post since I read it."),
                _o("PO-w9", "talk", "I watched {d} and learned a lot.", "I read your recent post and learned a lot."),
            ),
            "formal": (
                _o("PO-f1", "post other", "I read {d} with great interest.", "I read your recent post with great interest."),
                _o("PO-f2", "post talk other", "thank you for sharing {d}; I found it very useful.", "thank you for your recent post; I found it very useful."),
                _o("PO-f3", "post other", "I recently read {d} and found it valuable.", "I recently read your post and found it valuable."),
                _o("PO-f4", "post other", "{d} was a thoughtful read.", "your recent post was a thoughtful read."),
                _o("PO-f5", "post talk project other role", "I appreciated {d}.", "I appreciated your recent post."),
                _o("PO-f6", "post talk project other", "I wanted to thank you for {d}.", "I wanted to thank you for your recent post."),
                _o("PO-f7", "post talk other", "{d} gave me a great deal to consider.", "your recent post gave me a great deal to consider."),
                _o("PO-f8", "post other", "I have been reflecting on {d} since reading it.", "I have been reflecting on your recent post since reading it."),
                _o("PO-f9", "talk", "I watched {d} with great interest.", "I found your recent post well worth reading."),
            ),
        },
        recall={
            "warm": (("{d} has stuck with me.", "your recent post has stuck with me."),
                     ("I keep coming back to {d}.", "I keep coming back to your recent post.")),
            "formal": (("{d} has stayed with me since I read it.", "your recent post has stayed with me."),
                       ("I have returned to {d} more than once.", "I have returned to your recent post more than once.")),
        },
    ),
    Relationship(
        "same-school", "We went to the same school", familiar=False, topic="{}", hint="school",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("SC-w1", "school other", "I noticed we both studied at {d}.", "I noticed we went to the same school."),
                _o("SC-w2", "school other", "I saw we both went to {d}, so I wanted to reach out.", "I saw we went to the same school, so I wanted to reach out."),
                _o("SC-w3", "*", "it's always nice to meet someone else from {d}!", "it's always nice to meet a fellow alum!"),
                _o("SC-w4", "school other", "fellow alum of {d} here!", "fellow alum here!"),
                _o("SC-w5", "school other", "I spotted {d} on your profile; I went there too.", "I saw on your profile that we went to the same school."),
                _o("SC-w6", "school other", "it's good to find another graduate of {d}.", "it's good to find another graduate of our school."),
                _o("SC-w7", "*", "we have {d} in common, so I wanted to reach out.", "we went to the same school, so I wanted to reach out."),
                _o("SC-w8", "school other", "I'm reaching out as a fellow alum of {d}.", "I'm reaching out as a fellow alum."),
            ),
            "formal": (
                _o("SC-f1", "school other", "I noticed that we both studied at {d}.", "I noticed that we studied at the same school."),
                _o("SC-f2", "school other", "as a fellow graduate of {d}, I wanted to reach out.", "as a fellow graduate of your school, I wanted to reach out."),
                _o("SC-f3", "school other", "I see that we are both alumni of {d}.", "I see that we are alumni of the same school."),
                _o("SC-f4", "school other", "I noticed on your profile that {d} is our shared alma mater.", "I noticed on your profile that we share an alma mater."),
                _o("SC-f5", "school other", "I am reaching out because we both attended {d}.", "I am reaching out because we attended the same school."),
                _o("SC-f6", "*", "it is always a pleasure to meet another graduate of {d}.", "it is always a pleasure to meet a fellow graduate."),
                _o("SC-f7", "*", "we share a connection through {d}, so I wanted to introduce myself.", "we attended the same school, so I wanted to introduce myself."),
                _o("SC-f8", "school other", "I understand we are both graduates of {d}.", "I understand we are graduates of the same school."),
            ),
        },
        recall={
            "warm": (("always good to meet someone from {d}.", "always good to meet a fellow alum."),
                     ("it's nice to have another alum of {d} in my network.", "it's nice to have another alum in my network.")),
            "formal": (("it is good to connect with a fellow graduate of {d}.", "it is good to connect with a fellow graduate."),
                       ("I am glad to be connected with another graduate of {d}.", "I am glad to be connected with a fellow graduate.")),
        },
    ),
    Relationship(
        "same-company", "We work at the same company", familiar=False, topic="{}", hint="company",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("CO-w1", "company project event", "I noticed we both work {on}.", "I noticed we work at the same company."),
                _o("CO-w2", "company project event", "greetings from a colleague {on}!", "greetings from a colleague!"),
                _o("CO-w3", "company project event", "I saw we're both {on}, so I wanted to reach out.", "I saw we work at the same company, so I wanted to reach out."),
                _o("CO-w4", "company project event", "it's always good to meet a colleague {on}.", "it's always good to meet a colleague."),
                _o("CO-w5", "company project event", "I'm also {on} and wanted to introduce myself.", "I work at the same company and wanted to introduce myself."),
                _o("CO-w6", "company project event", "we haven't crossed paths {on} yet, so I wanted to reach out.", "we haven't crossed paths at work yet, so I wanted to reach out."),
                _o("CO-w7", "company project event", "since we're both {on}, I thought I'd reach out.", "since we work at the same company, I thought I'd reach out."),
                _o("CO-w8", "company project event", "a quick note from a fellow employee {on}!", "a quick note from a fellow employee!"),
            ),
            "formal": (
                _o("CO-f1", "company project event", "I noticed that we both work {on}.", "I noticed that we work at the same company."),
                _o("CO-f2", "company project event", "as a colleague {on}, I wanted to introduce myself.", "as a colleague, I wanted to introduce myself."),
                _o("CO-f3", "company project event", "I see that we are both {on}.", "I see that we work at the same company."),
                _o("CO-f4", "company project event", "I work {on} as well and wanted to introduce myself.", "I work at the same company and wanted to introduce myself."),
                _o("CO-f5", "company project event", "it is always good to connect with colleagues {on}.", "it is always good to connect with colleagues."),
                _o("CO-f6", "company project event", "although our paths have not yet crossed {on}, I wanted to reach out.", "although our paths have not yet crossed at work, I wanted to reach out."),
                _o("CO-f7", "company project event", "since we both work {on}, I thought it would be good to connect.", "since we work at the same company, I thought it would be good to connect."),
                _o("CO-f8", "company project event", "I am writing as a fellow employee {on}.", "I am writing as a fellow employee."),
            ),
        },
        recall={
            "warm": (("good to be connected with a colleague {on}.", "good to be connected with a colleague."),
                     ("nice to know another face {on}.", "nice to know another face at work.")),
            "formal": (("it is good to be connected with a colleague {on}.", "it is good to be connected with a colleague."),
                       ("I am glad to know another colleague {on}.", "I am glad to know another colleague.")),
        },
    ),
    Relationship(
        "former-colleague", "We used to work together", familiar=True, topic="{}", hint="company",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("FC-w1", "company project event", "it's been a while since we worked together {on}!", "it's been a while since we worked together!"),
                _o("FC-w2", "company project event", "good to find you here after our time working together {on}!", "good to find you here after our time working together!"),
                _o("FC-w3", "company project event", "it's great to reconnect after working together {on}!", "it's great to reconnect after working together!"),
                _o("FC-w4", "company project event", "I hope all has been well since our days together {on}!", "I hope all has been well since our days working together!"),
                _o("FC-w5", "company project event", "I realized we never connected here after working together {on}.", "I realized we never connected here after working together."),
                _o("FC-w6", "company project event", "so good to cross paths again after our time {on}.", "so good to cross paths again after working together."),
                _o("FC-w7", "company project event", "I enjoyed working with you {on}.", "I enjoyed working with you."),
                _o("FC-w9", "memory", "I still think back to {d}!", "I still think back to our time working together!"),
                _o("FC-w10", "memory", "I was just remembering {d}.", "I was just remembering our time working together."),
                _o("FC-w11", "memory", "I often think of {d} fondly.", "I often think of our time working together fondly."),
                _o("FC-w8", "company project event", "it's been too long since our time together {on}!", "it's been too long since we worked together!"),
            ),
            "formal": (
                _o("FC-f1", "company project event", "I hope you have been well since we worked together {on}.", "I hope you have been well since we worked together."),
                _o("FC-f2", "company project event", "it would be good to reconnect after our time working together {on}.", "it would be good to reconnect after our time working together."),
                _o("FC-f3", "company project event", "I enjoyed working with you {on}.", "I enjoyed working with you."),
                _o("FC-f4", "company project event", "I realized we never connected here after working together {on}.", "I realized we never connected here after working together."),
                _o("FC-f5", "company project event", "it has been some time since we worked together {on}.", "it has been some time since we worked together."),
                _o("FC-f6", "company project event", "I am pleased to reconnect after our time together {on}.", "I am pleased to reconnect after our time working together."),
                _o("FC-f7", "company project event", "I am reaching out to reconnect after our work together {on}.", "I am reaching out to reconnect after our time working together."),
                _o("FC-f9", "memory", "I often think back to {d}.", "I often think back to our time working together."),
                _o("FC-f10", "memory", "I was recently reminded of {d}.", "I was recently reminded of our time working together."),
                _o("FC-f11", "memory", "I remember {d} fondly.", "I remember our time working together fondly."),
                _o("FC-f8", "company project event", "I would like to reconnect, as we worked together {on}.", "I would like to reconnect, as we worked together."),
            ),
        },
        recall={
            "warm": (("it's great to be back in touch after our time {on}.", "it's great to be back in touch."),
                     ("working together {on} seems a while ago now.", "it's been a while since we worked together.")),
            "formal": (("it is good to be back in touch after our time {on}.", "it is good to be back in touch."),
                       ("I often think of our work together {on}.", "it is good to reconnect after working together.")),
        },
    ),
    Relationship(
        "mutual-connection", "We know someone in common", familiar=False, topic="{}", hint="person",
        default_purpose="learn",
        openers={
            "warm": (
                _o("MU-w1", "*", "I noticed we both know {d}.", "I noticed we have a mutual connection."),
                _o("MU-w2", "*", "we have {d} in common, so I thought I'd reach out.", "we have a connection in common, so I thought I'd reach out."),
                _o("MU-w3", "person", "I see {d} is a mutual connection of ours.", "I see we have a mutual connection."),
                _o("MU-w4", "*", "since we both know {d}, I wanted to reach out.", "since we have a mutual connection, I wanted to reach out."),
                _o("MU-w5", "person", "I saw you're connected with {d} too.", "I saw we're connected to some of the same people."),
                _o("MU-w6", "*", "it's a small world: we both know {d}!", "it's a small world: we have a mutual connection!"),
                _o("MU-w7", "person", "I noticed {d} among our shared connections.", "I noticed we share a connection."),
                _o("MU-w8", "person", "we share a connection in {d}, so I wanted to introduce myself.", "we share a connection, so I wanted to introduce myself."),
            ),
            "formal": (
                _o("MU-f1", "*", "I noticed that we both know {d}.", "I noticed that we have a mutual connection."),
                _o("MU-f2", "person", "we share a mutual connection in {d}, and I would like to introduce myself.", "we share a mutual connection, and I would like to introduce myself."),
                _o("MU-f3", "person", "I see that {d} is a mutual connection of ours.", "I see that we have a mutual connection."),
                _o("MU-f4", "*", "as we are both connected with {d}, I wanted to introduce myself.", "as we have a mutual connection, I wanted to introduce myself."),
                _o("MU-f5", "person", "I noticed {d} among our shared connections.", "I noticed that we share a connection."),
                _o("MU-f6", "*", "we have {d} in common, and I wanted to reach out.", "we have a connection in common, and I wanted to reach out."),
                _o("MU-f7", "*", "since we both know {d}, I thought I would reach out.", "since we have a mutual connection, I thought I would reach out."),
                _o("MU-f8", "person", "I am reaching out because we are both connected with {d}.", "I am reaching out because we have a mutual connection."),
            ),
        },
        recall={
            "warm": (("good to be connected through {d}.", "good to be connected through a mutual connection."),
                     ("nice that {d} brought us together here.", "nice to be connected through someone we both know.")),
            "formal": (("it is good to be connected through {d}.", "it is good to be connected through our mutual connection."),
                       ("I am glad our connection with {d} brought us together.", "I am glad our mutual connection brought us together.")),
        },
    ),
    Relationship(
        "same-group", "We're in the same group or community", familiar=False, topic="{}", hint="event",
        default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("GR-w1", "*", "I saw we're both in {d} and wanted to reach out.", "I saw we're in the same group and wanted to reach out."),
                _o("GR-w2", "*", "fellow member of {d} here!", "fellow group member here!"),
                _o("GR-w3", "*", "I noticed you're in {d} too.", "I noticed we're in the same group."),
                _o("GR-w4", "*", "greetings from another member of {d}!", "greetings from another member of the group!"),
                _o("GR-w5", "*", "we're both part of {d}, so I thought I'd reach out.", "we're part of the same group, so I thought I'd reach out."),
                _o("GR-w6", "*", "good to find another member of {d} here!", "good to find another group member here!"),
                _o("GR-w7", "*", "since we're both in {d}, I wanted to connect here too.", "since we're in the same group, I wanted to connect here too."),
                _o("GR-w8", "*", "I spotted you in {d} and wanted to reach out.", "I spotted you in our group and wanted to reach out."),
            ),
            "formal": (
                _o("GR-f1", "*", "I noticed that we are both members of {d}.", "I noticed that we are members of the same group."),
                _o("GR-f2", "*", "as a fellow member of {d}, I wanted to introduce myself.", "as a fellow group member, I wanted to introduce myself."),
                _o("GR-f3", "*", "I am reaching out as we are both part of {d}.", "I am reaching out as we are part of the same group."),
                _o("GR-f4", "*", "I see that we both belong to {d}.", "I see that we belong to the same group."),
                _o("GR-f5", "*", "since we are both members of {d}, I wanted to reach out.", "since we are members of the same group, I wanted to reach out."),
                _o("GR-f6", "*", "it is good to find another member of {d} here.", "it is good to find another member of our group here."),
                _o("GR-f7", "*", "I noticed your name among the members of {d}.", "I noticed your name among our group's members."),
                _o("GR-f8", "*", "I am writing as a fellow member of {d}.", "I am writing as a fellow member of our group."),
            ),
        },
        recall={
            "warm": (("good to connect with a fellow member of {d}.", "good to connect with a fellow group member."),
                     ("nice to know another face from {d}.", "nice to know another face from the group.")),
            "formal": (("it is good to connect with a fellow member of {d}.", "it is good to connect with a fellow group member."),
                       ("I am glad to know another member of {d}.", "I am glad to know another member of our group.")),
        },
    ),
    Relationship(
        "reconnect", "We're connected but haven't talked in a while", familiar=True, topic="{}",
        hint="other", default_purpose="stay-in-touch",
        openers={
            "warm": (
                _o("RC-w1", MEMORY_TOO, "it's been a while! I was just thinking about {d}.", "it's been a while since we last caught up!"),
                _o("RC-w2", "event talk post project school role company other", "I hope all is well; {d} came back to me the other day.", "I hope all is well; I was curious how things are going with you."),
                _o("RC-w3", "*", "{d} came to mind, and I realized we haven't talked in ages.", "I realized we haven't talked in ages."),
                _o("RC-w4", "event talk post project school role company other", "it's been too long! I was just remembering {d}.", "it's been too long! How are things on your side?"),
                _o("RC-w5", MEMORY_TOO, "today I was reminded of {d} and wanted to reach out.", "I was thinking of you today and wanted to reach out."),
                _o("RC-w6", "*", "long time no talk! Today I found myself thinking about {d}.", "long time no talk! I'd love to hear what's new."),
                _o("RC-w7", MEMORY_TOO, "I saw something that reminded me of {d}, so I thought I'd drop you a line.", "I thought I'd drop you a line, as it's been a while."),
                _o("RC-w8", "*", "it's been ages since we caught up about {d}!", "it's been ages since we caught up!"),
            ),
            "formal": (
                _o("RC-f1", MEMORY_TOO, "it has been some time since we last spoke, and I was thinking of {d}.", "it has been some time since we last spoke."),
                _o("RC-f2", "event talk post project school role company other", "I hope you are well; I would be glad to hear how {d} is going.", "I hope you are well, and I would be glad to hear your news."),
                _o("RC-f3", MEMORY_TOO, "{d} came to mind recently, and I wanted to get back in touch.", "I wanted to get back in touch after some time."),
                _o("RC-f4", MEMORY_TOO, "I was recently reminded of {d} and wanted to reconnect.", "I wanted to reconnect, as it has been a while."),
                _o("RC-f5", "*", "I hope all is well; {d} was on my mind recently.", "I hope all is well, as it has been some time since we last spoke."),
                _o("RC-f6", "*", "it has been a while, and I would be interested to hear how {d} has developed.", "it has been a while, and I would be interested to hear your news."),
                _o("RC-f7", MEMORY_TOO, "I thought of {d} recently and wanted to get back in touch.", "I thought of you recently and wanted to get back in touch."),
                _o("RC-f8", "*", "I am writing to catch up, as {d} came up in conversation recently.", "I am writing to catch up after some time."),
            ),
        },
        recall={
            "warm": (("I'd love to hear more about {d}.", "I'd love to hear your news."),),
            "formal": (("I would be glad to hear more about {d}.", "I would be glad to hear your news."),),
        },
    ),
    Relationship(
        "cold", "We haven't met", familiar=False, topic="your work on {}", hint="other",
        default_purpose="learn",
        openers={
            "warm": (
                _o("CD-w1", "*", "I came across {d} and really enjoyed it.", "we haven't met yet, but I wanted to introduce myself."),
                _o("CD-w2", "post project other role company", "I've been following {d} with interest.", "I'm reaching out to introduce myself."),
                _o("CD-w3", "*", "{d} caught my eye, and I wanted to say thanks.", "I hope you don't mind a note from someone new."),
                _o("CD-w4", "*", "I really liked {d}.", "we haven't crossed paths yet, so here's a quick note."),
                _o("CD-w5", "*", "I wanted to say thanks for {d}.", "I wanted to reach out and introduce myself."),
                _o("CD-w6", "*", "{d} is exactly what I want to learn more about.", "I'm reaching out as someone new to your network."),
                _o("CD-w7", "*", "I found {d} really useful.", "a quick hello from someone you haven't met yet."),
                _o("CD-w8", "*", "I'm a fan of {d}.", "I'm writing to introduce myself, as we haven't met."),
            ),
            "formal": (
                _o("CD-f1", "*", "I recently came across {d} and was impressed.", "we have not met, but I wanted to introduce myself."),
                _o("CD-f2", "*", "I admire {d}, and I am reaching out to say so.", "I am reaching out to introduce myself."),
                _o("CD-f3", "post project other role company", "I have been following {d} with interest.", "I hope you do not mind a note from someone new."),
                _o("CD-f4", "*", "I wanted to thank you for {d}.", "I am writing to introduce myself, as we have not yet met."),
                _o("CD-f5", "*", "{d} caught my attention.", "I would like to introduce myself."),
                _o("CD-f6", "*", "I was impressed by {d}.", "please allow me to introduce myself."),
                _o("CD-f7", "*", "I found {d} very valuable.", "I am reaching out as someone new to your network."),
                _o("CD-f8", "*", "I have great respect for {d}.", "I am writing to you for the first time."),
            ),
        },
        recall={
            "warm": (("I really appreciated {d}.", "thanks for being open to hearing from someone new."),
                     ("{d} is a big part of why I reached out.", "I appreciate you accepting a note from someone new.")),
            "formal": (("I have long appreciated {d}.", "thank you for being open to hearing from someone new."),
                       ("{d} is much of why I reached out.", "I appreciate your openness to a note from someone new.")),
        },
    ),
)
# fmt: on

RELATIONSHIP = {r.id: r for r in RELATIONSHIPS}
