"""The request checker's team signals: what a hosting team's settings add to the 44 rules.

With an organisation (or a company name) set (see :mod:`connectwisely.core.team`):

- TM001 (relevance, workplace): the sender says they work there, under any of its spellings: a
  colleague, which with a note naming your shared past is enough to accept;
- TM002 (risk, red): with its domains listed, the note claims to be the organisation or to act
  for it (its HR, its recruiting, "on behalf of", one of its jobs, or a profile that says they
  work there), and gives an e-mail address or link outside those domains; or it gives an
  address whose domain carries the organisation's name without being one of them. A partner
  or client who merely names the organisation, from their own company's address, is not
  impersonating it;
- TM003 (risk, caution): the sender says they recruit for the organisation itself, which its
  own staff should check in the staff directory before replying.

Each of the team's own rules becomes one more signal, ``team:<id>``, matched as phrases on
word boundaries in the note and the headline.
"""

from __future__ import annotations

import re

from ..core.guide import link
from ..core.team import Team, TeamRule
from ..core.text import find_phrases, fold, shorten, squash
from .facts import Facts, recruiter_profile
from .links import hosts, is_own
from .relevance import company_core, same_company
from .signals import Signal
from .words.phrases import JOB, find

# Ways a note claims to be the organisation or to act for it, around "{org}" (its folded names).
# Kept narrow on purpose: partners and clients name the organisation too ("we supply Acme",
# "excited to partner with Acme", "speaking at Acme's conference"), and that is no claim.
_ROLE = (
    r"(?:recruiter|recruiting|hiring|manager|lead|director|coordinator|specialist|officer|"
    r"representative|working|employed|based|engineer|hr)"
)
_CLAIMS = (
    r"\b(?:i am|i'm|im|we are|we're)\s+(?:with|from|at)\s+(?:the\s+)?{org}",
    r"\b(?:i am|i'm|im)\s+\w+\s+from\s+(?:the\s+)?{org}",
    rf"\b(?:i am|i'm|im|we are|we're)\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?{_ROLE}\s+(?:at|for|with)\s+(?:the\s+)?{{org}}",
    r"\b(?:i|we)\s+(?:work|am working|recruit|hire)\s+(?:at|for)\s+{org}",
    r"\b(?:here|we)\s+at\s+{org}",
    r"\bon behalf of\s+(?:the\s+)?{org}",
    r"\brepresent(?:s|ing)?\s+{org}",
    r"\b(?:recruiting|hiring|headhunting)\s+for\s+{org}",
    r"\b(?:hr|human resources|recruit\w*|talent|hiring)\s+(?:\w+\s+)?(?:at|for|of|with)\s+{org}",
    r"{org}(?:'s)?\s+(?:hr|human resources|recruit\w*|talent|hiring|careers?|people team|personnel)\b",
    r"{org}\s+(?:is hiring|has (?:a|an)\s+(?:\w+\s+)?(?:role|position|job|opening|vacancy))\b",
    r"\b(?:a|an|the)\s+(?:\w+\s+)?(?:role|position|job|opening|vacancy)\s+(?:at|with|in)\s+{org}",
)


def _named(team: Team, text: str) -> list[str]:
    """The organisation's names found in ``text``."""
    return [n for n in team.names if same_company(n, text)]


def _look_alike(team: Team, host: str) -> bool:
    """A domain carrying the organisation's name that is not the organisation's own."""
    label = host.replace("-", "").replace(".", "")
    cores = {company_core(n).replace(" ", "").replace("-", "") for n in team.names}
    return any(len(core) >= 3 and core in label for core in cores)


def colleague(team: Team, f: Facts) -> list[str]:
    if f.me_company and same_company(f.me_company, f.profile):
        return []  # RQ041 already says so, from the reader's own company
    names = _named(team, f.profile)
    return [f"“{shorten(f.profile, 60, ellipsis='…')}” names {names[0]}"] if names else []


def claims(team: Team, f: Facts) -> str:
    """How the request claims to be the organisation or act for it ("" when it does not)."""
    if _named(team, f.profile):
        return f"their profile says they work at {_named(team, f.profile)[0]}"
    org = "(?:" + "|".join(re.escape(company_core(n)) for n in team.names if company_core(n)) + ")"
    note = fold(squash(f.note))
    for pattern in _CLAIMS:
        found = re.search(pattern.replace("{org}", rf"{org}(?!\w)"), note)
        if found:
            return f"the note says “{found.group(0)}”"
    return ""


def borrowed_name(team: Team, f: Facts) -> list[str]:
    if not team.company_domains:
        return []  # without its domains, the team's own address could look borrowed
    outside = [h for h in hosts(f.note) if not is_own(h, team.company_domains)]
    listed = ", ".join(team.company_domains)
    look_alikes = [h for h in outside if _look_alike(team, h)]
    if look_alikes:
        return [f"{h} carries the name but is not one of {listed}" for h in look_alikes[:2]]
    claim = claims(team, f) if outside else ""
    if claim:
        return [f"{claim}, but the note points to {outside[0]}, which is not one of {listed}"]
    return []


def own_recruiter(team: Team, f: Facts) -> list[str]:
    claims = _named(team, f.profile) or _named(team, f.note)
    if not claims or not (recruiter_profile(f) or find(JOB, f.note)):
        return []
    return [f"recruits for {claims[0]}"]


def _rule_detector(rule: TeamRule):
    def detect(f: Facts) -> list[str]:
        return [f"“{p}”" for p in find_phrases(f"{f.note}\n{f.profile}", rule.phrases)][:4]

    return detect


def _bound(detector, team: Team):
    return lambda facts: detector(team, facts)


def team_signals(team: Team) -> tuple[Signal, ...]:
    """The extra signals ``team``'s settings give the checker (none for the public guide)."""
    out: list[Signal] = []
    org = team.organisation or (team.names[0] if team.names else "")
    if org:
        out += [
            Signal("TM001", "relevance", "workplace", 30, f"they work at {org}",
                   f"Their profile says they work at {org}, like you. Colleagues are worth "
                   "connecting with; if you have never met, a line about your shared work helps.",
                   link("shared-context"), _bound(colleague, team)),
            Signal("TM002", "risk", "red", 70, f"it uses the name {org} with an outside address",
                   f"They present themselves as {org}, or as acting for it, but send you to an "
                   f"address or link outside the domains {org} uses "
                   f"({', '.join(team.company_domains)}). Fake recruiters and fake colleagues "
                   "borrow an employer's name this way: report it.",
                   link("impersonation"), _bound(borrowed_name, team), True),
            Signal("TM003", "risk", "caution", 15, f"they say they recruit for {org}",
                   f"They say they recruit for {org}. If you work there, look them up in the "
                   "staff directory or ask your talent team before you reply; scammers use the "
                   "reader's own employer because it earns trust.",
                   link("impersonation"), _bound(own_recruiter, team)),
        ]  # fmt: skip
    for rule in team.rules:
        kind = "risk" if rule.kind == "red-flag" else "trust"
        out.append(
            Signal(f"team:{rule.id}", kind, rule.flag, rule.weight, rule.label, rule.message,
                   rule.guide or link("team-rules"), _rule_detector(rule), kind == "risk")
        )  # fmt: skip
    return tuple(out)


__all__ = [
    "borrowed_name",
    "claims",
    "colleague",
    "own_recruiter",
    "team_signals",
]
