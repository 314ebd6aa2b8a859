"""The profile scorer's input, written once: ``score_profile`` checks a profile against these
records, and the page's form is rendered from the same records (plus the export's file fields).

LinkedIn's own limits (220-character headline, 2,600-character About, 100 skills, 30,000
connections) are flagged by the scorer, not refused here: a reader whose About is too long
needs to hear that, not an error. The ``max_length`` values below only bound the work.
"""

from __future__ import annotations

from ..core.linkedin import CONNECTION_CAP
from ..core.schema import Field
from .stage import STAGES

GOALS = (
    ("general", "A bit of everything"),
    ("job-search", "Finding a job"),
    ("hiring", "Hiring people"),
    ("sales", "Selling or finding clients"),
    ("thought-leadership", "Being known for my ideas"),
)

POSITION_FIELDS = (
    Field("title", "Job title", max_length=500, placeholder="Staff Data Engineer"),
    Field("company", "Company", max_length=500),
    Field("start", "Started", kind="month", help="YYYY-MM, like 2021-03."),
    Field("end", "Ended", kind="month", help="Leave empty for a job you still hold."),
    Field(
        "description",
        "Description",
        kind="textarea",
        rows=3,
        max_length=20_000,
        help="What you did and what came of it; numbers help.",
    ),
)

EDUCATION_FIELDS = (
    Field("school", "School", max_length=500),
    Field("degree", "Degree", max_length=500, placeholder="BSc"),
    Field("field", "Field of study", max_length=500),
)

_NOT_IN_EXPORT = "Photo, links and numbers (not in the export)"
_TEXT = "Headline and About"

PROFILE_FIELDS = (
    Field(
        "goal",
        "What you use LinkedIn for most",
        kind="choice",
        choices=GOALS,
        default="general",
        help="It shifts what counts most: skills for a job search, activity for thought leadership.",
    ),
    Field(
        "stage",
        "Where you are in your career",
        kind="choice",
        choices=STAGES,
        default="",
        help="Left on “work it out”, the scorer reads it from your positions and words; "
        "your choice wins.",
    ),
    Field(
        "photo",
        "Profile photo",
        kind="bool",
        section=_NOT_IN_EXPORT,
        help="Tick if your profile shows a photo of you.",
    ),
    Field(
        "banner",
        "Background (banner) image",
        kind="bool",
        section=_NOT_IN_EXPORT,
        help="Tick if you replaced LinkedIn's plain background.",
    ),
    Field(
        "custom_url",
        "Custom profile URL",
        kind="bool",
        section=_NOT_IN_EXPORT,
        help="Tick if your address reads linkedin.com/in/your-name, without random digits.",
    ),
    Field(
        "connections",
        "Connections",
        kind="int",
        maximum=CONNECTION_CAP,
        section=_NOT_IN_EXPORT,
        help="Type 500 if LinkedIn shows “500+”.",
    ),
    Field(
        "featured",
        "Items in your Featured section",
        kind="int",
        maximum=1_000,
        section=_NOT_IN_EXPORT,
    ),
    Field(
        "posts_last_90_days",
        "Posts or articles you wrote in the last 90 days",
        kind="int",
        maximum=100_000,
        section=_NOT_IN_EXPORT,
    ),
    Field(
        "recommendations",
        "Recommendations received (shown on your profile)",
        kind="int",
        maximum=100_000,
        section=_NOT_IN_EXPORT,
        help="Read from the export when you load Recommendations_Received.csv.",
    ),
    Field(
        "certifications",
        "Licenses and certifications",
        kind="int",
        maximum=10_000,
        section=_NOT_IN_EXPORT,
        help="Read from the export when you load Certifications.csv.",
    ),
    Field(
        "headline",
        "Headline",
        max_length=5_000,
        section=_TEXT,
        placeholder="Data engineer · streaming pipelines, dbt, Postgres · mentoring new analysts",
        help="The line under your name (LinkedIn allows 220 characters).",
    ),
    Field(
        "about",
        "About",
        kind="textarea",
        rows=6,
        max_length=50_000,
        section=_TEXT,
        help="Your About section (LinkedIn allows 2,600 characters).",
    ),
    Field("location", "Location", max_length=500, section=_TEXT, placeholder="Lisbon, Portugal"),
    Field(
        "industry", "Industry", max_length=500, section=_TEXT, placeholder="Software Development"
    ),
    Field(
        "positions",
        "Position",
        kind="group",
        fields=POSITION_FIELDS,
        rows=3,
        max_rows=50,
        help="Your current job first; leave Ended empty for a job you still hold.",
    ),
    Field(
        "education",
        "School or course",
        kind="group",
        fields=EDUCATION_FIELDS,
        rows=2,
        max_rows=20,
    ),
    Field(
        "skills",
        "Skills",
        kind="list",
        max_rows=100,
        help="One per line, or separated by commas or semicolons (LinkedIn allows 100).",
        placeholder="PostgreSQL\nData Modeling\nApache Kafka",
    ),
)

# Notes a data source can attach (what it could not see); echoed in the result. Not in the form.
SOURCE_FIELDS = (Field("export_notes", "Notes about the export", kind="list", max_rows=40),)

FIELDS = PROFILE_FIELDS + SOURCE_FIELDS
