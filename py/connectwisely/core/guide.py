"""Every place in the guide a tool's message links to, as site-relative URLs.

The tools cite these names, never a literal URL, and ``tests/unit/test_guide.py`` proves each
anchor exists in ``docs/``, so a renamed heading breaks a test, not a reader's link.
"""

from __future__ import annotations

PAGES = {
    # best practice: personalize your invitations
    "say-how-you-know-them": "guide/personalize-invitations/#say-how-you-know-them",
    "default-note": "guide/personalize-invitations/#the-default-note",
    "no-pitch": "guide/personalize-invitations/#no-pitch",
    "no-job-ask": "guide/personalize-invitations/#no-job-ask",
    "worked-examples": "guide/personalize-invitations/#worked-examples",
    # LinkedIn's limits
    "note-length": "limits/#note-length",
    "plain-text": "tools/note-drafter/#plain-text",
    "personalised-notes": "limits/#personalised-notes",
    "weekly-invitations": "limits/#weekly-invitations",
    "connection-cap": "limits/#connection-cap",
    # fake profiles and scams
    "off-platform": "guide/scams/#moving-off-linkedin",
    "money": "guide/scams/#money-and-fees",
    "personal-data": "guide/scams/#personal-data",
    "phishing": "guide/scams/#phishing-links",
    "too-good": "guide/scams/#too-good-to-be-true",
    "romance": "guide/scams/#romance",
    "impersonation": "guide/scams/#impersonated-recruiters",
    "investment": "guide/scams/#investment",
    "fake-profile": "guide/scams/#fake-profiles",
    "report": "guide/follow-up/#report",
    "report-rules": "guide/scams/#when-to-report",
    "fraud-services": "sources/#fraud-reporting",
    "account-trouble": "guide/follow-up/#account-trouble",
    # look at the profile before you accept
    "mutual-connections": "guide/check-profiles/#mutual-connections",
    "account-age": "guide/check-profiles/#account-age",
    "verification": "guide/check-profiles/#verification",
    "profile-depth": "guide/check-profiles/#profile-depth",
    "open-networkers": "guide/check-profiles/#open-networkers",
    "shared-context": "guide/check-profiles/#shared-context",
    "relevance": "guide/check-profiles/#relevance",
    "verdicts": "guide/check-profiles/#verdicts",
    "reply-first": "guide/check-profiles/#reply-first",
    "team-rules": "tools/request-checker/#team-rules",
    "the-note": "guide/check-profiles/#the-note",
    "sales-pitches": "guide/risks/#spam-and-sales",
    "unknown-request": "faq/#unknown-request",
    # your own profile
    "photo": "guide/your-profile/#photo",
    "headline": "guide/your-profile/#headline",
    "about": "guide/your-profile/#about",
    "experience": "guide/your-profile/#experience",
    "education": "guide/your-profile/#education",
    "skills": "guide/your-profile/#skills",
    "recommendations": "guide/your-profile/#recommendations",
    "profile-connections": "guide/your-profile/#connections",
    "custom-url": "guide/your-profile/#custom-url",
    "featured": "guide/your-profile/#featured",
    "certifications": "guide/your-profile/#certifications",
    "activity": "guide/your-profile/#activity",
    "all-star": "guide/your-profile/#all-star",
    # following up, declining, withdrawing
    "after-accept": "guide/follow-up/#after-they-accept",
    "decline": "guide/follow-up/#decline",
    "withdraw": "guide/follow-up/#withdraw",
    # quality, quantity and pace
    "review-network": "guide/quality-over-quantity/#review-your-network",
    "concentration": "guide/quality-over-quantity/#concentration",
    "pace": "guide/balance/#pace",
    "bursts": "guide/balance/#bursts",
}


def link(name: str) -> str:
    """The site-relative URL of guide section ``name`` (a KeyError is a programming error)."""
    return PAGES[name]
