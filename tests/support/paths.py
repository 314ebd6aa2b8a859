"""Where the test data lives, so a test file can move without recounting ``parents[n]``."""

from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
CASES_DIR = TESTS / "cases"
SAMPLES = TESTS / "samples"
