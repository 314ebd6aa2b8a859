"""The steps of the sections whose points are their words: the headline and the About."""

from __future__ import annotations

from dataclasses import replace

from .quality import STUFFED
from .rules import (
    ABOUT_LIMIT,
    FULL_ABOUT_LENGTH,
    FULL_ABOUT_SUBSTANCE,
    GOOD_HEADLINE_LENGTH,
    HEADLINE_LIMIT,
)
from .step import (
    DONE,
    GOOD_ABOUT,
    GOOD_HEADLINE,
    SPECIFIC,
    Step,
    about_with,
    by_stage,
    headline_with,
    quoted,
)

WORD_STEPS = (
    Step(
        "write-headline", "headline", "quick",
        lambda f: not f.headline.present,
        lambda f: replace(f, headline=GOOD_HEADLINE),
        by_stage(
            "what you study, your strongest skills and the role you want",
            "the role you are moving into, then what you bring from before",
            "your role, your specialties or tools, and who you help",
        ),
    ),
    Step(
        "headline-cliches", "headline", "quick",
        lambda f: bool(f.headline.cliches),
        lambda f: headline_with(
            f, cliches=(), labels=(),
            grade="vague" if f.headline.grade == "cliche" else f.headline.grade,
        ),
        lambda f: f"drop {quoted(f.headline.cliches)}",
    ),
    Step(
        "headline-labels", "headline", "quick",
        lambda f: bool(f.headline.labels or f.headline.credentials) and not f.headline.cliches,
        lambda f: headline_with(
            f, labels=(), credentials=(),
            grade="vague" if f.headline.grade == "cliche" else f.headline.grade,
        ),
        lambda f: "put what you do in place of "
        + quoted((*f.headline.labels, *f.headline.credentials)[:4]),
    ),
    Step(
        "headline-specific", "headline", "quick",
        lambda f: f.headline.present
        and (
            f.headline.grade != "specific" or f.headline.bare_title or not f.headline.keywords
            or f.headline.length < GOOD_HEADLINE_LENGTH or not f.headline.roles
            or len(f.headline.specialties) < (2 if f.headline.audience else 3)
            or f.headline.segments > STUFFED
        ),
        lambda f: headline_with(
            f, **SPECIFIC, segments=min(f.headline.segments, STUFFED) or 3,
            length=min(HEADLINE_LIMIT, max(f.headline.length, 80)),
        ),
        lambda f: (
            "name the role you are moving into, not only the one you hold"
            if f.stage == "career-change"
            else "write your own instead of LinkedIn's default job title: "
            if f.default_headline
            else ""
        )
        + (
            ""
            if f.stage == "career-change"
            else "say what you study, your skills and the role you want"
            if f.stage == "student"
            else "name your role, your specialties or tools, and who you help"
        ),
    ),
    Step(
        "headline-shorten", "headline", "quick",
        lambda f: f.headline.length > HEADLINE_LIMIT,
        lambda f: headline_with(f, length=HEADLINE_LIMIT),
        lambda f: f"cut it to {HEADLINE_LIMIT} characters (it has {f.headline.length:,})",
    ),
    Step(
        "write-about", "about", "medium",
        lambda f: not f.about.present,
        lambda f: replace(f, about=GOOD_ABOUT),
        by_stage(
            "in the first person, what you study, a project you are proud of (with a number), "
            "and what you are looking for",
            "in the first person, the move you are making, what carries over (with a result "
            "and a number), and the role you want",
            "in the first person, open with what you do, give two results with numbers, and "
            "end with what to contact you about",
        ),
    ),
    Step(
        "about-shorten", "about", "medium",
        lambda f: f.about.length > ABOUT_LIMIT,
        lambda f: about_with(f, length=ABOUT_LIMIT),
        lambda f: f"cut it to {ABOUT_LIMIT:,} characters (it has {f.about.length:,})",
    ),
    Step(
        "about-hook", "about", "quick",
        lambda f: f.about.present and not f.about.hook,
        lambda f: about_with(f, hook=True, first_person=True),
        lambda f: "open with what you do, in the first person (the first lines are all most "
        "people see before “see more”)",
    ),
    Step(
        "about-first-person", "about", "quick",
        lambda f: f.about.present and not f.about.first_person,
        lambda f: about_with(f, first_person=True),
        lambda f: "write it in the first person",
    ),
    Step(
        "about-specifics", "about", "medium",
        lambda f: f.about.present
        and (not f.about.specifics or f.about.grade == "vague" or not f.about.results),
        lambda f: about_with(
            f, specifics=True, results=f.about.results or DONE,
            grade="specific" if f.about.grade == "vague" else f.about.grade,
        ),
        by_stage(
            "add a project or course result with a number, and the tools you used",
            "add two results with numbers from your past work that matter in the new field",
            "add two results with numbers, and the tools or companies you worked with",
        ),
    ),
    Step(
        "about-cliches", "about", "quick",
        lambda f: bool(f.about.cliches) or f.about.grade == "cliche",
        lambda f: about_with(
            f, cliches=(),
            grade="vague" if f.about.grade == "cliche" and not f.about.specifics
            else "specific" if f.about.grade == "cliche" else f.about.grade,
        ),
        lambda f: f"drop the {len(f.about.cliches)} cliché{'s' if len(f.about.cliches) > 1 else ''}"
        f" ({quoted(f.about.cliches)})"
        if f.about.cliches
        else "cut the filler words that claim qualities instead of showing them",
    ),
    Step(
        "about-call-to-action", "about", "quick",
        lambda f: f.about.present and not f.about.call_to_action,
        lambda f: about_with(f, call_to_action=True),
        lambda f: "end with what people should contact you about",
    ),
    Step(
        "about-length", "about", "medium",
        lambda f: f.about.present and f.about.substance < FULL_ABOUT_SUBSTANCE,
        lambda f: about_with(
            f, length=max(f.about.length, FULL_ABOUT_LENGTH), substance=FULL_ABOUT_SUBSTANCE
        ),
        lambda f: "grow it to a few short paragraphs of what you do and what came of it "
        f"({f.about.substance} of its words say something)",
    ),
)  # fmt: skip
