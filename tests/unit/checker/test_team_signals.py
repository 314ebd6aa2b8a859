"""connectwisely.checker.team_signals: a team's settings change the request checker's answers."""

from __future__ import annotations

import pytest

from connectwisely import check_request
from connectwisely.checker.facts import Facts
from connectwisely.checker.links import hosts, is_own
from connectwisely.checker.team_signals import claims, team_signals
from connectwisely.core.team import Team, team_from_json

TEAM = {
    "organisation": "Acme Robotics",
    "company_names": ["Acme", "ACME Inc."],
    "company_domains": ["acme.example"],
    "red_flags": [
        {
            "id": "fake-talent-desk",
            "phrases": ["Acme Talent Desk"],
            "message": "Acme has no talent desk.",
            "severity": "report",
        },
        {
            "id": "codename",
            "phrases": ["Project Falcon"],
            "message": "Outsiders asking about it are fishing.",
            "severity": "warn",
        },
    ],
    "trusted_phrases": [
        {"id": "alumni", "phrases": ["Acme Alumni Network"], "message": "Real shared context."}
    ],
}
TODAY = "2026-11-25"

# (case, request, verdict without the team, verdict with it, team signals expected)
CASES = [
    (
        "a colleague who names your shared past",
        {"headline": "Engineer at Acme", "message": "Hi, we worked together on the arm project last year."},
        "reply-first", "accept", {"TM001"},
    ),
    (
        "a colleague under another spelling of the company",
        {"headline": "Designer", "company": "ACME Inc.", "message": "We worked together on the robot launch."},
        "reply-first", "accept", {"TM001"},
    ),
    (
        "a recruiter borrowing the name with a look-alike domain",
        {"headline": "Recruiter", "message": "I'm hiring for Acme Robotics, email me at jobs@acme-careers.com"},
        "ignore", "report", {"TM002", "TM003"},  # public: a vague headline and a note with no specifics
    ),
    (
        "the name with a link outside the company's domains",
        {"headline": "Talent partner", "message": "Acme has a role for you: apply at https://jobs-portal.net/apply"},
        "ignore", "report", {"TM002", "TM003"},
    ),
    (
        "the real domain is not a warning",
        {"headline": "Recruiter at Acme", "message": "Acme has a role for you, see careers.acme.example"},
        "reply-first", "reply-first", {"TM001", "TM003"},
    ),
    (
        "the team's own red flag, reported",
        {"headline": "Coordinator at Acme Talent Desk", "message": "Hi"},
        "reply-first", "report", {"TM001", "TM003", "team:fake-talent-desk"},
    ),
    (
        "the team's own warning",
        {"name": "Jo", "message": "I'd love to hear how Project Falcon is going at your end."},
        "reply-first", "ignore", {"team:codename"},
    ),
    (
        "the team's trusted phrase",
        {"headline": "Sales at Foo", "message": "We met through the Acme Alumni Network last spring."},
        "reply-first", "reply-first", {"team:alumni"},
    ),
    (
        "a partner who names the company, from their own company's domain",
        {"headline": "Account manager at Nordic Marine Supply", "relationship": "met-in-person",
         "mutual_connections": 12,
         "message": "Great to meet you at the Acme supplier day. We supply parts for Acme's arms; "
                    "reach me at anna@nordicmarine.example."},
        "accept", "accept", set(),
    ),
    (
        "acting for the company from a free mail address",
        {"headline": "Talent scout", "message": "I'm writing on behalf of Acme Robotics. "
                                                "Send your CV to acme.jobs@gmail.com"},
        "report", "report", {"TM002", "TM003"},
    ),
    (
        "its HR, from a look-alike of its name in the local part only",
        {"name": "Jo", "message": "Acme HR here: your payroll needs updating, write to acme.hr@mail.example"},
        "report", "report", {"TM002", "TM003"},
    ),
    (
        "nothing about the company: no change",
        {"headline": "Data engineer at Globex", "message": "Loved your post on robotics."},
        "reply-first", "reply-first", set(),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("request_", "plain", "with_team", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_team_settings_change_the_answer_as_configured(request_, plain, with_team, expected):
    """The same request gets the public verdict without the team and the team's with it."""
    public = check_request(request_, today=TODAY)
    team = check_request(request_, today=TODAY, team=TEAM)
    assert public["verdict"] == plain
    assert team["verdict"] == with_team
    fired = {s["id"] for s in team["signals"]}
    assert {i for i in fired if i.startswith(("TM", "team:"))} == expected
    assert not any(s["id"].startswith(("TM", "team:")) for s in public["signals"])


def test_a_team_rule_carries_its_message_and_link():
    """A team rule's signal shows the team's message and links to its page, or to the guide."""
    result = check_request(
        {"headline": "Acme Talent Desk", "message": "How is Project Falcon?"},
        today=TODAY,
        team=TEAM,
    )
    by_id = {s["id"]: s for s in result["signals"]}
    assert by_id["team:fake-talent-desk"]["message"] == "Acme has no talent desk."
    assert by_id["team:fake-talent-desk"]["evidence"] == "“Acme Talent Desk”"
    assert by_id["team:codename"]["guide"] == "tools/request-checker/#team-rules"


def test_reader_company_and_team_do_not_count_twice():
    """When the reader gives their company and it is the team's, only RQ041 says so."""
    result = check_request(
        {"headline": "Engineer at Acme Robotics"},
        me={"company": "Acme Robotics"},
        today=TODAY,
        team=TEAM,
    )
    fired = {s["id"] for s in result["signals"]}
    assert "RQ041" in fired and "TM001" not in fired


def test_bad_team_settings_are_an_input_error():
    """A bad team value is the reader's (or host's) to fix: InputError on field 'team'."""
    with pytest.raises(Exception) as caught:
        check_request({"name": "Sam"}, team={"note_limit": 5})
    assert type(caught.value).__name__ == "TeamConfigError" and caught.value.field == "team"


def test_no_organisation_no_company_signals():
    """Rules alone add their signals; the company signals need an organisation."""
    ids = [s.id for s in team_signals(team_from_json({"red_flags": TEAM["red_flags"]}))]
    assert ids == ["team:fake-talent-desk", "team:codename"]
    assert team_signals(Team()) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jo@Acme-Careers.com now", ["acme-careers.com"]),
        (
            "see https://www.acme.example/jobs or http://careers.acme.example",
            ["acme.example", "careers.acme.example"],
        ),
        ("no links here, just acme", []),
        ("visit jobs-portal.net/apply", ["jobs-portal.net"]),
    ],
)
def test_hosts_are_read_from_links_and_addresses(text, expected):
    """E-mail domains and link hosts are found, lower-cased, without www."""
    assert hosts(text) == expected


@pytest.mark.parametrize(
    ("host", "own"),
    [
        ("acme.example", True),
        ("careers.acme.example", True),
        ("notacme.example", False),
        ("acme.example.net", False),
    ],
)
def test_own_domains_include_subdomains_only(host, own):
    """A subdomain is the company's; a name that merely ends the same way is not."""
    assert is_own(host, ("acme.example",)) is own


def test_without_domains_no_address_is_called_borrowed():
    """With no domains listed, the team's own address (acmerobotics.com) is not reported."""
    team = {"organisation": "Acme Robotics"}
    result = check_request(
        {"headline": "Engineer at Acme Robotics", "message": "Write to jane@acmerobotics.com"},
        today=TODAY,
        team=team,
    )
    assert "TM002" not in {s["id"] for s in result["signals"]}


def test_company_names_alone_name_the_organisation():
    """company_names without an organisation still give the company signals, under the first name."""
    (colleague, *_) = team_signals(team_from_json({"company_names": ["Globex", "Globex Corp"]}))
    assert (colleague.id, colleague.label) == ("TM001", "they work at Globex")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to fjordline.jobs@gmail.com today", ["gmail.com"]),
        ("fjordline.jobs@gmail.com or fjordline.jobs", ["gmail.com", "fjordline.jobs"]),
    ],
)
def test_the_domain_of_an_address_is_the_part_after_the_at(text, expected):
    """The local part of an address is not read as a domain of its own."""
    assert hosts(text) == expected


def test_the_evidence_names_the_addresses_domain():
    """For fjordline.jobs@gmail.com, the evidence names gmail.com, not fjordline.jobs."""
    team = {"organisation": "Fjordline", "company_domains": ["fjordline.example"]}
    result = check_request(
        {
            "headline": "Recruiter",
            "message": "Fjordline recruiting team: mail fjordline.jobs@gmail.com",
        },
        today=TODAY,
        team=team,
    )
    (tm002,) = [s for s in result["signals"] if s["id"] == "TM002"]
    assert "gmail.com, which is not one of fjordline.example" in tm002["evidence"]
    assert "fjordline.jobs is" not in tm002["evidence"]


def test_a_www_domain_still_counts_a_colleague_as_ours():
    """company_domains [www.fjordline.example]: a colleague at @fjordline.example is no outsider."""
    team = {"organisation": "Fjordline", "company_domains": ["www.fjordline.example"]}
    request = {
        "headline": "Engineer at Fjordline",
        "message": "We worked together on the ferry app; I'm at kari@fjordline.example now.",
    }
    result = check_request(request, today=TODAY, team=team)
    assert "TM002" not in {s["id"] for s in result["signals"]}
    assert result["verdict"] == "accept"


@pytest.mark.parametrize(
    ("note", "claim"),
    [
        ("I'm with Acme Robotics and would like to connect.", True),
        ("Hi, I'm Sam from Acme - quick question.", True),
        ("I'm a senior recruiter at Acme.", True),
        ("I work for ACME Inc. in Berlin.", True),
        ("Writing on behalf of Acme Robotics.", True),
        ("Acme HR here: please confirm your details.", True),
        ("I am with the Acme recruiting team.", True),
        ("Acme's talent team asked me to reach out.", True),
        ("I'm a talent partner for Acme.", True),
        ("We are hiring for Acme in Lisbon.", True),
        ("Acme has a great role for you.", True),
        ("There is an open position at Acme for you.", True),
        ("Here at Acme we value people like you.", True),
        ("I'm excited to partner with Acme next year.", False),
        ("I'm happy with Acme's service so far.", False),
        ("I'm speaking at Acme's developer conference.", False),
        ("We supply parts for Acme's arms.", False),
        ("I'm a big fan of Acme.", False),
        ("I know people at Acme.", False),
        ("Great to meet you at the Acme supplier day.", False),
    ],
)
def test_a_claim_to_be_or_act_for_the_organisation(note, claim):
    """Claims to be the organisation or act for it are found; naming it is not a claim."""
    team = team_from_json({"organisation": "Acme Robotics", "company_names": ["Acme", "ACME Inc."]})
    assert bool(claims(team, Facts(message=note))) is claim
