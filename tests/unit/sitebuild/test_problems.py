"""sitebuild.problems: one format for every mistake, and YAML's errors in plain words."""

from __future__ import annotations

import pytest
import yaml

from connectwisely.sitebuild.problems import Problem, yaml_problem


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (Problem("rules.yml", "Fix it.", "red_flags[1].weight", 8), "rules.yml, red_flags[1].weight (line 8): Fix it."),
        (Problem("rules.yml", "Fix it.", line=3), "rules.yml, line 3: Fix it."),
        (Problem("mkdocs.yml", "Fix it.", "plugins → connectwisely → note_limit"), "mkdocs.yml, plugins → connectwisely → note_limit: Fix it."),
        (Problem("rules.yml", "Fix it."), "rules.yml: Fix it."),
    ],
)  # fmt: skip
def test_one_format_file_place_line_message(problem, text):
    """File, then the setting, then the line, then what to do."""
    assert str(problem) == text


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a:\n\tb: 1\n", 2, "a tab is used to indent"),
        ("a:\n  b: 1\n    c: 2\n", 3, "indented differently from the lines around it"),
        ("a:\n  - b: 1\n - c: 2\n", 3, "indented differently from the lines above it"),
        ("a: [1, 2\nb: 3\n", 1, "a list in [brackets] is not closed"),
        ("a: {b: 1\nc: 2\n", 1, "a set of keys in {braces} is not closed"),
        ("a: 'open\nb: 2\n", 1, "a quote opened here is never closed"),
        ("a: @x\n", 1, "put it in quotes"),
    ],
)
def test_yaml_errors_in_plain_words_on_the_line_to_fix(text, line, words):
    """No "mapping values are not allowed here": what to check, on the line to look at."""
    with pytest.raises(yaml.YAMLError) as caught:
        yaml.safe_load(text)
    problem = yaml_problem("rules.yml", caught.value)
    assert problem.line == line
    assert words in problem.message and problem.message.startswith("this is not valid YAML: ")
