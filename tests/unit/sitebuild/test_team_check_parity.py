"""One broken team copy: the build, the preview (`mkdocs serve` startup) and
`connectwisely team check` report the same full set of problems, in the same words."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.support.team_site import ROOT, TEAM, write_config

BROKEN = {
    "organization": "Acme Robotics",  # misspelt option
    "note_limit": 250,
    "company_domains": ["www.acme.example"],  # fine: normalised, and said so
    "team_rules": str(TEAM / "broken" / "rules.yml"),
}
EXPECTED = [
    "plugins → connectwisely → organization (line 10): unknown option. Did you mean 'organisation'?",
    "plugins → connectwisely → note_limit (line 14): note_limit must be 200 (free accounts) or 300",
    "red_flags[0].guide (line 8): rule 'fake-talent-desk' links to "
    "'team/connecting-with-clients/#recruiter'",
    "red_flags[1].weight (line 13): weight must be a whole number from 1 to 100.",
    "red_flags[2] (line 14): A red flag needs a severity",
]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "http://127.0.0.1:8000/"}
_PROBLEM = re.compile(r"^(?:ERROR\s+-\s+)?\s*(\S+\.yml, .*)$")


def problems(output: str) -> set[str]:
    """The problem lines in a command's output, without log prefixes."""
    return {m.group(1) for line in output.splitlines() if (m := _PROBLEM.match(line))}


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    options = {k: v for k, v in BROKEN.items() if k != "organization"}
    path = write_config(tmp_path_factory.mktemp("broken"), **options)
    text = path.read_text(encoding="utf-8").replace(
        "  - connectwisely:\n", '  - connectwisely:\n      organization: "Acme Robotics"\n'
    )
    path.write_text(text, encoding="utf-8")
    return path


def _build(config) -> str:
    args = ["build", "--strict", "-f", str(config), "-d", str(config.parent / "site")]
    done = subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=ROOT, env=ENV,
                          capture_output=True, text=True, timeout=600)  # fmt: skip
    assert done.returncode != 0
    return done.stderr


def _serve(config) -> tuple[str, str]:
    """The preview's terminal output up to "Serving on", and its home page then."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = ["serve", "-f", str(config), "--dev-addr", f"127.0.0.1:{port}", "--no-livereload"]
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", *args], cwd=ROOT, env=ENV,
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)  # fmt: skip
    lines = []
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            if "Serving on" in line:
                url = f"http://127.0.0.1:{port}/"
                for _ in range(50):
                    try:
                        with urllib.request.urlopen(url, timeout=30) as response:
                            return "".join(lines), response.read().decode("utf-8")
                    except OSError:
                        time.sleep(0.2)
                break
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return "".join(lines), ""


def _team_check(config) -> str:
    done = subprocess.run([sys.executable, "-m", "connectwisely.cli", "team", "check", str(config)],
                          cwd=ROOT, env={**ENV, "PYTHONPATH": str(ROOT / "py")},
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def outputs(config):
    """What each of the three printed for the broken copy (and the preview's home page)."""
    serve, home = _serve(config)
    return {"build": _build(config), "serve": serve, "home": home, "check": _team_check(config)}


def test_build_preview_and_team_check_report_the_same_problems(outputs):
    """All five mistakes, in all three, word for word; the domain's normalisation is said."""
    build, serve, check = outputs["build"], outputs["serve"], outputs["check"]
    found = problems(build)
    assert len(found) == len(EXPECTED), build
    for expected in EXPECTED:
        assert any(expected in p for p in found), (expected, found)
    assert problems(serve) == found, serve
    assert problems(check) == found, check
    said = "company_domains: 'www.acme.example' is read as 'acme.example'."
    assert said in build and said in serve and said in check
    assert "Traceback" not in build + serve + check


def test_the_preview_shows_the_problems_on_the_page(outputs):
    """The preview doesn't leave the browser waiting: each page lists the problems on top."""
    home = outputs["home"]
    assert 'class="admonition failure" role="alert"' in home
    assert "note_limit must be 200 (free accounts) or 300 (Premium), not 250." in home
    assert home.index('role="alert"') < home.index('class="md-header')
