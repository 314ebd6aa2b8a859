"""``connectwisely team check``: the build's checks plus the team's examples, with exit codes."""

from __future__ import annotations

import pytest

from connectwisely.cli import main
from tests.support.team_site import TEAM, write_config


@pytest.fixture
def rules(tmp_path):
    path = tmp_path / "rules.yml"
    path.write_text((TEAM / "rules.yml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_a_good_copy_passes_with_a_summary(tmp_path, capsys):
    """The sample team's copy: its settings are valid and its five examples pass."""
    assert main(["team", "check", str(write_config(tmp_path))]) == 0
    assert "All good: 3 rules, 5 examples" in capsys.readouterr().out


def test_a_failing_example_names_itself_its_line_and_what_happened(tmp_path, rules, capsys):
    """An expectation the rules don't meet is a problem: exit 1, the example, the line, why."""
    (tmp_path / "examples.yml").write_text(
        "- name: gift cards are reported\n"
        "  request: {message: 'Please buy a gift card for the boss'}\n"
        "  verdict: report\n"
        "  fires: [team:gift-card]\n",
        encoding="utf-8",
    )
    config = write_config(tmp_path, team_rules=str(rules))
    assert main(["team", "check", str(config)]) == 1
    out = capsys.readouterr().out
    assert (
        "examples.yml, example 1 (gift cards are reported).fires[0] (line 4): 'team:gift-card' "
        "is not a signal of this site. Did you mean 'team:gift-cards'?" in out
    )
    (tmp_path / "examples.yml").write_text(
        "- name: gift cards are reported\n"
        "  request: {message: 'Please buy a gift card for the boss'}\n"
        "  verdict: accept\n"
        "  not_fires: [team:gift-cards]\n",
        encoding="utf-8",
    )
    assert main(["team", "check", str(config)]) == 1
    out = capsys.readouterr().out
    assert (
        "example 1 (gift cards are reported) (line 1): expected the verdict accept, got report"
        in out
    )
    assert "expected team:gift-cards not to fire" in out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- name: x\n  request: {name: Sam}\n", "say what must happen"),
        ("- name: x\n  request: {name: Sam}\n  expect: accept\n", "Did you mean 'verdict'?"),
        ("- name: x\n  request: {name: Sam}\n  verdict: block\n", "verdict must be one of"),
        ("[]\n", "the examples must be a list"),
        ("- name: x\n request: y\n", "this is not valid YAML"),
    ],
)
def test_a_wrong_example_is_a_problem(tmp_path, rules, capsys, text, message):
    """Mistakes in examples.yml are reported like mistakes in the rule file."""
    (tmp_path / "examples.yml").write_text(text, encoding="utf-8")
    assert main(["team", "check", str(write_config(tmp_path, team_rules=str(rules)))]) == 1
    assert message in capsys.readouterr().out


def test_a_missing_mkdocs_yml_is_bad_input(tmp_path, capsys):
    """No such config: exit 2 with a sentence."""
    assert main(["team", "check", str(tmp_path / "mkdocs.yml")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_every_settings_problem_is_listed(tmp_path, capsys):
    """Two mistakes in mkdocs.yml: both listed, exit 1."""
    config = write_config(tmp_path, note_limit=250, team_dir=str(tmp_path / "nowhere"))
    assert main(["team", "check", str(config)]) == 1
    out = capsys.readouterr().out
    assert "plugins → connectwisely → note_limit" in out and "team_dir" in out


def test_examples_wait_for_valid_settings(tmp_path, capsys):
    """With a broken rule file, only its problem is listed: no examples failing as a side effect."""
    (tmp_path / "rules.yml").write_text(
        "red_flags:\n  - id: x\n    phrases: [gift card]\n      message: x\n", encoding="utf-8"
    )
    (tmp_path / "examples.yml").write_text(
        (TEAM / "examples.yml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert (
        main(["team", "check", str(write_config(tmp_path, team_rules=str(tmp_path / "rules.yml")))])
        == 1
    )
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 1 and "this is not valid YAML" in captured.out
    assert "examples are run once the settings above are fixed" in captured.err
