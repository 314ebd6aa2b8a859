"""Job titles put into a function and a seniority, from a table of title words kept as data.

"Software Engineer", "Sr. Software Engineer II" and "software engineer @ Hooli" are all
engineering; "VP Engineering" is engineering and vice-president. A title is read as folded
words; the first function whose words it holds wins (tables are ordered most telling first),
and so does the first seniority. A title no word matches is left unclassified, and the page
says how many were — a guess would hide that the table does not know the reader's field.
"""

from __future__ import annotations

from functools import lru_cache

from ..core.text import words

# (id, label, title words or phrases): most telling first ("data engineer" is data, not
# engineering; "sales engineer" is sales).
FUNCTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("recruiting", "Recruiting and HR", (
        "recruiter", "recruiting", "talent", "sourcer", "hr", "human resources", "people partner",
        "people operations",
    )),
    ("sales", "Sales and business development", (
        "sales", "account executive", "account manager", "business development", "bdr", "sdr",
        "ae", "customer success",
    )),
    ("data", "Data and analytics", (
        "data", "analytics", "analyst", "machine learning", "ml", "ai", "scientist", "bi",
    )),
    ("product", "Product", ("product manager", "product owner", "product lead", "product")),
    ("design", "Design", ("designer", "design", "ux", "ui", "researcher")),
    ("engineering", "Engineering", (
        "engineer", "engineering", "developer", "programmer", "devops", "sre", "architect",
        "software", "cto", "qa", "tester",
    )),
    ("marketing", "Marketing and communications", (
        "marketing", "marketer", "growth", "brand", "content", "seo", "communications", "pr",
        "social media", "copywriter", "cmo",
    )),
    ("finance", "Finance and legal", (
        "finance", "financial", "accountant", "accounting", "controller", "cfo", "investment",
        "investor", "banker", "audit", "auditor", "tax", "lawyer", "counsel", "attorney", "legal",
        "paralegal",
    )),
    ("operations", "Operations", (
        "operations", "coo", "logistics", "supply chain", "project manager", "program manager",
        "procurement", "office manager",
    )),
    ("education", "Education and research", (
        "teacher", "professor", "lecturer", "student", "phd", "postdoc", "research",
    )),
    ("health", "Health", ("nurse", "physician", "doctor", "pharmacist", "therapist", "clinical")),
    ("leadership", "General management", (
        "ceo", "founder", "co founder", "cofounder", "owner", "president", "managing director",
        "general manager", "entrepreneur",
    )),
    ("consulting", "Consulting", ("consultant", "consulting", "advisor", "adviser")),
)  # fmt: skip

SENIORITIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("founder", "Founder or owner", ("founder", "co founder", "cofounder", "owner")),
    ("c-level", "Chief officer", (
        "ceo", "cto", "cfo", "coo", "cmo", "cio", "ciso", "cpo", "chief",
    )),
    ("vp", "Vice president", ("vp", "svp", "evp", "vice president", "president")),
    ("director", "Director or head", ("director", "head")),
    ("manager", "Manager or lead", ("manager", "lead", "leader", "supervisor")),
    ("senior", "Senior or principal", ("senior", "sr", "principal", "staff", "expert")),
    ("entry", "Entry level", (
        "junior", "jr", "intern", "internship", "trainee", "graduate", "apprentice", "student",
        "assistant",
    )),
    ("professional", "Professional", (
        "engineer", "developer", "designer", "analyst", "scientist", "consultant", "specialist",
        "associate", "accountant", "recruiter", "architect", "executive", "officer", "teacher",
        "nurse", "lawyer", "researcher", "coordinator", "representative", "writer", "partner",
    )),
)  # fmt: skip

UNCLASSIFIED = "unclassified"


def _find(table: tuple, title_words: tuple[str, ...]) -> str:
    padded = " " + " ".join(title_words) + " "
    for ident, _, phrases in table:
        for phrase in phrases:
            if f" {phrase} " in padded:
                return ident
    return UNCLASSIFIED


@lru_cache(maxsize=8192)
def classify(title: str) -> tuple[str, str]:
    """``(function, seniority)`` ids of a job title; ``"unclassified"`` where no word matched."""
    title_words = tuple(w.replace("-", " ") for w in words(title.replace("-", " ")))
    return _find(FUNCTIONS, title_words), _find(SENIORITIES, title_words)


def labels(table: tuple) -> dict[str, str]:
    return {ident: label for ident, label, _ in table} | {UNCLASSIFIED: "Unclassified"}


def word_table() -> dict:
    """Both tables as the page shows them (ids, labels and the words)."""
    return {
        "functions": [{"id": i, "label": lab, "words": list(w)} for i, lab, w in FUNCTIONS],
        "seniorities": [{"id": i, "label": lab, "words": list(w)} for i, lab, w in SENIORITIES],
    }


__all__ = ["FUNCTIONS", "SENIORITIES", "UNCLASSIFIED", "classify", "labels", "word_table"]
