"""The reader's stage: read from positions and words, or chosen; and what it shifts."""

from __future__ import annotations

import pytest

from connectwisely.scorer.stage import EMPHASIS, EXPERIENCE_PARTS, STAGES, infer_stage, stage_of

NOW = 2026 * 12 + 10  # November 2026


def job(title, start, end=None):
    return {"title": title, "company": "X", "start": start, "end": end}


@pytest.mark.parametrize(
    ("profile", "stage"),
    [
        ({"headline": "Computer Science student at Purdue", "positions": [job("Barista", "2024-06")]}, "student"),
        ({"education": [{"school": "MIT"}], "positions": [job("Research Intern", "2025-06", "2025-08")]}, "student"),
        ({"education": [{"school": "MIT"}]}, "student"),
        ({"positions": [job("Engineer", "2023-01")]}, "early-career"),
        ({"positions": [job("Manager", "2021-01"), job("Engineer", "2015-09", "2020-12")]}, "experienced"),
        ({"about": "For 12 years I have helped manufacturers carry less stock."}, "experienced"),
        ({"headline": "Former teacher transitioning into UX design",
          "positions": [job("Teacher", "2017-08", "2025-06")]}, "career-change"),
        ({"headline": "Junior developer · React · former head chef",
          "positions": [job("Head Chef", "2015-03", "2025-05")]}, "career-change"),
        ({}, "early-career"),
        # the same in the other five languages
        ({"headline": "Estudiante de Ingeniería Informática en la UPM",
          "positions": [job("Camarero", "2024-06")]}, "student"),
        ({"headline": "Werkstudentin Data Analytics", "education": [{"school": "TUM"}],
          "positions": [job("Werkstudentin", "2025-04")]}, "student"),
        ({"headline": "Ex-professeure en reconversion vers l'UX design",
          "positions": [job("Professeure", "2016-09", "2025-06")]}, "career-change"),
        ({"about": "Dopo otto anni in banca, sono in transizione verso la data analysis.",
          "positions": [job("Impiegata", "2017-01", "2025-03")]}, "career-change"),
        ({"headline": "Recém-formada em Enfermagem", "positions": [job("Estagiária", "2025-02", "2025-12")]}, "student"),
    ],
)  # fmt: skip
def test_the_stage_is_read_from_the_profile(profile, stage):
    """Student words, years of positions (or of words), and words of a change of career."""
    assert infer_stage(profile, NOW)[0] == stage


def test_a_chosen_stage_wins():
    """The reader's choice overrides what the profile reads as."""
    profile = {"positions": [job("Manager", "2010-01")], "stage": "career-change"}
    assert stage_of(profile, NOW) == ("career-change", "as you chose")


def test_every_stage_has_weights_and_experience_parts():
    """Each choosable stage shifts weights and has Experience parts adding up to 1."""
    for stage, _ in STAGES[1:]:
        assert stage in EMPHASIS
        parts = EXPERIENCE_PARTS[stage]
        shares = (parts.listed, parts.current, parts.current_described, parts.past,
                  parts.described, parts.numbers, parts.outcomes, parts.dated)  # fmt: skip
        assert sum(shares) == pytest.approx(1.0)


def test_students_and_experienced_readers_weigh_differently():
    """Recommendations count less for students; results more for the experienced."""
    assert EMPHASIS["student"]["recommendations"] < 1 < EMPHASIS["student"]["education"]
    assert EXPERIENCE_PARTS["experienced"].numbers > EXPERIENCE_PARTS["early-career"].numbers
    assert EXPERIENCE_PARTS["experienced"].past < EXPERIENCE_PARTS["early-career"].past
