"""Metamorphic tests over every profile case (the repo's, the coach's development set and the
translated set): changes that add nothing never raise the score, a headline of labels in place
of a specific one lowers it, and a translation moves it by a few points at most."""

from __future__ import annotations

import copy
import json

import pytest

from connectwisely import score_profile
from connectwisely.scorer.quality import grade_headline
from tests.support.paths import CASES_DIR

TODAY = "2026-11-25"


def _profiles() -> list[tuple[str, dict]]:
    """Every valid profile of the case files, named by case (and side of a pair)."""
    found = []
    for name in (
        "profiles.json",
        "profiles-dev.json",
        "profiles-frozen.json",
        "profiles-after.json",
    ):
        data = json.loads((CASES_DIR / name).read_text())
        for case in data if isinstance(data, list) else data["cases"]:
            if case.get("expect_error"):
                continue
            for key in ("profile", "better", "worse"):
                if key in case:
                    found.append((f"{case['id']}:{key}", case[key]))
    translated = json.loads((CASES_DIR / "profiles-translated.json").read_text())["cases"]
    found += [(f"{c['group']}:{c['lang']}", c["profile"]) for c in translated]
    return found


PROFILES = _profiles()
IDS = [name for name, _ in PROFILES]

# Skills any profile could list, in the languages of the cases.
GENERIC = [
    "Communication", "Teamwork", "Leadership", "Microsoft Office", "Customer Service",
    "Time Management", "Problem Solving", "Organization", "Critical Thinking", "Creativity",
    "Adaptability", "Multitasking", "Attention to Detail", "Work Ethic", "Motivation",
    "Flexibility", "Punctuality", "Public Speaking", "Negotiation", "Decision Making",
    "Emotional Intelligence", "Social Media", "Data Entry", "Cash Handling", "Excel",
    "Trabajo en equipo", "Liderazgo", "Teamfähigkeit", "Travail en équipe", "Lavoro di squadra",
]  # fmt: skip
CLAIMS = (
    "Highly motivated, results-driven professional with a proven track record. "
    "A passionate team player who thrives in fast-paced environments and thinks outside the box."
)
LABELS = "Top Performer | Team Player | Go-Getter | Passionate Professional"


def score(profile: dict) -> dict:
    return score_profile(copy.deepcopy(profile), today=TODAY)


def test_the_cases_cover_the_six_languages_and_many_profiles():
    """The relations below run over 150 profiles or more, in all six languages."""
    assert len(PROFILES) >= 150
    assert {name.rsplit(":", 1)[1] for name in IDS if name.startswith("nurse-educator")} == {
        "en",
        "es",
        "pt",
        "de",
        "fr",
        "it",
    }


@pytest.mark.parametrize(("name", "profile"), PROFILES, ids=IDS)
def test_thirty_generic_skills_never_raise_the_score(name, profile):
    """Adding 30 skills any profile could list never raises the score."""
    padded = {**profile, "skills": [*(profile.get("skills") or []), *GENERIC]}
    assert score(padded)["score"] <= score(profile)["score"]


@pytest.mark.parametrize(("name", "profile"), PROFILES, ids=IDS)
@pytest.mark.parametrize("where", ["end", "start"])
def test_padding_the_about_with_claims_never_raises_the_score(name, profile, where):
    """Claims added to the About, before or after what it says, never raise the score."""
    about = profile.get("about") or ""
    padded = f"{about}\n\n{CLAIMS}" if where == "end" else f"{CLAIMS}\n\n{about}"
    assert score({**profile, "about": padded})["score"] <= score(profile)["score"]


def _says_nothing(result: dict) -> bool:
    return bool(result["ceiling"]) and result["ceiling"]["id"] == "PS-C2"


CLICHE_PROFILES = [(n, p) for n, p in PROFILES if _says_nothing(score(p))]


def test_there_are_cliche_profiles_to_test():
    """Enough profiles whose headline and About say nothing specific, in several languages."""
    assert len(CLICHE_PROFILES) >= 15


@pytest.mark.parametrize(("name", "profile"), CLICHE_PROFILES, ids=[n for n, _ in CLICHE_PROFILES])
@pytest.mark.parametrize(
    "more",
    [
        {"posts_last_90_days": 60},
        {"connections": 5000},
        {"posts_last_90_days": 60, "connections": 5000, "featured": 3},
    ],
)
def test_more_posts_or_connections_never_raise_a_cliche_profile(name, profile, more):
    """On a profile whose headline and About say nothing, reach adds nothing."""
    grown = {**profile, **{k: max(v, profile.get(k) or 0) for k, v in more.items()}}
    assert score(grown)["score"] <= score(profile)["score"]


def _specific_headline(profile: dict) -> bool:
    """A headline that says role, specialty and for whom: graded specific, and earning most
    of its section (a bare title such as "Recruiter" is not one)."""
    if not profile.get("headline") or grade_headline(profile["headline"]) != "specific":
        return False
    section = next(s for s in score(profile)["sections"] if s["id"] == "headline")
    return section["score"] >= 0.7 * section["max"]


SPECIFIC = [(n, p) for n, p in PROFILES if _specific_headline(p)]


def test_most_cases_have_a_specific_headline():
    """The relation below runs over a hundred profiles or more."""
    assert len(SPECIFIC) >= 100


@pytest.mark.parametrize(("name", "profile"), SPECIFIC, ids=[n for n, _ in SPECIFIC])
def test_labels_in_place_of_a_specific_headline_lower_the_score_by_five(name, profile):
    """A headline of self-labels instead of a specific one costs at least 5 points."""
    before = score(profile)["score"]
    assert score({**profile, "headline": LABELS})["score"] <= before - 5


TRANSLATED = json.loads((CASES_DIR / "profiles-translated.json").read_text())["cases"]


@pytest.mark.parametrize("group", sorted({c["group"] for c in TRANSLATED}))
def test_a_translation_moves_the_score_by_a_few_points_at_most(group):
    """The same profile in English, Spanish, Portuguese, German, French and Italian scores
    within 5 points."""
    scores = {c["lang"]: score(c["profile"])["score"] for c in TRANSLATED if c["group"] == group}
    assert len(scores) == 6
    assert max(scores.values()) - min(scores.values()) <= 5, scores
