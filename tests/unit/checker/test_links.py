"""Look-alike addresses of the brands people sign in with or open documents from."""

from __future__ import annotations

import pytest

from connectwisely.checker.links import look_alikes


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("Open it at google-drive-docs.info/jd", [("google-drive-docs.info", "Google")]),
        ("See docs-google-condivisi.com/contratto", [("docs-google-condivisi.com", "Google")]),
        ("Sign at docusign-secure-view.com", [("docusign-secure-view.com", "DocuSign")]),
        ("Log in: micros0ft-login.com", [("micros0ft-login.com", "Microsoft")]),
        ("Files: sharepoint-dokumente.de/vertrag", [("sharepoint-dokumente.de", "Microsoft")]),
        ("The deck: https://drive.google.com/file/d/1", []),
        ("On our intranet: acme.sharepoint.com/sites/hr", []),
        ("Write to me at jo@gmail.com", []),
        ("Our studio is pineapple-studio.com", []),
    ],
)
def test_look_alikes_are_found_and_the_real_hosts_are_not(note, found):
    """A brand's name in a host it doesn't own is a look-alike; its own hosts are not."""
    assert look_alikes(note) == found
