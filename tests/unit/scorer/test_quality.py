"""The quality rules: which headlines and Abouts are cliché-made, vague or specific, and how
much of their section each may earn."""

from __future__ import annotations

import pytest

from connectwisely.scorer.quality import QUALITY_RULES, grade_about, grade_headline, most


@pytest.mark.parametrize(
    ("headline", "grade"),
    [
        ("Passionate professional | Results-driven | Team player", "cliche"),
        ("Visionary. Disruptor. Game changer.", "cliche"),
        ("Motivated self-starter | Hard worker | Quick learner", "cliche"),
        ("Passionate Marketing Manager | Results-Driven | Team Player", "cliche"),
        ("Open to work", "cliche"),  # filler only
        ("Curious mind", "cliche"),  # a self-label, not a field
        ("Top Performer | Closer | Relationship Builder", "cliche"),
        ("Apasionada | Creativa | Soñadora", "cliche"),
        ("Attorney at Law | Esq. | J.D.", "vague"),  # credentials: held, not done
        ("Making things better", "vague"),
        ("Looking for new opportunities", "cliche"),
        ("Nurse", "specific"),
        ("Data engineer · streaming pipelines, dbt, Postgres", "specific"),
        ("Helping restaurant owners cut scheduling time", "specific"),
        ("Passionate about pediatric oncology nursing · Lurie Children's · 10 years", "specific"),
    ],
)
def test_headline_grades(headline, grade):
    """Headlines made of clichés, naming nothing, or naming a role/field/tool/audience."""
    assert grade_headline(headline) == grade


def test_a_word_of_the_readers_own_title_names_a_role():
    """A headline using a word of one's own job title names the job."""
    assert grade_headline("Sommelier", titles=("Head Sommelier",)) == "specific"


@pytest.mark.parametrize(
    ("about", "grade"),
    [
        (
            "Dynamic, results-driven professional with a proven track record of delivering "
            "innovative solutions. Passionate team player who thrives in fast-paced environments.",
            "cliche",
        ),
        (
            "Seasoned executive with over 20 years of experience driving growth and delivering "
            "value for Fortune 500 companies. A visionary leader and change agent.",
            "cliche",
        ),
        (
            "I have worked as an electrician for many years. I do residential and commercial "
            "wiring and take pride in safe, tidy work.",
            "vague",
        ),
        (
            "I wire homes and small shops around Tacoma. Last year my crew of 4 finished 60 "
            "panel upgrades with no failed inspections.",
            "specific",
        ),
        (
            "I'm passionate about pediatric nursing. For ten years I have cared for children at "
            "Lurie Children's, and I train 30 new nurses a year.",
            "specific",
        ),
    ],
)
def test_about_grades(about, grade):
    """Abouts made of claims, with nothing to check, or with numbers and names."""
    assert grade_about(about) == grade


def test_the_rules_table_is_complete_and_ordered():
    """Each section has the three grades; worse grades may earn less; every rule says why."""
    for section in ("headline", "about"):
        assert most(section, "cliche") < most(section, "vague") < most(section, "specific") == 1
    assert len({rule.id for rule in QUALITY_RULES}) == len(QUALITY_RULES)
    assert all(rule.reason and rule.source.startswith("https://") for rule in QUALITY_RULES)


@pytest.mark.parametrize(
    ("segment", "found"),
    [
        ("Registered Nurse", {"role"}),
        ("pediatric oncology", {"specialty"}),
        ("for restaurant owners", {"specialty", "audience"}),
        ("seeking ICU charge nurse roles", {"role", "specialty", "target"}),
        ("Top Performer", {"label"}),
        ("Soñadora", {"label"}),
        ("J.D.", {"credential"}),
        ("MBA", {"credential"}),
        ("President's Club 3x", {"label"}),
        ("Open to work", {"label"}),
        ("Making things better", {"filler"}),
    ],
)
def test_headline_segments_by_kind(segment, found):
    """Each part of a headline names a role, a specialty, an audience or target, or is a
    label, a credential or filler."""
    from connectwisely.scorer.quality import kinds

    assert kinds(segment) == found
