"""Properties of the note drafter over generated contexts: for any name, detail and limit every
draft fits, starts with a greeting, ends like a sentence and holds no partial word of the
detail; realistic names and details also pass the linter; any missing or wrong field gives
drafts or an InputError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connectwisely import InputError, draft_notes
from connectwisely.core.text import utf16_len, words
from connectwisely.notes.draft import first_sentence
from connectwisely.notes.markup import as_plain_text
from connectwisely.notes.names import greeting_name
from connectwisely.notes.templates import (
    GREETINGS,
    GREETINGS_NO_NAME,
    INTROS,
    PURPOSES,
    RELATIONSHIPS,
)

RELATIONSHIP = st.sampled_from([r.id for r in RELATIONSHIPS])
PURPOSE = st.sampled_from([p.id for p in PURPOSES])
TONE = st.sampled_from(["warm", "formal"])
LIMIT = st.sampled_from([200, 300])
PIECES = st.sampled_from(
    ["José", "María", "李娜", "Zoë", "🚀", "👩🏽‍💻", "O'Brien", "Dr.", "van", "der", "MBA,", "|",
     "<b>", "\u202e", "e\u0301", "Ødegaard", "Nguyễn", "Ana", "(she/her)", "—", "x" * 30]
)  # fmt: skip
NAME = st.one_of(st.text(max_size=60), st.lists(PIECES, max_size=6).map(" ".join))
DETAIL_WORDS = st.sampled_from(
    ["the", "your", "talk", "on", "pricing", "DevOpsDays", "Berlin", "🎉", "which", "I've",
     "used", "across", "team", "and", ",", "rebuild", "checkout", "https://x.io/a", "a" * 40,
     "résumé", "демо", "数据", "our", "meetup"]
)  # fmt: skip
DETAIL = st.one_of(st.text(max_size=400), st.lists(DETAIL_WORDS, max_size=80).map(" ".join))
SENTENCE_END = (".", "!", "?")
GREETING_WORDS = tuple(
    {
        g.split(" ")[0].rstrip(",")
        for table in (GREETINGS, GREETINGS_NO_NAME)
        for t in table.values()
        for _, g in t
    }
)
# Every word the phrase data itself can put in a note: a draft word outside these and the
# detail's own words would be a piece of a detail word.
TEMPLATE_WORDS = (
    {
        w
        for r in RELATIONSHIPS
        for t in r.openers.values()
        for o in t
        for w in words(o.text + " " + o.bare)
    }
    | {w for p in PURPOSES for t in p.closes.values() for c in t for w in words(c.text)}
    | {w for text in INTROS.values() for w in words(text)}
    | {w for g in GREETING_WORDS for w in words(g)}
    | {"after", "about", "at", "on", "through", "as", "your", "post", "work", "the"}
)


def partial_words(text: str, detail: str, name: str, me: str) -> list[str]:
    """Words of ``text`` that are a strict beginning of a detail word and nothing else."""
    own = set(words(as_plain_text(detail))) | set(words(as_plain_text(name))) | set(words(me or ""))
    return [
        w
        for w in words(text)
        if w not in own and w not in TEMPLATE_WORDS and any(d.startswith(w) and d != w for d in own)
    ]


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(
    name=NAME, detail=DETAIL, relationship=RELATIONSHIP, purpose=PURPOSE, tone=TONE, limit=LIMIT,
    my_name=st.one_of(st.none(), NAME), variant=st.integers(-5, 10**6),
)  # fmt: skip
def test_every_draft_fits_and_ends_like_a_sentence(
    name, detail, relationship, purpose, tone, limit, my_name, variant
):
    """Whatever the name and detail: drafts (at least two, distinct) within the limit counted
    in UTF-16 units, each ending like a sentence; or an InputError about the name."""
    context = {
        "name": name,
        "detail": detail,
        "relationship": relationship,
        "purpose": purpose,
        "tone": tone,
        "limit": limit,
        "my_name": my_name,
        "variant": variant,
    }
    try:
        result = draft_notes(context)
    except InputError as error:
        assert error.field in ("name", "my_name", "detail") and error.message
        return
    drafts = result["drafts"]
    assert len({d["text"] for d in drafts}) == len(drafts) >= 2
    for draft in drafts:
        text = draft["text"]
        assert len(text) <= limit and utf16_len(text) == draft["length"] <= limit
        assert text.startswith(GREETING_WORDS), text
        assert text.endswith(SENTENCE_END), text
        assert partial_words(text, detail, name, my_name) == [], text
    assert result["follow_up"]["text"].endswith(SENTENCE_END)
    assert draft_notes(context) == result  # same input, same output


REAL_NAME = st.lists(st.sampled_from(["José", "María", "García", "李娜", "Zoë", "Ana", "Ødegaard",
                                      "Nguyễn", "O'Brien", "Dr.", "Chloé", "Björn"]),
                     min_size=1, max_size=4).map(" ".join)  # fmt: skip
REAL_DETAIL = st.lists(
    st.sampled_from(["the", "DevOpsDays", "Berlin", "hallway", "track", "your", "thread", "on",
                     "pricing", "experiments", "open-source", "work", "accessible", "charts,",
                     "which", "I've", "used", "across", "team", "and", "🎉", "checkout"]),
    min_size=1, max_size=60,
).map(" ".join)  # fmt: skip


@FAST
@given(name=REAL_NAME, detail=REAL_DETAIL, relationship=RELATIONSHIP, purpose=PURPOSE, tone=TONE,
       limit=LIMIT, variant=st.integers(0, 50))  # fmt: skip
def test_realistic_contexts_pass_the_linter_and_name_the_recipient(
    name, detail, relationship, purpose, tone, limit, variant
):
    """With real names and plain details, three drafts pass every check, greet by name (title
    and family name in a formal note to a titled person) and open differently."""
    result = draft_notes(
        {"name": name, "detail": detail, "relationship": relationship, "purpose": purpose,
         "tone": tone, "limit": limit, "variant": variant}
    )  # fmt: skip
    assert len(result["drafts"]) == 3
    for draft in result["drafts"]:
        assert all(c["ok"] for c in draft["checks"]), draft
        assert greeting_name(name, tone) in draft["text"]
    assert len({first_sentence(d["text"]) for d in result["drafts"]}) == 3


FIELDS = {
    "name": st.one_of(st.none(), NAME, st.integers(), st.booleans()),
    "relationship": st.one_of(st.none(), RELATIONSHIP, st.text(max_size=12), st.integers()),
    "detail": st.one_of(st.none(), DETAIL, st.lists(st.text(max_size=5), max_size=3)),
    "purpose": st.one_of(st.none(), PURPOSE, st.text(max_size=12)),
    "tone": st.one_of(st.none(), TONE, st.text(max_size=8)),
    "limit": st.one_of(st.none(), LIMIT, st.integers(-1, 1000), st.text(max_size=4), st.floats()),
    "my_name": st.one_of(st.none(), NAME, st.integers()),
    "variant": st.one_of(st.none(), st.integers(), st.text(max_size=4), st.floats(), st.booleans()),
}


@FAST
@given(context=st.fixed_dictionaries({}, optional=FIELDS))
def test_missing_or_wrong_fields_give_drafts_or_input_error(context):
    """Any subset of fields, any of them missing or of the wrong type: drafts or InputError."""
    try:
        result = draft_notes(context)
    except InputError as error:
        assert error.message
        return
    assert result["drafts"] and result["limit"] in (200, 300)
