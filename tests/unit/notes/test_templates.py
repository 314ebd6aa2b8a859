"""The drafter's phrase data is well formed: unique ids, at least eight openers per
relationship and tone, one slot exactly where one belongs, closes that end like sentences,
formal without contractions."""

from __future__ import annotations

import re

from connectwisely.notes.openers import ALL_KINDS
from connectwisely.notes.templates import (
    GREETINGS,
    GREETINGS_NO_NAME,
    INTROS,
    PURPOSES,
    RELATIONSHIPS,
    THANKS,
    TONES,
)

# Possessives ("your team's work") are fine; contractions are not.
CONTRACTION = re.compile(
    r"\w'(?:d|m|re|ve|ll)\b|n't\b|\b(?:it|that|there|what|let|he|she)'s\b", re.IGNORECASE
)
SLOT = re.compile(r"\{(?:d|at|on)\}")


def test_ids_are_unique():
    """Every opener, close and greeting has its own id."""
    ids = [o.id for r in RELATIONSHIPS for t in TONES for o in r.openers[t]]
    ids += [c.id for p in PURPOSES for t in TONES for c in p.closes[t]]
    ids += [g for table in (GREETINGS, GREETINGS_NO_NAME) for t in TONES for g, _ in table[t]]
    assert len(ids) == len(set(ids))


def test_eight_distinct_openings_per_relationship_and_tone():
    """Each relationship has at least eight openers per tone, all different."""
    for r in RELATIONSHIPS:
        for tone in TONES:
            openers = r.openers[tone]
            assert len(openers) >= 8, (r.id, tone)
            assert len({o.text for o in openers}) == len(openers)
            assert len({o.bare for o in openers}) == len(openers)


def test_openers_and_recalls_place_the_detail_once():
    """The detail form holds one slot; the bare form none; kinds are real kinds."""
    for r in RELATIONSHIPS:
        for tone in TONES:
            for o in r.openers[tone]:
                assert len(SLOT.findall(o.text)) == 1 and "{" not in o.bare, o.id
                assert set(o.kinds) <= {*ALL_KINDS, "memory"} and o.kinds, o.id
            for with_detail, without in r.recall[tone]:
                assert len(SLOT.findall(with_detail)) == 1 and "{" not in without
        assert r.topic.count("{}") == 1 and r.hint in ALL_KINDS


def test_closes_and_follow_ups_end_like_sentences():
    """Closes end with a full stop or exclamation; follow-ups end with . ! or ?."""
    for p in PURPOSES:
        for tone in TONES:
            assert len(p.closes[tone]) >= 3
            assert all(c.text.endswith((".", "!")) for c in p.closes[tone])
            assert all(f.endswith((".", "!", "?")) for f in p.follow_ups[tone])


def test_formal_phrases_have_no_contractions():
    """The formal tone never writes I'd, it's or let's."""
    formal = [o.text for r in RELATIONSHIPS for o in r.openers["formal"]]
    formal += [o.bare for r in RELATIONSHIPS for o in r.openers["formal"]]
    formal += [c.text for p in PURPOSES for c in p.closes["formal"]]
    formal += [f for p in PURPOSES for f in p.follow_ups["formal"]]
    formal += [t for pair in THANKS["formal"] for t in pair]
    formal += [INTROS[("formal", True)], INTROS[("formal", False)]]
    formal += [t for r in RELATIONSHIPS for pair in r.recall["formal"] for t in pair]
    assert [t for t in formal if CONTRACTION.search(t)] == []


def test_every_relationship_defaults_to_a_known_purpose():
    """A relationship's default purpose is one of the purposes."""
    purposes = {p.id for p in PURPOSES}
    assert all(r.default_purpose in purposes for r in RELATIONSHIPS)
