"""A LinkedIn page pasted into About: its menus, buttons, counts and footer are recognised in
the six languages, left out of the score, and the reader is told."""

from __future__ import annotations

import pytest

from connectwisely import score_profile
from connectwisely.scorer.furniture import PASTED_PAGE, is_furniture, read_about

ABOUT = (
    "I build the pipelines that keep analytics honest. Over seven years I have moved 40 teams "
    "from nightly batch jobs to streaming with Kafka and dbt, and cut our warehouse bill by 35% "
    "at Fernway in 2025. If you are untangling a warehouse, message me."
)
PAGE = f"""Home
My Network
Jobs
Messaging
Notifications
Me
Try Premium for €0
Ana Souza
Data engineer · streaming pipelines, dbt, Postgres
Lisbon, Portugal · Contact info
1,204 followers · 500+ connections
Open to
Add profile section
About
{ABOUT}
Activity
Ana Souza posted this • 2w
Great talk at PyCon Lisbon on data contracts … more
48 reactions
6 comments
Show all posts
Experience
Data Engineer
Show all 5 experiences
Accessibility
Privacy & Terms
LinkedIn Corporation © 2026"""
PROFILE = {
    "photo": True, "headline": "Data engineer · streaming pipelines, dbt, Postgres",
    "positions": [{"title": "Data Engineer", "company": "Fernway", "start": "2021-01",
                   "description": "Moved 40 teams to streaming; cut the warehouse bill 35%."}],
    "skills": ["Kafka", "dbt", "PostgreSQL"], "connections": 500, "about": ABOUT,
}  # fmt: skip


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Show all", True), ("…see more", True), ("1,204 followers", True), ("48 reactions", True),
        ("Privacy & Terms", True), ("LinkedIn Corporation © 2026", True), ("Mostrar todo", True),
        ("Alle anzeigen", True), ("Afficher tout", True), ("Mostra tutto", True),
        ("Exibir tudo", True), ("12 comentarios", True), ("· 1st", True),
        ("I build the pipelines that keep analytics honest.", False), ("Kafka and dbt", False),
        ("", False),
    ],
)  # fmt: skip
def test_furniture_lines(line, furniture):
    """LinkedIn's own words, in any of the six languages, are furniture; the reader's are not."""
    assert is_furniture(line) is furniture


def test_a_pasted_page_keeps_only_its_about_text():
    """The text under the About heading is what is read; the rest is dropped, as evidence."""
    read = read_about(PAGE)
    assert read.text == ABOUT
    assert read.pasted_page and len(read.dropped) >= PASTED_PAGE
    assert "Home" in read.dropped and "48 reactions" in read.dropped


def test_an_about_alone_is_left_as_it_is():
    """A real About is read whole, a trailing "… see more" aside."""
    assert read_about(ABOUT).text == ABOUT and not read_about(ABOUT).pasted_page
    assert read_about(ABOUT + " … see more").text == ABOUT


def test_a_pasted_page_is_flagged_and_does_not_raise_the_score():
    """The page scores no higher than its About alone, and the result warns the reader."""
    alone = score_profile(PROFILE, today="2026-11-25")
    pasted = score_profile({**PROFILE, "about": PAGE}, today="2026-11-25")
    assert pasted["score"] <= alone["score"]
    assert alone["warnings"] == []
    assert pasted["warnings"] and "pasted" in pasted["warnings"][0]
    notes = next(s["notes"] for s in pasted["sections"] if s["id"] == "about")
    assert notes[0] == pasted["warnings"][0]


def test_a_page_without_an_about_heading_keeps_the_readers_lines():
    """With no About heading, every line that is not furniture is read."""
    page = "Home\nMy Network\nJobs\n" + ABOUT + "\n48 reactions\nShow all"
    read = read_about(page)
    assert read.text == ABOUT and read.pasted_page
