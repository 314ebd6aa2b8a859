"""A team's copy (tests/team/, built with its own mkdocs.yml): its settings change the tools'
answers in the page exactly as in CPython, its pages join the navigation, and it passes axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from connectwisely import check_request
from connectwisely.sitebuild.team_config import load_team
from tests.support import axe
from tests.support.served_site import served_site
from tests.support.team_site import OPTIONS, TEAM, write_config

from .conftest import wait_state, worker_caller

pytestmark = pytest.mark.browser
CHECKER = 'form[data-widget="request-check"]'
LINTER = 'form[data-widget="note-lint"]'
TODAY = "2026-11-25"

# (case, the request's fields on the form, the public verdict, the team's, signals shown)
CASES = [
    (
        "a fake recruiter borrowing the company's name",
        {"headline": "Recruiter", "message": "I'm hiring for Acme Robotics, write to jobs@acme-careers.com"},
        "ignore", "report", {"TM002", "TM003"},  # public: a vague headline, a note with no specifics
    ),
    (
        "the team's own red flag",
        {"headline": "Coordinator at Acme Talent Desk", "message": "Hi, let's connect."},
        "reply-first", "report", {"team:fake-talent-desk"},
    ),
    (
        "a colleague naming a shared project",
        {"headline": "Engineer at Acme", "message": "Hi, we worked together on the arm project last year."},
        "reply-first", "accept", {"TM001"},
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def team_site(tmp_path_factory):
    """The sample team's site, built and served for this module."""
    with served_site(config=write_config(tmp_path_factory.mktemp("team"))) as (base, _):
        yield base


def _check(page, base: str, fields: dict) -> tuple[str, list[str]]:
    page.goto(base + "tools/request-checker/")
    for name, value in fields.items():
        page.fill(f"{CHECKER} [name='{name}']", value)
    page.click(f"{CHECKER} button[type=submit]")
    assert wait_state(page, CHECKER, ("done", "error"), timeout=120_000) == "done"
    verdict = page.get_attribute(CHECKER, "data-verdict")
    shown = page.eval_on_selector_all(
        f"{CHECKER} [data-signal]", "els => els.map(e => e.dataset.signal)"
    )
    return verdict, shown


@pytest.mark.parametrize(
    ("fields", "public", "team", "signals"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_team_copy_answers_as_configured(page, site, team_site, fields, public, team, signals):
    """The same request, typed into each copy's form: the public verdict, then the team's,
    with the team's signals shown."""
    assert _check(page, site, fields)[0] == public
    verdict, shown = _check(page, team_site, fields)
    assert verdict == team
    assert signals <= set(shown)


def test_the_page_agrees_with_cpython_given_the_same_settings(browser, team_site):
    """The site's worker, given the team JSON the page carries, returns CPython's exact result."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(team_site)
    settings = page.evaluate(
        "() => JSON.parse(document.querySelector('meta[name=connectwisely]').dataset.team)"
    )
    expected_team = load_team({**OPTIONS, "team_rules": str(TEAM / "rules.yml")}, TEAM)
    assert settings == expected_team.to_json()
    call = worker_caller(page)
    for _, fields, *_ in CASES:
        reply = call("check_request", {"request": fields, "today": TODAY, "team": settings})
        assert reply["ok"], reply
        assert reply["result"] == check_request(fields, today=TODAY, team=settings)
    context.close()


def test_a_team_rule_is_shown_as_the_teams_and_links_to_its_page(page, team_site):
    """The team's rule keeps its own message, badge and link; its markup-free text is text."""
    _check(page, team_site, CASES[1][1])
    item = page.locator(f"{CHECKER} [data-signal='team:fake-talent-desk']")
    assert "Acme has no" in item.inner_text()
    assert item.locator(".cw-badge").inner_text() == "Your team"
    href = item.locator("a.cw-guide").get_attribute("href")
    assert href.endswith("team/connecting-with-clients/#recruiters")
    item.locator("a.cw-guide").click()
    expect(page.locator("h1")).to_contain_text("Connecting with clients")  # instant navigation


def test_the_note_limit_and_company_start_as_the_team_set_them(page, team_site):
    """A 250-character note fits (limit 300); the company is filled in; nothing offers to remember."""
    page.goto(team_site + "tools/note-drafter/")
    page.fill(f"{LINTER} textarea[name=message]", "Hi Sam, " + "great talk on robotics. " * 10)
    page.click(f"{LINTER} button[type=submit]")
    assert wait_state(page, LINTER, ("done", "error"), timeout=120_000) == "done"
    assert "of 300 characters" in page.inner_text(f"{LINTER} .cw-count")
    page.goto(team_site + "tools/request-checker/")
    assert page.input_value(f"{CHECKER} [name=me_company]") == "Acme Robotics"
    assert page.locator(".cw-remember").count() == 0


def test_team_pages_are_in_the_navigation_and_accessible(page, team_site):
    """The organisation's tab leads to its pages; they and a team answer pass axe."""
    page.goto(team_site)
    page.click("a.md-tabs__link:has-text('Acme Robotics')")
    expect(page.locator("h1")).to_contain_text("Acme's networking policy")
    source = axe.source()
    assert axe.violations(page, source) == []
    _check(page, team_site, CASES[0][1])
    assert axe.violations(page, source) == []
