"""Addresses in a note: the hosts of its links and e-mail addresses, and look-alikes of the
brands people sign in with or open documents from (LinkedIn, Google, Microsoft, Dropbox,
DocuSign, Adobe, WeTransfer, Apple, PayPal).

A look-alike carries a brand's name in a host the brand doesn't own ("docs-google.net",
"office365-partage.com", "micros0ft-login.com"); the brand's own hosts and their subdomains
("drive.google.com", "acme.sharepoint.com") are not look-alikes.
"""

from __future__ import annotations

import re

_TLD = r"com|net|org|io|co|careers|jobs|hr|work|info|biz|xyz|site|online|app|ai|dev|me|ly|link|top|click|page|live|de|fr|es|it|pt|br|uk|nl|eu|ru|cn|in"
_EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,63})\b", re.I)
_URL = re.compile(
    rf"(?:\bhttps?://|\bwww\.)((?:[\w-]+\.)+[a-z]{{2,63}})\b|(?<![\w@.-])((?:[\w-]+\.)+(?:{_TLD}))\b",
    re.I,
)
# Each brand: the words that name it in a host, and the domains it owns.
BRANDS = {
    "LinkedIn": (("linkedin", "lnkd"), ("linkedin.com", "lnkd.in")),
    "Google": (("google", "gmail", "gdrive", "googledocs"), ("google.com", "googleusercontent.com", "gmail.com", "goo.gl")),
    "Microsoft": (("microsoft", "office365", "outlook365", "onedrive", "sharepoint", "msoffice"), ("microsoft.com", "office.com", "live.com", "outlook.com", "sharepoint.com", "onedrive.com", "1drv.ms", "microsoftonline.com")),
    "Dropbox": (("dropbox",), ("dropbox.com",)),
    "DocuSign": (("docusign",), ("docusign.com", "docusign.net")),
    "Adobe": (("adobe", "acrobat"), ("adobe.com",)),
    "WeTransfer": (("wetransfer",), ("wetransfer.com", "we.tl")),
    "Apple": (("apple", "icloud"), ("apple.com", "icloud.com")),
    "PayPal": (("paypal",), ("paypal.com", "paypal.me")),
}  # fmt: skip
_DIGITS_AS_LETTERS = str.maketrans("0135", "oles")


def hosts(text: str) -> list[str]:
    """The domain names of the e-mail addresses and links in ``text``, lower-cased, in order.

    Addresses are taken out before links are looked for, so the part before the ``@`` of
    ``fjordline.jobs@gmail.com`` is not read as a domain of its own.
    """
    found = [m.group(1).lower() for m in _EMAIL.finditer(text)]
    rest = _EMAIL.sub(" ", text)
    found += [(m.group(1) or m.group(2)).lower() for m in _URL.finditer(rest)]
    return [h.removeprefix("www.") for h in dict.fromkeys(found)]


def is_own(host: str, domains: tuple[str, ...]) -> bool:
    """Whether ``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)


def look_alikes(text: str) -> list[tuple[str, str]]:
    """``(host, brand)`` for each link host in ``text`` that borrows a brand's name.

    E-mail hosts are left out: a personal address at gmail.com is another signal's business."""
    emails = {m.group(1).lower() for m in _EMAIL.finditer(text)}
    found = []
    for host in hosts(text):
        if host in emails:
            continue
        parts = re.split(r"[.-]", host.translate(_DIGITS_AS_LETTERS))
        for brand, (names, domains) in BRANDS.items():
            named = any(part.startswith(name) for part in parts for name in names)
            if named and not is_own(host, domains):
                found.append((host, brand))
                break
    return found


__all__ = ["BRANDS", "hosts", "is_own", "look_alikes"]
