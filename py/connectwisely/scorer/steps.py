"""The steps a fix is made of: one record per thing to do in a section of the profile.

Each step says when it applies, how the profile's facts look once it is done, how much effort
it takes, and how to say it as a clause of its section's fix ("drop the 4 clichés"). The fixes
module puts a section's steps together into one fix; the gains are measured there.
Steps read the reader's stage: a student is told about projects and internships, a career
changer about naming the role they want, an experienced reader about results with numbers.
The headline's and About's steps are in :mod:`.steps_words`; a goal's checks are steps of the
section they are written in.
"""

from __future__ import annotations

from dataclasses import replace

from .goals import GOAL_CHECKS
from .ratings import IDLE_MONTHS
from .skills import FULL_SKILLS
from .step import (
    DONE,
    EFFORTS,
    FULL_CONNECTIONS,
    FULL_POSTS,
    Step,
    add_jobs,
    by_stage,
    goal_check,
    jobs_with,
    past_enough,
    quoted,
)
from .steps_words import WORD_STEPS

STEPS = (
    Step(
        "add-photo", "photo", "quick",
        lambda f: not f.photo,
        lambda f: replace(f, photo=True),
        lambda f: "a clear, recent photo of your face",
    ),
    Step(
        "add-banner", "photo", "quick",
        lambda f: not f.banner,
        lambda f: replace(f, banner=True),
        lambda f: "a background image that shows your work or your field",
    ),
    *WORD_STEPS,
    Step(
        "add-positions", "experience", "medium",
        lambda f: not f.experience.count,
        lambda f: replace(f, experience=add_jobs(f.experience, past=2, current=True)),
        by_stage(
            "add internships, campus jobs, projects and volunteering as positions, with dates "
            "and what came of each",
            "add your past jobs (they are what carries over) and what you do now, with dates "
            "and a result in each",
            "add your current job and the ones before it, with dates and what came of each",
        ),
    ),
    Step(
        "add-current-position", "experience", "quick",
        lambda f: f.experience.count and not f.experience.current,
        lambda f: replace(f, experience=add_jobs(f.experience, past=0, current=True)),
        lambda f: "add what you do now as a current position (a project, freelance work or "
        "study counts)",
    ),
    Step(
        "describe-current", "experience", "quick",
        lambda f: f.experience.current and not f.experience.current_described,
        lambda f: jobs_with(
            f, current_described=True,
            described=min(f.experience.read, f.experience.described + 1),
        ),
        lambda f: "describe your current position: what you do, and what came of it",
    ),
    Step(
        "numbers-in-positions", "experience", "medium",
        lambda f: f.experience.with_numbers < f.experience.described,
        lambda f: jobs_with(f, with_numbers=f.experience.described),
        lambda f: f"put a number in each description ({f.experience.with_numbers} of "
        f"{f.experience.described} have one): team size, users, money, time saved",
    ),
    Step(
        "outcomes-in-positions", "experience", "quick",
        lambda f: f.experience.with_outcomes < f.experience.described,
        lambda f: jobs_with(f, with_outcomes=f.experience.described),
        lambda f: "say what changed because of you in each job: built, launched, cut, grew",
    ),
    Step(
        "describe-positions", "experience", "medium",
        lambda f: f.experience.described < f.experience.read,
        lambda f: jobs_with(
            f, described=f.experience.read, current_described=f.experience.current,
            with_numbers=f.experience.with_numbers + f.experience.read - f.experience.described,
            with_outcomes=f.experience.with_outcomes + f.experience.read - f.experience.described,
        ),
        lambda f: f"give every position two or three lines with a result ({f.experience.described}"
        f" of {f.experience.read} have any)",
    ),
    Step(
        "add-past-positions", "experience", "medium",
        lambda f: f.experience.count and f.experience.past < past_enough(f),
        lambda f: replace(
            f,
            experience=add_jobs(f.experience, past=past_enough(f) - f.experience.past, current=False),
        ),
        by_stage(
            "add an internship, a class project or volunteering as a position",
            "add the jobs before this one: what you bring from them is your case",
            "add earlier positions (internships, volunteering and freelance work count)",
        ),
    ),
    Step(
        "explain-pause", "experience", "quick",
        lambda f: f.experience.idle_months >= IDLE_MONTHS and not f.experience.pause_said
        and not f.experience.current,
        lambda f: jobs_with(f, pause_said="…"),
        lambda f: f"say in a line why your last position ended {f.experience.idle_months} months "
        "ago (study, care, a move) and what you are doing now",
    ),
    Step(
        "date-positions", "experience", "quick",
        lambda f: f.experience.dated < f.experience.read,
        lambda f: jobs_with(f, dated=f.experience.read),
        lambda f: "give every position its start date",
    ),
    Step(
        "add-education", "education", "quick",
        lambda f: not f.education,
        lambda f: replace(f, education=1, education_detail=1.0),
        lambda f: "school, degree and field (courses, bootcamps and credentials count)",
    ),
    Step(
        "education-details", "education", "quick",
        lambda f: f.education and f.education_detail < 1,
        lambda f: replace(f, education_detail=1.0),
        lambda f: "the degree and the field of study",
    ),
    Step(
        "add-skills", "skills", "quick",
        lambda f: f.skill_fit.effective < FULL_SKILLS,
        lambda f: replace(
            f, skills=max(f.skills, FULL_SKILLS),
            skill_fit=replace(f.skill_fit, matched=DONE * FULL_SKILLS, unmatched=()),
        ),
        lambda f: f"list {FULL_SKILLS} or more that match your headline and your work ("
        f"{len(f.skill_fit.matched)} of your {f.skills} do"
        + ("; the All-Star checklist needs 3)" if f.skills < 3 else ")"),
    ),
    Step(
        "drop-generic-skills", "skills", "quick",
        lambda f: len(f.skill_fit.generic) > f.skill_fit.effective,
        lambda f: replace(f, skill_fit=replace(f.skill_fit, generic=())),
        lambda f: f"drop the skills any profile could list ({quoted(f.skill_fit.generic[:3])})",
    ),
    Step(
        "ask-recommendations", "recommendations", "ongoing",
        lambda f: f.recommendations < 3,
        lambda f: replace(f, recommendations=3),
        lambda f: f"ask two or three people you worked closely with (you have "
        f"{f.recommendations}; aim for 3), and offer one back",
    ),
    Step(
        "grow-connections", "connections", "ongoing",
        lambda f: f.connections < FULL_CONNECTIONS,
        lambda f: replace(f, connections=FULL_CONNECTIONS),
        lambda f: f"connect with people you know or work alongside (you have {f.connections}"
        + ("; 50 is the All-Star mark)" if f.connections < 50 else "; aim for 500 over time)"),
    ),
    Step(
        "add-featured", "featured", "medium",
        lambda f: f.featured < 3,
        lambda f: replace(f, featured=3),
        by_stage(
            "pin up to three projects, papers or pieces of coursework",
            "pin up to three pieces of work in the new field: case studies, projects",
            "pin up to three things you are proud of: a post, a talk, a project",
        ),
    ),
    Step(
        "add-certifications", "certifications", "medium",
        lambda f: not f.certifications,
        lambda f: replace(f, certifications=1),
        lambda f: "list the licenses or certificates you hold",
    ),
    Step(
        "post-more", "activity", "ongoing",
        lambda f: f.posts < FULL_POSTS,
        lambda f: replace(f, posts=FULL_POSTS),
        lambda f: f"share something useful about once a week (you posted {f.posts} times in "
        "90 days)",
    ),
    Step(
        "add-location", "basics", "quick",
        lambda f: not f.location,
        lambda f: replace(f, location=True),
        lambda f: "your location (city and country)",
    ),
    Step(
        "add-industry", "basics", "quick",
        lambda f: not f.industry,
        lambda f: replace(f, industry=True),
        lambda f: "your industry",
    ),
    Step(
        "custom-url", "custom_url", "quick",
        lambda f: not f.custom_url,
        lambda f: replace(f, custom_url=True),
        lambda f: "linkedin.com/in/your-name, under “Edit public profile & URL”: easier to "
        "share and to put on a résumé",
    ),
    *(goal_check(check) for check in GOAL_CHECKS),
)  # fmt: skip

__all__ = ["EFFORTS", "STEPS", "Step"]
