"""The profile scorer's public API: the shared case table, the result's shape, the All-Star
checklist, goals, levels and bad input."""

from __future__ import annotations

import copy
import json

import pytest

from connectwisely import InputError, score_profile
from connectwisely.core.guide import PAGES
from tests.support.paths import CASES_DIR

TODAY = "2026-11-25"
CASES = json.loads((CASES_DIR / "profiles.json").read_text())
GOOD = next(c["profile"] for c in CASES if c["id"] == "p-d01")


def case_failures(case: dict, run) -> list[str]:
    """What does not hold for ``case`` when profiles are scored by ``run(profile)``.

    ``run`` returns the result, or ``{"error": name}`` when the call raised.
    """
    if case["kind"] == "order":
        better, worse = run(case["better"]), run(case["worse"])
        if "error" in better or "error" in worse:
            return [f"order case raised: {better.get('error')} {worse.get('error')}"]
        return (
            [] if better["score"] > worse["score"] else [f"{better['score']} <= {worse['score']}"]
        )
    result = run(case["profile"])
    if case.get("expect_error"):
        return [] if result.get("error") == case["expect_error"] else [f"no error: {result}"]
    if "error" in result:
        return [f"raised {result['error']}"]
    problems = []
    if case.get("min") is not None and result["score"] < case["min"]:
        problems.append(f"score {result['score']} < {case['min']}")
    if case.get("max") is not None and result["score"] > case["max"]:
        problems.append(f"score {result['score']} > {case['max']}")
    if case.get("all_star") is not None and result["all_star"] is not case["all_star"]:
        problems.append(f"all_star {result['all_star']}")
    mention = case.get("missing_mentions")
    if mention and not any(mention.lower() in m.lower() for m in result["all_star_missing"]):
        problems.append(f"{mention!r} not in {result['all_star_missing']}")
    if case.get("stage") and result["stage"] != case["stage"]:
        problems.append(f"stage {result['stage']}, not {case['stage']}")
    problems += top_three_failures(case, result)
    mention = case.get("top_fixes_mention")
    if mention and not any(
        mention.lower() in (f["message"] + " " + f["id"]).lower() for f in result["fixes"][:3]
    ):
        problems.append(f"{mention!r} not in the top fixes {result['fixes'][:3]}")
    return problems


def top_three_failures(case: dict, result: dict, *, known_gaps: bool = False) -> list[str]:
    """Where the first three fixes differ from the coach's (``top3``, ``not_top3``,
    ``not_mentions``). Cases with a ``known_gap`` are checked only when ``known_gaps``."""
    if case.get("known_gap") and not known_gaps:
        return []
    top = [f["id"] for f in result["fixes"][:3]]
    said = " ".join(f["message"] for f in result["fixes"][:3])
    problems = [
        f"{fix!r} not in the top three {top}" for fix in case.get("top3", []) if fix not in top
    ]
    problems += [
        f"{fix!r} in the top three {top}" for fix in case.get("not_top3", []) if fix in top
    ]
    problems += [f"top three say {m!r}" for m in case.get("not_mentions", []) if m in said]
    return problems


def run_cpython(profile: dict) -> dict:
    try:
        return score_profile(copy.deepcopy(profile), today=TODAY)
    except InputError as exc:
        return {"error": type(exc).__name__, "message": exc.message}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_table_holds(case):
    """Every development case holds: ranges, All-Star, mentions, orders and errors."""
    assert case_failures(case, run_cpython) == []


GAPS = [c for c in CASES if c.get("known_gap")]


@pytest.mark.parametrize("case", GAPS, ids=[c["id"] for c in GAPS])
def test_known_gaps_still_differ_from_the_coach(case):
    """The few cases whose top three the scorer does not yet give as the coach would are
    listed with the reason; when one starts agreeing, this fails so the note is removed."""
    assert top_three_failures(case, run_cpython(case["profile"]), known_gaps=True)


def test_the_coach_cases_cover_every_stage():
    """At least 25 coach-judged cases, each stage with several, a third held out."""
    coached = [c for c in CASES if "top3" in c]
    assert len(coached) >= 25
    assert {c["stage"] for c in coached} == {
        "student",
        "early-career",
        "experienced",
        "career-change",
    }
    assert all(sum(c["stage"] == s for c in coached) >= 5 for s in {c["stage"] for c in coached})
    assert len([c for c in coached if c["holdout"]]) >= 8


def test_result_shape_follows_the_design():
    """The documented keys are there, sections add up, fixes are best first and link the guide."""
    result = score_profile(GOOD, today=TODAY)
    assert set(result) >= {"score", "level", "all_star", "all_star_missing", "sections", "fixes"}
    assert sum(s["max"] for s in result["sections"]) == 100
    assert abs(sum(s["score"] for s in result["sections"]) - result["score"]) < 1
    assert result["ceiling"] is None and result["stage"] == "experienced"
    for section in result["sections"]:
        assert set(section) >= {"id", "label", "score", "max", "notes"}
        assert 0 <= section["score"] <= section["max"] and section["notes"]
    keys = [(bool(f["after"]), not f["gate"], -f["gain"]) for f in result["fixes"]]
    assert keys == sorted(keys)
    assert len({f["section"] for f in result["fixes"]}) == len(result["fixes"])  # one a section
    for fix in result["fixes"]:
        assert set(fix) >= {"id", "message", "gain", "effort", "guide", "steps"}
        assert all(
            step["text"] in fix["message"] or step["text"][1:] in fix["message"]
            for step in fix["steps"]
        )
        assert fix["guide"] in PAGES.values()
    json.dumps(result)  # plain JSON-able data


def test_scores_are_deterministic():
    """The same profile gives the very same result, whatever the key order."""
    reordered = dict(reversed(list(GOOD.items())))
    assert score_profile(GOOD, today=TODAY) == score_profile(reordered, today=TODAY)


def test_an_empty_profile_scores_near_zero_and_misses_every_item():
    """Nothing in, 0–10 out, every All-Star item missing, and fixes to start with."""
    result = score_profile({}, today=TODAY)
    assert result["score"] <= 10 and result["level"] == "Bare"
    assert len(result["all_star_missing"]) == 7
    assert result["fixes"][0]["gain"] >= 10


@pytest.mark.parametrize(
    ("change", "item"),
    [
        ({"photo": False}, "photo"),
        ({"industry": None}, "industry"),
        ({"location": ""}, "location"),
        ({"skills": ["Go", "SQL"]}, "skills"),
        ({"connections": 49}, "connections"),
        ({"education": []}, "education"),
        ({"positions": GOOD["positions"][:2]}, "past positions"),
        (
            {"positions": [{**GOOD["positions"][0], "description": ""}, *GOOD["positions"][1:]]},
            "current position",
        ),
        ({"positions": [{**p, "end": "2024-01"} for p in GOOD["positions"][:1]]}, "current"),
    ],
)
def test_each_all_star_item_is_checked(change, item):
    """Taking away one All-Star item makes the profile miss that item (and the star)."""
    result = score_profile({**GOOD, **change}, today=TODAY)
    assert result["all_star"] is False
    assert any(item in missing for missing in result["all_star_missing"])


def test_the_all_star_list_is_said_to_be_unofficial():
    """The result says LinkedIn does not publish the All-Star checklist."""
    assert "does not publish" in score_profile(GOOD, today=TODAY)["all_star_note"]


@pytest.mark.parametrize(
    ("goal", "section", "more"),
    [
        ("job-search", "skills", True),
        ("job-search", "headline", True),
        ("thought-leadership", "activity", True),
        ("thought-leadership", "featured", True),
        ("sales", "recommendations", True),
        ("hiring", "about", True),
        ("thought-leadership", "education", False),
    ],
)
def test_goals_shift_the_weights(goal, section, more):
    """A goal makes its sections worth more (or less) than for the general reader."""

    def worth(g):
        result = score_profile({**GOOD, "goal": g}, today=TODAY)
        return next(s["max"] for s in result["sections"] if s["id"] == section)

    assert (worth(goal) > worth("general")) is more


def test_a_job_seeker_loses_more_for_missing_skills():
    """The same skills gap costs a job seeker more points than a general reader (a job seeker
    whose headline and About name the role sought, so the goal's ceiling does not hold both)."""
    seeker = {
        **GOOD,
        "headline": GOOD["headline"] + " · seeking a staff product designer role",
        "about": "I'm seeking a staff product designer role. " + GOOD["about"],
    }
    thin = {**seeker, "skills": ["Go"]}
    gap = {
        g: score_profile({**seeker, "goal": g}, today=TODAY)["score"]
        - score_profile({**thin, "goal": g}, today=TODAY)["score"]
        for g in ("general", "job-search")
    }
    assert gap["job-search"] > gap["general"]


@pytest.mark.parametrize(
    ("score", "level"),
    [(0, "Bare"), (29, "Bare"), (30, "Basic"), (55, "Good"), (75, "Strong"), (90, "Excellent")],
)
def test_levels(score, level):
    """The level names follow the score's bands."""
    from connectwisely.scorer.score import level_of

    assert level_of(score) == level


def test_over_long_texts_are_flagged_and_fixed_first():
    """A headline over 220 or an About over 2,600 characters is scored, flagged and fixable."""
    result = score_profile(
        {**GOOD, "headline": "Engineer · " + "Go " * 100, "about": GOOD["about"] * 6},
        today=TODAY,
    )
    notes = {s["id"]: " ".join(s["notes"]) for s in result["sections"]}
    assert "LinkedIn allows 220" in notes["headline"]
    assert "LinkedIn allows 2,600" in notes["about"]
    steps = {step["id"] for fix in result["fixes"] for step in fix["steps"]}
    assert {"about-shorten", "headline-shorten"} <= steps
    assert {"about", "headline"} <= {f["id"] for f in result["fixes"][:3]}


def test_cliches_are_named_in_the_notes():
    """Clichés found in the headline or About are quoted back to the reader."""
    result = score_profile(
        {**GOOD, "headline": "Passionate results-driven growth ninja · SaaS"}, today=TODAY
    )
    headline = next(s for s in result["sections"] if s["id"] == "headline")
    assert "“passionate”" in " ".join(headline["notes"])
    fix = next(f for f in result["fixes"] if f["id"] == "headline")
    assert any(step["id"] == "headline-cliches" for step in fix["steps"])
    assert "“passionate”" in fix["message"]


def test_export_notes_are_echoed():
    """Notes a data source attaches come back unchanged; without them, an empty list."""
    assert score_profile({"export_notes": ["No photo in the export."]})["export_notes"] == [
        "No photo in the export."
    ]
    assert score_profile({})["export_notes"] == []


@pytest.mark.parametrize(
    ("profile", "field"),
    [
        ({"photo": "yes please"}, "photo"),
        ({"connections": -1}, "connections"),
        ({"connections": 30_001}, "connections"),
        ({"connections": "500+"}, "connections"),
        ({"goal": "fame"}, "goal"),
        ({"skills": "Go, SQL"}, None),  # text is split: two skills
        ({"skills": [1, 2]}, "skills"),
        ({"skills": 3}, "skills"),
        ({"skills": {"Go": 1}}, "skills"),
        ({"skills": ["Go", None]}, "skills"),
        ({"positions": {"title": "x"}}, "positions"),
        ({"positions": [{"title": "x", "start": "2024-13"}]}, "positions[0].start"),
        ({"positions": [{"title": "x", "start": "2024-05", "end": "2023-01"}]}, "positions[0].end"),
        ({"positions": [{"title": "x", "start": "2027-01"}]}, "positions[0].start"),
        ({"positions": [{"title": "x", "end": "2030-01"}]}, "positions[0].end"),
        ({"positions": [{"description": "did things"}]}, "positions[0].title"),
        ({"education": [{"school": 5}]}, "education[0].school"),
        ({"headline": "x" * 6_000}, "headline"),
    ],
)
def test_bad_input_is_an_input_error_naming_its_field(profile, field):
    """Wrong types and impossible values raise InputError pointing at the field."""
    if field is None:
        assert score_profile(profile, today=TODAY)["score"] >= 0
        return
    with pytest.raises(InputError) as caught:
        score_profile(profile, today=TODAY)
    assert caught.value.field == field and caught.value.message


@pytest.mark.parametrize("bad", [None, [], "profile", 5])
def test_a_profile_that_is_not_an_object_is_refused(bad):
    """Anything but a JSON object is an InputError."""
    with pytest.raises(InputError):
        score_profile(bad)


@pytest.mark.parametrize("today", ["2026-13-01", "yesterday", 20261125])
def test_a_bad_today_is_refused(today):
    """today must be a YYYY-MM-DD date."""
    with pytest.raises(InputError) as caught:
        score_profile({}, today=today)
    assert caught.value.field == "today"


def test_unknown_keys_are_ignored():
    """Keys the scorer does not know make no difference."""
    assert score_profile({**GOOD, "shoe_size": 44}, today=TODAY) == score_profile(GOOD, today=TODAY)


@pytest.mark.parametrize(
    "skills", ["Python, SQL, dbt", "Python; SQL; dbt", "Python\nSQL\ndbt\n", "Python • SQL • dbt"]
)
def test_skills_as_text_count_each_skill(skills):
    """Skills written as text (commas, semicolons, one a line, LinkedIn's bullets) count one by
    one, as the same skills given as a list do."""
    as_text = score_profile({**GOOD, "skills": skills}, today=TODAY)
    as_list = score_profile({**GOOD, "skills": ["Python", "SQL", "dbt"]}, today=TODAY)
    assert as_text == as_list
    notes = next(s["notes"] for s in as_text["sections"] if s["id"] == "skills")
    assert notes[0].startswith("3 skills")


def test_a_wrong_skills_value_says_how_to_write_it():
    """Anything but a list of text or text is refused with how to write it."""
    with pytest.raises(InputError) as caught:
        score_profile({"skills": 42}, today=TODAY)
    assert "commas or semicolons" in caught.value.message


@pytest.mark.parametrize(
    ("extra", "most"),
    [
        ({"positions": []}, 60),
        ({"headline": "Passionate professional | Results-driven | Team player",
          "about": "Dynamic, results-driven professional with a proven track record. Passionate "
          "team player who thrives in fast-paced environments."}, 43),
    ],
)  # fmt: skip
def test_ceilings_hold_a_strong_profile_down(extra, most):
    """No positions, or a headline and About that say nothing: the score stays under the
    ceiling whatever the rest, and the result says why."""
    result = score_profile({**GOOD, **extra}, today=TODAY)
    assert result["score"] <= most and result["ceiling"]["most"] == most
    assert result["ceiling"]["reason"]


def test_the_stage_can_be_chosen_over_the_inferred_one():
    """The stage read from the profile is overridden by the reader's choice."""
    assert score_profile(GOOD, today=TODAY)["stage"] == "experienced"
    chosen = score_profile({**GOOD, "stage": "career-change"}, today=TODAY)
    assert chosen["stage"] == "career-change" and chosen["stage_why"] == "as you chose"
    with pytest.raises(InputError):
        score_profile({**GOOD, "stage": "retired"}, today=TODAY)


DEV = json.loads((CASES_DIR / "profiles-dev.json").read_text())


@pytest.mark.parametrize("case", DEV["cases"], ids=[c["id"] for c in DEV["cases"]])
def test_the_coach_development_cases_hold(case):
    """An independent coach's better-vs-worse pairs and score bands, across occupations and the
    six languages (development data: the scorer is tuned to their classes, not to a case)."""
    assert case_failures(case, run_cpython) == [], case["why"]


def test_the_development_cases_cover_goals_and_languages():
    """The coach's set spans the five goals and the six languages."""
    assert {c["lang"] for c in DEV["cases"]} == {"en", "es", "pt", "de", "fr", "it"}
    assert {c["goal"] for c in DEV["cases"]} == {
        "general",
        "job-search",
        "hiring",
        "sales",
        "thought-leadership",
    }
    assert DEV["today"] == TODAY
