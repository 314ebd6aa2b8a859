"""Trace the standard-library modules the tools import inside Pyodide: ``nox -s stdlib``.

Builds the site with Pyodide's full standard library, runs every browser test that sends a
case table through the site's worker (request checker, profile scorer, note drafter and
linter, network review, the bridge's failure cases), collects the modules each worker imported
from the stdlib archive, and writes them, stamped with the Pyodide version, to
``py/connectwisely/sitebuild/stdlib_traced.txt``. Review the diff, then commit it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "py"))

from connectwisely.sitebuild import runtime, stdlib  # noqa: E402

CASE_TABLES = [
    "tests/browser/test_request_checker.py",
    "tests/browser/test_profile_scorer.py",
    "tests/browser/test_note_drafter.py",
    "tests/browser/test_network_review.py",
    "tests/browser/test_foundation.py",
]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        found = Path(tmp) / "modules.txt"
        found.touch()
        env = {
            **os.environ,
            "CONNECTWISELY_FULL_STDLIB": "1",
            "CONNECTWISELY_TRACE_STDLIB": str(found),
        }
        done = subprocess.run(
            [sys.executable, "-m", "pytest", *CASE_TABLES, "-p", "no:cacheprovider", "-q"],
            cwd=ROOT,
            env=env,
            check=False,
        )
        modules = sorted({line.strip() for line in found.read_text().splitlines() if line})
    if done.returncode != 0 or not modules:
        print("The case tables failed inside Pyodide (or nothing was traced): list not written.")
        return 1
    before = set(stdlib.read_traced()[1]) if stdlib.TRACED.is_file() else set()
    stdlib.write_traced(runtime.PYODIDE_VERSION, modules)
    print(f"{len(modules)} modules traced on Pyodide {runtime.PYODIDE_VERSION}")
    print(f"added: {sorted(set(modules) - before)}\nremoved: {sorted(before - set(modules))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
