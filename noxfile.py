"""Sessions for Connect Wisely. Plain ``nox`` runs lint, tests and browser."""

from __future__ import annotations

import os
import shutil

import nox

nox.options.sessions = ["lint", "tests", "browser"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = False

PYPROJECT = nox.project.load_toml("pyproject.toml")
ENV = {"NO_MKDOCS_2_WARNING": "1"}
US_ENGLISH_SKIP = r"`[^`\n]+`|\]\([^)\s]+\)|\{[^}\n]*#[\w-]+[^}\n]*\}|^\s*organisation:"
LOCK = "requirements/docs.lock"  # the build's dependencies, pinned with hashes: `nox -s lock`


def install(session: nox.Session, *groups: str) -> None:
    """The package, the build's locked dependencies, then any other groups (tests, browser)."""
    session.install("-r", LOCK)
    session.install("--no-deps", "-e", ".")
    for group in groups:
        if group != "docs":
            session.install(*nox.project.dependency_groups(PYPROJECT, group))


def test_paths(session: nox.Session, default: str) -> list[str]:
    """``default``, unless the arguments after ``--`` name test files or folders themselves."""
    return [] if any(arg.startswith("tests/") for arg in session.posargs) else [default]


@nox.session
def build(session: nox.Session) -> None:
    """Build the site strictly into site/ (SITE_URL sets the public address)."""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict", *session.posargs, env=ENV)


@nox.session
def team(session: nox.Session) -> None:
    """Check a team's copy as the build does, and run its examples (team/examples.yml)."""
    install(session, "docs")
    session.run("connectwisely", "team", "check", *(session.posargs or ["mkdocs.yml"]), env=ENV)


@nox.session
def serve(session: nox.Session) -> None:
    """Serve the live site on http://127.0.0.1:8000/ and rebuild on change."""
    install(session, "docs")
    session.run(
        "mkdocs",
        "serve",
        "--dev-addr",
        "127.0.0.1:8000",
        *session.posargs,
        env={**ENV, "SITE_URL": "http://127.0.0.1:8000/"},
    )


@nox.session
def tests(session: nox.Session) -> None:
    """Unit and property tests of the Python package, in CPython."""
    install(session, "test")
    session.run("pytest", *test_paths(session, "tests/unit"), *session.posargs, env=ENV)


@nox.session
def browser(session: nox.Session) -> None:
    """Build and serve the site, then drive Chromium through it with Playwright."""
    install(session, "browser")
    chromium = os.environ.get("CONNECTWISELY_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        session.run("playwright", "install", "chromium")  # a machine with internet and no Chromium
    paths = test_paths(session, "tests/browser")
    session.run("pytest", *paths, "-p", "no:cacheprovider", *session.posargs, env=ENV)


@nox.session(default=False)
def lock(session: nox.Session) -> None:
    """Re-pin the build's dependencies (requirements/docs.lock) to today's newest releases."""
    session.install("uv")
    session.run(
        "uv", "pip", "compile", "--group", "pyproject.toml:docs", "--universal",
        "--python-version", "3.11", "--generate-hashes", "--no-header", "--upgrade",
        "--index-url", "https://pypi.org/simple", "-o", LOCK,
    )  # fmt: skip


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff (lint and format check) and codespell over code and guide."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
    session.run("ruff", "check", "py", "tests", "bench", "noxfile.py")
    session.run("ruff", "format", "--check", "py", "tests", "bench", "noxfile.py")
    session.run("codespell", "docs", "py", "overrides", "README.md", "CONTRIBUTING.md")
    # Readers see American English: British spellings fail in the site's text. Code stays as it
    # is, so `backticked` spans, link targets, {#anchors} and YAML keys (the plugin's literal
    # `organisation` option) are skipped.
    session.run(
        "codespell",
        "--builtin",
        "en-GB_to_en-US",
        "--ignore-regex",
        US_ENGLISH_SKIP,
        "docs",
        "overrides",
        "README.md",
        "CONTRIBUTING.md",
    )


@nox.session
def bench(session: nox.Session) -> None:
    """Print speed and size figures measured in Chromium (not part of the default run)."""
    install(session, "browser")
    session.run("python", "bench/run.py", *session.posargs, env=ENV)


@nox.session(name="eval")
def evaluate(session: nox.Session) -> None:
    """The request checker on its corpus: confusion matrices per language and per category."""
    session.install("--no-deps", "-e", ".")  # standard library only: nothing else to install
    session.run("python", "-m", "tests.support.evaluate", *session.posargs, env=ENV)


@nox.session
def stdlib(session: nox.Session) -> None:
    """Trace the stdlib modules the tools import inside Pyodide (run after a Pyodide upgrade)."""
    install(session, "browser")
    session.run("python", "tests/support/stdlib_trace.py", env=ENV)
