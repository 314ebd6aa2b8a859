"""Comparing with an earlier export: exact figures against the generator's later file for
every era (by URL since 2023, by name before), and the hand rules."""

from __future__ import annotations

from datetime import date

import pytest

from connectwisely import review_network
from connectwisely.export.connections import Connection, read_connections
from connectwisely.network import compare as compare_module
from connectwisely.network.compare import compare
from tests.support.generated_connections import ERAS, LATER_TODAY, beside, generate


@pytest.mark.parametrize("era", ERAS)
def test_every_era_gives_the_generators_figures(tmp_path, era):
    """New, gone, changed and growth match the generator's count."""
    path, truth = generate(tmp_path, rows=700, era=era, later=True, seed=5)
    result = review_network(
        beside(path, "later").read_text(encoding="utf-8"),
        earlier_csv=path.read_text(encoding="utf-8"),
        today=LATER_TODAY,
    )["compare"]
    expected = truth["compare"]
    assert result["matched_by"] == ("url" if era == "2023" else "name")
    for key in ("new_count", "gone_count", "changed_count", "growth"):
        assert result[key] == expected[key], key
    assert result["earlier_total"] == truth["total"]
    if era == "2023":
        by = {"company": 0, "title": 0}
        for entry in result["changed"]:
            by[entry["change"]] += 1
        assert by == expected["changed_by"]


def person(first, company, title, url=""):
    return Connection(first, "Berg", url, company, title, date(2020, 1, 1), False)


def test_a_respelt_employer_is_not_a_job_change():
    """ "Google LLC" then "Google": no one to congratulate; "Google" then "Hooli": one."""
    earlier = [person("Ana", "Google LLC", "Engineer"), person("Bo", "Google", "Engineer")]
    later = [person("Ana", "Google", "Engineer"), person("Bo", "Hooli", "Engineer")]
    result = compare(earlier, later, date(2026, 1, 1))
    assert [(p["name"], p["was_company"], p["company"]) for p in result["changed"]] == [
        ("Bo Berg", "Google", "Hooli")
    ]
    assert result["growth"] == 0 and result["new_count"] == result["gone_count"] == 0


@pytest.mark.parametrize("era", ERAS)
def test_only_the_listed_are_built_and_they_are_the_first_of_all(tmp_path, monkeypatch, era):
    """With a short list, new, gone and changed are the first people of the whole group built
    and sorted as the page shows them (name, profile, company): building only the listed
    ones changes no entry and no order."""
    path, _ = generate(tmp_path, rows=700, era=era, later=True, seed=5)
    earlier = read_connections(path.read_text(encoding="utf-8")).rows
    later = read_connections(beside(path, "later").read_text(encoding="utf-8")).rows
    as_of = date(2027, 3, 25)
    whole = compare(earlier, later, as_of)
    monkeypatch.setattr(compare_module, "MAX_LISTED", 5)
    short = compare(earlier, later, as_of)
    for group in ("new", "gone", "changed"):
        assert short[f"{group}_count"] == whole[f"{group}_count"] == len(whole[group])
        assert short[group] == whole[group][:5]
        assert whole[group] == sorted(
            whole[group], key=lambda p: (p["name"].casefold(), p["profile"], p["company"])
        )
