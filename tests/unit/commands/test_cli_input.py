"""The CLI as people use it: bad input gets a sentence and exit 2, never a traceback;
exit codes are the documented ones; help lists the keys; unknown keys get a did-you-mean."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from connectwisely.cli import main
from tests.support.paths import ROOT

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


@pytest.mark.parametrize("command", ["check", "lint", "score"])
def test_a_binary_file_is_named_as_not_text(tmp_path, capsys, command):
    """A PNG given as input: a sentence saying it is not a text file, exit 2."""
    path = tmp_path / "photo.png"
    path.write_bytes(PNG)
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert f"connectwisely {command}: {path} is not a text file" in err
    assert "codec" not in err and "0x89" not in err


@pytest.mark.parametrize("command", ["check", "lint", "score"])
def test_a_missing_file_says_it_does_not_exist(tmp_path, capsys, command):
    """A path that isn't there: "does not exist", not [Errno 2]."""
    assert main([command, str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt does not exist." in err and "Errno" not in err


@pytest.mark.parametrize("command", ["check", "lint", "score"])
def test_empty_stdin_says_nothing_came_in(monkeypatch, capsys, command):
    """Nothing piped in: a sentence, not "Expecting value"."""
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([command]) == 2
    err = capsys.readouterr().err
    assert "Nothing came in on standard input" in err and "Expecting value" not in err


def test_broken_json_names_the_line_and_column(monkeypatch, capsys):
    """Broken JSON says what and where, in words."""
    monkeypatch.setattr("sys.stdin", io.StringIO('{\n  "name": "Sam",\n}'))
    assert main(["check"]) == 2
    assert "not valid JSON: expecting property name" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self):
        return True


@pytest.mark.parametrize(
    ("command", "words"), [("lint", "connection note"), ("check", "invitation")]
)
def test_a_terminal_gets_a_prompt(monkeypatch, capsys, command, words):
    """With a terminal on stdin, the CLI says what to type and how to finish."""
    monkeypatch.setattr("sys.stdin", _Terminal("Hi Ana, loved your PyCon talk on typing."))
    main([command])
    err = capsys.readouterr().err
    assert words in err and "Ctrl-D" in err


def test_piping_into_head_ends_quietly():
    """`connectwisely check --help | head -1`-style early close: no BrokenPipeError traceback."""
    code = (
        "import sys; sys.argv=['connectwisely','score','--help']; "
        "from connectwisely.cli import main; sys.exit(main())"
    )
    check = code.replace("'score','--help'", "'check'")
    script = (
        f'{sys.executable} -c "{code}" | head -c 10; {sys.executable} -c "{code}" | true; '
        f"echo 'Hi! 25% monthly returns. Message me on Telegram.' | {sys.executable} -c \"{check}\" | true"
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT / "py"), "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_output_cut_short_exits_0_without_a_traceback(monkeypatch, capsys):
    """A BrokenPipeError while printing ends the command with 0 and nothing on stderr."""

    class Closed(io.StringIO):
        def write(self, text):
            raise BrokenPipeError

        def fileno(self):
            return sys.__stdout__.fileno()

    monkeypatch.setattr("os.dup2", lambda a, b: None)
    monkeypatch.setattr("sys.stdin", io.StringIO("Hi Ana, loved your PyCon talk on typing."))
    monkeypatch.setattr("sys.stdout", Closed())
    assert main(["lint"]) == 0
    assert capsys.readouterr().err == ""


REPORT = '{"name": "Victor", "message": "25% monthly returns, guaranteed. Message me on Telegram."}'


@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        (["check"], REPORT, 0),
        (["check", "--fail-on", "report,ignore"], REPORT, 1),
        (["check", "--fail-on", "accept"], REPORT, 0),
        (["lint"], "hi", 1),
        (["lint"], "Hi Ana, loved your PyCon talk on typing; I'd like to stay in touch.", 0),
        (["score"], '{"headline": "Data engineer"}', 0),
        (["score"], '{"headline": 5}', 2),
    ],
)
def test_exit_codes_are_the_documented_ones(monkeypatch, capsys, args, stdin, code):
    """0 done, 1 needs attention (lint; check only with --fail-on), 2 bad input."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(args) == code


def test_fail_on_refuses_an_unknown_verdict(capsys):
    """--fail-on takes only real verdicts; argparse's exit 2 with the list."""
    with pytest.raises(SystemExit) as caught:
        main(["check", "--fail-on", "reprot"])
    assert caught.value.code == 2
    assert "the verdicts are accept, reply-first, ignore, report" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "keys"),
    [("check", ["mutual_connections", "relationship", "me "]), ("score", ["custom_url", "goal"])],
)
def test_help_lists_the_keys_and_the_exit_codes(capsys, command, keys):
    """`check --help` and `score --help` list the JSON keys and the exit codes."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert all(key in out for key in keys)
    assert "exit codes:" in out and "2  bad input" in out


@pytest.mark.parametrize(
    ("command", "data", "warning"),
    [
        ("check", {"name": "Sam", "note": "Hi"}, "unknown key 'note' is ignored. Did you mean 'message'?"),
        ("check", {"name": "Sam", "headlne": "x"}, "Did you mean 'headline'?"),
        ("score", {"headline": "x", "skils": ["SQL"]}, "unknown key 'skils' is ignored. Did you mean 'skills'?"),
    ],
)  # fmt: skip
def test_unknown_keys_are_warned_with_the_nearest(monkeypatch, capsys, command, data, warning):
    """A misspelt key is still ignored, but said, with the key it most likely meant."""
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(data)))
    assert main([command]) == 0
    assert warning in capsys.readouterr().err


def test_links_are_full_addresses_when_the_site_is_known(monkeypatch, capsys):
    """With --site-url, every guide link prints as an address a terminal can open."""
    monkeypatch.setattr("sys.stdin", io.StringIO(REPORT))
    main(["check", "--site-url", "https://guide.acme.example/"])
    out = capsys.readouterr().out
    assert "https://guide.acme.example/guide/scams/#" in out


def test_links_use_the_site_url_of_the_teams_mkdocs_yml(tmp_path, monkeypatch, capsys):
    """--team mkdocs.yml: links print under its site_url, !ENV read as MkDocs reads it."""
    monkeypatch.setenv("TEAM_SITE_URL", "https://acme.github.io/guide/")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_url: !ENV [TEAM_SITE_URL, 'http://127.0.0.1:8000/']\n"
        "plugins:\n  - connectwisely:\n      organisation: Acme\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(REPORT))
    main(["check", "--team", str(config)])
    assert "https://acme.github.io/guide/guide/scams/#" in capsys.readouterr().out
