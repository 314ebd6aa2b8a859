"""The job-search page covers each moment the issue lists, with a layoff post to copy."""

from __future__ import annotations

import re

from tests.support.docs_pages import GUIDE, fenced

TEXT = (GUIDE / "job-search.md").read_text(encoding="utf-8")
MOMENTS = (
    "hiring-manager",
    "interviewers",
    "recruiter",
    "after-a-rejection",
    "new-job",
    "layoff-post",
    "open-to-work",
    "while-employed",
)


def test_every_moment_has_a_section():
    """Each moment has its own level-2 section, in the issue's order."""
    assert re.findall(r"^## .*\{#([\w-]+)\}\s*$", TEXT, flags=re.M) == list(MOMENTS)


def test_the_layoff_post_is_a_template_to_copy():
    """The layoff section holds a copyable post that says what happened and what you want."""
    section = TEXT.split("{#layoff-post}", 1)[1].split("\n## ", 1)[0]
    (post,) = fenced(section, "text")
    assert "layoff" in post.lower() and "looking for" in post.lower()


def test_open_to_work_is_sourced_to_linkedin_help():
    """Open to Work cites LinkedIn Help, not a trade article."""
    section = TEXT.split("{#open-to-work}", 1)[1].split("\n## ", 1)[0]
    assert "https://www.linkedin.com/help/linkedin/answer/" in section
