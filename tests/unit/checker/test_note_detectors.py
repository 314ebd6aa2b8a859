"""What the note and headline say: each detector fires on the kinds of phrasing the warnings
describe, in varied wording, and stays quiet on genuine notes that look alike."""

from __future__ import annotations

import pytest

from connectwisely.checker import note_detectors as d
from connectwisely.checker.facts import Facts
from tests.support.detector_tables import detector_cases, is_quoted_evidence

FIRES = [
    (d.romance, "Hello gorgeous, your smile caught my eye."),
    (d.romance, "I'm a lonely widower working on an oil rig."),
    (d.familiar, "Hello dear, I would like to know you better."),
    (d.urgency, "Reply within 24 hours or the offer expires."),
    (d.sales_pitch, "We help SaaS founders book 30+ qualified demos a month. Worth a 15-min call?"),
    (d.sales_pitch, "I can redesign your website, packages from $199. Interested?"),
    (d.sales_pitch, "Our senior Node devs start at $28/hour. Happy to send over a few CVs."),
    (
        d.sales_pitch,
        "My 12-week leadership program is open; I can send the brochure and a free session.",
    ),
    (d.claimed_context, "Your talk at the dbt meetup in Leeds helped my team a lot."),
    (d.mlm, "Are you open to earning extra income? Be your own boss!"),
    (d.default_note, "Hi, I'd like to join your LinkedIn network."),
    (d.default_note, "Hello Sam, I would like to connect with you. Thank you."),
    (d.mass_message, "I came across your profile and it is impressive."),
    (d.job_ask, "Can you refer me to Shopify? Here is my CV."),
    (d.claimed_context, "We sat next to each other on the fraud team - would love to reconnect."),
    (d.claimed_context, "Great to meet you at the workshop yesterday!"),
    (d.claimed_context, "Ben said you'd be the right person to ask."),
    (d.claimed_context, "Former Brightwater colleague here."),
    (d.about_you, "Your article on threat modeling was excellent."),
    (d.about_you, "I really enjoyed your talk at PyCon."),
    (d.personal_note, "Your talk at PyData Berlin on dbt tests changed how my team works."),
    (d.personal_note, "Wir haben uns beim Data Council in Berlin kennengelernt."),
    # a piece of a project's work named by its number, hash or version: a shared past
    (d.shared_context, "Thanks for merging my pull request #87 in fastcsv!"),
    (d.shared_context, "Your commit 3fa9c2e in polars-geo fixed the CRS bug we hit."),
    (d.shared_context, "Danke für das Review meines Pull Requests #54!"),
    (d.shared_context, "I opened #1203 on your repo about the rotation bug."),
    (d.shared_context, "The fix you shipped in v2.3.1 saved our release."),
    # your work named, then a question to you
    (
        d.asks_about_your_work,
        "I read your blog on Rust for embedded. Which project should I build?",
    ),
    (
        d.asks_about_your_work,
        "Your talk on accessible design stuck with me. Could I ask you 2 questions?",
    ),
]
QUIET = [
    (d.romance, "In your eyes, what is the hardest part of hiring?"),
    (d.sales_pitch, "We're hiring a Staff Engineer. Would you be interested in a quick chat?"),
    (d.sales_pitch, "At Lumio we help clinics with hosting; could I ask your advice?"),
    (
        d.sales_pitch,
        "I have a part-time contract for a Salesforce admin, €75 per hour, 6 months. Quick call?",
    ),
    (d.claimed_context, "I watched your talks online, they are great."),
    (d.default_note, "Loved your talk on retries. Let's connect!"),
    (d.claimed_context, "Nice to meet you! I'm a recruiter."),
    (d.claimed_context, "I spoke at PyCon this year."),
    (d.about_you, "Your profile is impressive."),
    (d.personal_note, "Text me on WhatsApp so I can share the details of the role."),
    (d.personal_note, "I'm moving into data analytics and have a question about portfolios."),
    (d.personal_note, "I came across your profile and would love to connect with you."),
    (d.romance, "Thanks again for speaking, and for your smile in the group photo!"),
    (d.romance, "Sorry for your loss; my condolences to the widow of our founder."),
    (d.shared_context, "We are #1 in our market and growing 20% a year."),
    (d.shared_context, "Python 3 and dbt are my tools; 12.03.2024 was my start date."),
    (d.shared_context, "Sorry, wrong person... but nice to meet you! Where are you from?"),
    (
        d.asks_about_your_work,
        "Loved your post on exactly-once delivery. Happy to show you how we do it.",
    ),
    (d.asks_about_your_work, "Could I ask you 2 questions about getting into UX research?"),
]


@detector_cases(FIRES)
def test_fires_with_quoted_evidence(detect, note):
    """The detector fires, and its evidence quotes words of the note (or states a fact)."""
    assert is_quoted_evidence(detect(Facts(message=note)))


@detector_cases(QUIET)
def test_stays_quiet_on_lookalike_genuine_notes(detect, note):
    """Genuine notes that share words with a warning don't fire it."""
    assert detect(Facts(message=note)) == []


def test_impersonation_needs_a_brand_a_small_or_new_account_and_no_badge():
    """A big-brand recruiter is flagged only with a tiny network or a new account, and no badge."""
    base = {"headline": "Talent Acquisition at Google", "message": "We have a role for you."}
    assert d.impersonation(Facts(**base, connections=40))
    assert d.impersonation(Facts(**base, age_months=3, joined="2026-08"))
    assert not d.impersonation(Facts(**base, connections=40, verified=True))
    assert not d.impersonation(Facts(**base, connections=900, age_months=60, joined="2021-01"))
    assert not d.impersonation(Facts(headline="Engineer at Google", connections=40))


def test_denied_context_needs_the_reader_to_say_none():
    """A note claiming a shared past is a doubt only when the reader said they share none."""
    note = "Great to meet you at the conference last week!"
    assert d.denied_context(Facts(message=note, relationship="none"))
    assert not d.claimed_context(Facts(message=note, relationship="none"))
    assert not d.denied_context(Facts(message=note))


def test_open_networker_reads_the_headline_and_lion():
    """LION (in capitals) or 'accepting all invitations' in a headline fires; 'lion' in a name doesn't."""
    assert d.open_networker(Facts(headline="LION | 30K+ connections"))
    assert d.open_networker(Facts(headline="Open networker | Accepting all invitations"))
    assert not d.open_networker(Facts(headline="Lion keeper at Berlin Zoo"))


def test_quotes_are_bounded():
    """Evidence quotes are short, whatever the note's length."""
    evidence = d.sales_pitch(Facts(message="We offer a free demo. " + "x" * 5_000))
    assert evidence and all(len(e) <= 84 for e in evidence)


SELLER_FACTS = {"headline": "Account Executive", "me_company": "Fernhill Logistics"}


@pytest.mark.parametrize(
    ("note", "pitch"),
    [
        # the reader's company named by its first word, beside a demo: a prospect, not a job
        (
            "Saw Fernhill is hiring 3 SDRs. Our AI dialer lets one rep do the work of four. A 12 min demo Thursday?",
            True,
        ),
        # hiring words in a pitch: "without hiring" offers no job
        ("I help CEOs get back 10 hours a week without hiring. Worth a quick call?", True),
        (
            "I specialise in placing senior data engineers and have 4 pre-vetted people. Could I send a few profiles over?",
            True,
        ),
        (
            "Tenemos devs senior en Medellín desde 32 USD/hora. ¿Están buscando reforzar el equipo?",
            True,
        ),
        # a recruiter's concrete role for the reader stays a job
        (
            "We're hiring a Staff Engineer at Fernhill's rival, remote. Would you be open to a quick chat?",
            False,
        ),
        (
            "Your work at Fernhill caught my eye: a Senior Data Engineer role, €95k, hybrid. Open to a chat?",
            False,
        ),
    ],
)
def test_a_pitch_is_told_from_a_job(note, pitch):
    """Offers, asks, prices, rates and the reader's company named count as a pitch's parts; a
    recruiter's note about a role for the reader is no pitch, a seller's note with hiring
    words is one."""
    assert bool(d.sales_pitch(Facts(message=note, **SELLER_FACTS))) is pitch
