"""connectwisely.core.suggest: the nearest known name to a misspelt one, or none."""

from __future__ import annotations

import pytest

from connectwisely.core.suggest import did_you_mean, nearest

KNOWN = ("organisation", "company_names", "company_domains", "note_limit", "message", "headline")


@pytest.mark.parametrize(
    ("word", "aliases", "expected"),
    [
        ("organization", None, "organisation"),  # American spelling
        ("note_limits", None, "note_limit"),  # a plural
        ("Note-Limit", None, "note_limit"),  # case and hyphen
        ("company_domain", None, "company_domains"),
        ("note", {"note": "message"}, "message"),  # no spelling distance finds it: an alias
        ("note", {"note": "not-known"}, None),  # an alias to an unknown name is not offered
        ("colour", None, None),  # nothing close
    ],
)
def test_the_nearest_known_name(word, aliases, expected):
    """A typo, a plural, another spelling or an alias gives the name meant; noise gives none."""
    assert nearest(word, KNOWN, aliases) == expected


def test_the_phrase_is_empty_when_nothing_is_close():
    """did_you_mean is a ready sentence, or nothing at all."""
    assert did_you_mean("organization", KNOWN) == " Did you mean 'organisation'?"
    assert did_you_mean("colour", KNOWN) == ""
