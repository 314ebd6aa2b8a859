"""One set of report rules: the pages render them, the checker quotes them, and no page or
checker step says to report on a soft signal alone (a chat app, crypto as a topic, a job you
never applied for)."""

from __future__ import annotations

import re

import pytest

from connectwisely.checker.advice import next_steps
from connectwisely.core.report_rules import CHECKS, EVIDENCE, HARD, PARTS, SOFT, plain
from connectwisely.sitebuild.rules_block import render_rules
from tests.support.docs_pages import DOCS, GUIDE, body, pages

READ = [*pages(GUIDE), DOCS / "faq.md", DOCS / "checklist.md"]
SAYS_REPORT = re.compile(r"\breport\b|\brefuse\b|\busually not\b|\bred flags?\b", re.I)
NOT_REPORT = re.compile(
    r"\b(?:not|no|never|nor)\b[^.]{0,40}\breport|\bcheck (?:them )?first\b", re.I
)
_ITEM = re.compile(r"\s*(?:[-*+]|\d+\.)\s|\s*\|")
_TITLE = re.compile(r"^\s*\*\*[^*]+\*\*\s*$")  # a bold line alone: the rules' part titles
_FENCE = re.compile(r"^[ \t]*(`{3,})(?!report-rules).*?^[ \t]*\1[ \t]*$", re.S | re.M)


def _found(rules, text: str) -> list[str]:
    low = text.lower()
    return [rule.id for rule in rules if any(re.search(term, low) for term in rule.terms)]


def units(markdown: str):
    """Each paragraph, list item and table row, with the heading (or bold title, or table
    header) above it."""
    heading = ""
    for block in re.split(r"\n[ \t]*\n", _FENCE.sub(" ", markdown)):
        lines = [line for line in block.strip().splitlines() if line.strip()]
        if lines and (lines[0].startswith("#") or _TITLE.match(lines[0])):
            heading, lines = lines[0], lines[1:]
        items: list[list[str]] = []
        for line in lines:
            if _ITEM.match(line) or not items:
                items.append([line])
            else:
                items[-1].append(line)
        header = lines[0] if lines and lines[0].lstrip().startswith("|") else ""
        for item in items:
            text = " ".join(item)
            yield f"{heading} {header if text.lstrip().startswith('|') else ''}", text


def contradiction(context: str, text: str) -> bool:
    """A unit that says report on a soft signal, with no hard signal and no "not"/"check first"
    (in it, or in the heading that puts it under "report")."""
    says = SAYS_REPORT.search(text) or (
        SAYS_REPORT.search(context) and not NOT_REPORT.search(context)
    )
    return bool(
        says and _found(SOFT, text) and not _found(HARD, text) and not NOT_REPORT.search(text)
    )


@pytest.mark.parametrize(
    ("context", "text", "bad"),
    [
        ("## Red flags: report", "- Asks to move to **WhatsApp, Telegram**.", True),
        ("", "A move to WhatsApp means report, however good the rest looks.", True),
        (
            "| Usually good | Usually not |",
            '| Authors | "Recruiters" for jobs you never applied for |',
            True,
        ),
        ("", "Mentions crypto: report it.", True),
        ("", "Report when the move to WhatsApp comes with a fee or a sign-in link.", False),
        ("", "A chat app alone is no reason to report.", False),
        ("", "WhatsApp? Check first: the careers site and the badge.", False),
        ("## Red flags: report", "- Asks for **ID, bank details, passwords**.", False),
        ("**Check first: alone, these are no reason to report**", "- **A chat app**.", False),
        ("", "Crypto in a headline is an industry.", False),
    ],
)
def test_the_contradiction_check_itself(context, text, bad):
    """The check tells "report on a soft signal" from a hard signal, a negation or a check."""
    assert contradiction(context, text) is bad


@pytest.mark.parametrize("page", READ, ids=lambda p: str(p.relative_to(DOCS)))
def test_no_page_says_report_on_a_soft_signal_alone(page):
    """Every paragraph, item and table row, with the rules expanded, agrees with the rules."""
    text = render_rules(body(page.read_text(encoding="utf-8")), page.name)
    assert [t for c, t in units(text) if contradiction(c, t)] == []


@pytest.mark.parametrize(
    ("page", "parts"),
    [
        ("guide/scams.md", ["hard", "soft", "checks"]),
        ("guide/follow-up.md", ["evidence"]),
        ("checklist.md", ["hard", "soft", "checks", "evidence"]),
    ],
)
def test_the_pages_render_the_rules(page, parts):
    """The scams page, the report steps and the checklist show the rules from the data file."""
    text = (DOCS / page).read_text(encoding="utf-8")
    assert f"```report-rules {' '.join(parts)}" in text
    shown = render_rules(text, page)
    for part in parts:
        assert all(rule.text in shown for rule in PARTS[part])


def test_the_report_steps_keep_the_evidence_first():
    """A "report" verdict says to screenshot and copy the URL before the step that reports."""
    texts = [step["text"] for step in next_steps("report", "red", {"RQ003"})]
    evidence = texts.index(plain(EVIDENCE[0].text))
    reporting = next(i for i, t in enumerate(texts) if "Report / Block" in t)
    assert evidence < reporting


@pytest.mark.parametrize("verdict", ["report", "reply-first", "ignore", "accept"])
@pytest.mark.parametrize("fired", [set(), {"RQ001"}, {"RQ010", "RQ045"}, {"RQ012"}])
def test_no_checker_step_says_report_on_a_soft_signal_alone(verdict, fired):
    """Whatever fired, the checker's explanation never contradicts the rules."""
    for rule in ("red", "unknown", "known-but-doubtful", "some-reason"):
        for step in next_steps(verdict, rule, fired):
            assert not contradiction("", step["text"]), step["text"]


def test_a_job_gets_the_three_checks():
    """For a job or a recruiter, "reply first" names the checks the guide names."""
    texts = " ".join(s["text"] for s in next_steps("reply-first", "some-reason", {"RQ045"}))
    assert all(plain(rule.text) in texts for rule in CHECKS)
