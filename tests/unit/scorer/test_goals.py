"""The goal's checks: what a job seeker, a recruiter, a seller and a thought leader must show,
read in the headline, the first lines of About and the skills."""

from __future__ import annotations

import pytest

from connectwisely.scorer.goals import (
    CHECKS_BY_GOAL,
    GOAL_CHECKS,
    goal_credit,
    goal_facts,
    target_words,
)
from connectwisely.scorer.rules import headline_facts


def met(goal, headline, about, skills=(), featured=0):
    return goal_facts(goal, headline, headline_facts(headline), about, tuple(skills), featured).met


def test_every_goal_shares_out_its_points():
    """Each goal's checks add up to the whole goal section; general has none."""
    for goal, checks in CHECKS_BY_GOAL.items():
        assert sum(c.share for c in checks) == pytest.approx(1.0), goal
    assert "general" not in CHECKS_BY_GOAL
    assert {c.section for c in GOAL_CHECKS} <= {"headline", "about", "skills", "featured"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Seeking ICU charge nurse roles in Boston", ("icu", "charge", "nurse", "boston")),
        ("Open to opportunities", ()),  # names no role
        ("Busco un puesto de diseñadora UX. Gracias", ("disenadora", "ux")),
        ("Je cherche un poste de formatrice en anglais", ("formatrice", "anglais")),
    ],
)
def test_target_words_are_the_role_sought(text, words):
    """The words after "seeking", "busco", "je cherche"… up to the sentence's end."""
    assert target_words(text) == words


def test_a_job_seeker_pointing_at_the_old_career_shows_nothing():
    """The new field said only in the last sentence: the headline and opening miss it."""
    about = (
        "I have taught high school history for eleven years at Lincoln High, where I led the "
        "department's curriculum redesign and mentored six new teachers. "
        * 2
        + "I'm now looking for UX research roles."
    )
    found = met("job-search", "High School History Teacher at Lincoln High", about)
    assert "job-headline" not in found and "job-opening" not in found
    assert goal_credit("job-search", goal_facts(
        "job-search", "UX researcher · former teacher", headline_facts("UX researcher · former teacher"),
        "I'm looking for UX research roles. " + about, ("UX Research", "User Research", "Research Synthesis"), 0,
    )) == pytest.approx(1.0)  # fmt: skip


@pytest.mark.parametrize(
    ("goal", "headline", "about", "shown", "missing"),
    [
        ("hiring", "Tech recruiter · hiring backend and data engineers in Berlin",
         "We are hiring five backend engineers; join our team. Send me your CV.",
         {"hire-headline", "hire-about", "hire-ask"}, set()),
        ("hiring", "Chargée de recrutement | Passionnée par l'humain",
         "Passionnée, j'accompagne les entreprises dans la recherche des meilleurs talents.",
         set(), {"hire-headline", "hire-about"}),
        ("sales", "Account executive · scheduling software for restaurant groups",
         "If your managers spend Sunday nights on spreadsheets, your labor costs are too high. "
         "I help restaurant owners fix that. Message me.",
         {"sell-headline", "sell-buyers", "sell-ask"}, set()),
        ("sales", "Top Performer | President's Club | Closer",
         "President's Club three years running, 147% of quota, #1 rep on the leaderboard.",
         set(), {"sell-headline", "sell-buyers", "sell-ask"}),
        ("thought-leadership", "Writing about data contracts for analytics teams",
         "I write a weekly newsletter on data contracts.", {"lead-niche", "lead-topics"},
         {"lead-proof"}),
    ],
)  # fmt: skip
def test_each_goal_reads_its_checks(goal, headline, about, shown, missing):
    """What each goal needs is read in the words, and quota ranks do not speak to buyers."""
    found = met(goal, headline, about)
    assert shown <= found and not (missing & found)
