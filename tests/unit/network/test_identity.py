"""The keys that match one person across the export's files."""

from __future__ import annotations

import pytest

from connectwisely.network.identity import name_key, profile_key


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.linkedin.com/in/Ana-Lee-42", "ana-lee-42"),
        ("https://www.linkedin.com/in/ana-lee/?trk=x", "ana-lee"),
        ("http://linkedin.com/in/ana#about", "ana"),
        ("https://example.com/ana", ""),
        ("", ""),
        ("https://www.linkedin.com/in/Björn-STÅHL-ny/", "björn-ståhl-ny"),
        ("https://www.linkedin.com/IN/ana/in/bo", "ana"),  # the first "/in/", in any case
        ("https://www.linkedin.com/in/", ""),
        ("https://www.linkedin.com/in/?x", ""),
    ],
)
def test_profile_key_is_the_slug_lower_cased(url, key):
    """The part after the first "/in/" (any case) up to "/", "?" or "#", lower-cased."""
    assert profile_key(url) == key


def test_name_key_folds_case_and_spaces():
    assert name_key("  Ana   LEE ") == name_key("ana lee") == "ana lee"
