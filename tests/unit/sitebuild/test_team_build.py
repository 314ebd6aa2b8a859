"""A build with a sample team's settings (tests/team/): the settings reach the pages, the
forms and the navigation, and a bad rule file fails the build naming its line."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys

import pytest

from connectwisely.sitebuild.team_config import load_team
from tests.support.team_site import OPTIONS, ROOT, TEAM, write_config


def mkdocs_build(config, site):
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1:8000/"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


@pytest.fixture(scope="module")
def team_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("team")
    built = mkdocs_build(write_config(folder), folder / "site")
    assert built.returncode == 0, built.stderr
    return folder / "site"


def meta(page_html: str) -> dict:
    tag = re.search(r'<meta name="connectwisely"([^>]*)>', page_html).group(1)
    return {k: html.unescape(v) for k, v in re.findall(r'data-([\w-]+)="([^"]*)"', tag)}


def read(site, path):
    return (site / path).read_text(encoding="utf-8")


def test_every_page_carries_the_team_settings(team_site):
    """The settings reach the page as JSON, the same the tools get (mkdocs.yml + rule file)."""
    expected = load_team({**OPTIONS, "team_rules": str(TEAM / "rules.yml")}, TEAM).to_json()
    for path in ("index.html", "guide/scams/index.html", "tools/request-checker/index.html"):
        assert json.loads(meta(read(team_site, path))["team"]) == expected


def test_the_note_limit_defaults_to_the_teams(team_site):
    """Both limit choices on the drafter's page (drafter and linter) start at the team's 300."""
    page = read(team_site, "tools/note-drafter/index.html")
    radios = re.findall(r'<input type="radio" name="limit" value="(\d+)"( checked)?', page)
    assert len(radios) == 4 and [value for value, checked in radios if checked] == ["300", "300"]


def test_the_readers_company_starts_as_the_organisation(team_site):
    """The checker's "Your company" field is filled in with the organisation's name."""
    page = read(team_site, "tools/request-checker/index.html")
    assert re.search(r'name="me_company"[^>]*value="Acme Robotics"', page)


def test_nothing_is_offered_to_remember(team_site):
    """remember_context: false removes every field's data-remember, on every page."""
    pages = list(team_site.rglob("*.html"))
    assert pages and not any("data-remember" in p.read_text(encoding="utf-8") for p in pages)


def test_team_pages_join_the_site_and_its_navigation(team_site):
    """tests/team/pages is published under team/ with a tab named after the organisation;
    the rule file is not published."""
    assert (team_site / "team/connecting-with-clients/index.html").exists()
    home = read(team_site, "index.html")
    assert re.search(r'<a href="team/" class="md-tabs__link">\s*Acme Robotics\s*</a>', home)
    section = read(team_site, "team/index.html")
    assert "Connecting with clients" in section and 'id="recruiters"' in read(
        team_site, "team/connecting-with-clients/index.html"
    )
    assert not list(team_site.rglob("rules.yml"))
    assert "team/connecting-with-clients/" in read(team_site, "sitemap.xml")


def test_hosting_page_false_takes_the_hosting_page_out_of_the_navigation(team_site):
    """hosting_page: false: no link to it in the navigation; the page still answers old links."""
    home = read(team_site, "index.html")
    assert "host-for-your-team/" not in home
    assert 'href="../../host-for-your-team/"' in read(team_site, "tools/request-checker/index.html")
    assert (team_site / "host-for-your-team/index.html").exists()


def test_the_404_page_points_at_the_site_root(team_site):
    """The 404 page's base URL is absolute ("/"): the tools' paths must not become "//…"."""
    data = meta(read(team_site, "404.html"))
    assert data["root"] == "/" and data["pyodide"].startswith("/pyodide/")


def test_a_bad_rule_file_fails_the_build_naming_the_line(tmp_path):
    """A weight of 500 on line 9 stops the build with the file, rule path and line."""
    built = mkdocs_build(
        write_config(tmp_path, team_rules=str(TEAM / "bad-rules.yml")), tmp_path / "s"
    )
    assert built.returncode != 0
    assert (
        "bad-rules.yml, red_flags[1].weight (line 9): weight must be a whole number" in built.stderr
    )
    assert "Traceback" not in built.stderr


def test_a_rule_linking_to_a_missing_page_fails_the_build(tmp_path):
    """A rule's guide link must be a page of the site; a typo stops the build, naming the rule."""
    rules = tmp_path / "rules.yml"
    rules.write_text(
        "red_flags:\n  - id: desk\n    phrases: [talent desk]\n    message: x\n    severity: warn\n"
        "    guide: team/conecting-with-clients/#recruiters\n",
        encoding="utf-8",
    )
    built = mkdocs_build(write_config(tmp_path, team_rules=str(rules)), tmp_path / "s")
    assert built.returncode != 0
    assert (
        "rule 'desk' links to 'team/conecting-with-clients/#recruiters': "
        "'team/conecting-with-clients/' is not a page of this site. "
        "Did you mean 'team/connecting-with-clients/'?" in built.stderr
    )


def test_a_form_in_a_guide_page_starts_python_only_when_used(team_site):
    """Tool pages start Python on sight; a checker embedded in another page (here the team's
    own page: the guide's FAQ no longer embeds one) waits to be used."""
    assert 'data-widget="request-check" data-state="idle" data-start="on-use"' in read(
        team_site, "team/connecting-with-clients/index.html"
    )
    assert 'data-start="on-use"' not in read(team_site, "tools/request-checker/index.html")


def test_the_sample_teams_examples_pass_on_the_copy_it_builds(team_site, capsys):
    """tests/team/examples.yml, run by `connectwisely team check` on the same config as the build."""
    from connectwisely.cli import main

    assert main(["team", "check", str(team_site.parent / "mkdocs.yml")]) == 0
    assert "5 examples" in capsys.readouterr().out
