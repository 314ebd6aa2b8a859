"""One way to report a mistake in a team's copy: the file, the place in it, the line, the fix.

The build, the preview and ``connectwisely team check`` all print :class:`Problem` s, so the
same mistake reads the same everywhere: ``rules.yml, red_flags[1].weight (line 8): weight
must be a whole number from 1 to 100.`` YAML's own error texts ("mapping values are not
allowed here") are translated into words a person editing the file can act on.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Problem:
    """A mistake: which file, where in it (a setting's path), which line, and what to do."""

    file: str
    message: str
    where: str = ""
    line: int | None = None

    def __str__(self) -> str:
        place = f", {self.where}" if self.where else ""
        if self.line is not None:
            place += f" (line {self.line})" if self.where else f", line {self.line}"
        return f"{self.file}{place}: {self.message}"


# YAML's problem texts → what to check, in plain words
_PLAIN = (
    ("found character '\\t'", "a tab is used to indent; YAML needs spaces."),
    (
        "mapping values are not allowed",
        "a 'key: value' line is indented differently from the lines around it, or a value "
        "holds ': ' (put such a value in quotes).",
    ),
    (
        "expected <block end>",
        "this line is indented differently from the lines above it; line up each rule's keys "
        "under its first one, and each '- id:' under the one before.",
    ),
    (
        "could not find expected ':'",
        "a line has no ':' after its key, or a quote opened above is never closed.",
    ),
    ("expected ',' or ']'", "a list in [brackets] is not closed with ']'."),
    ("expected ',' or '}'", "a set of keys in {braces} is not closed with '}'."),
    ("found unexpected end of stream", "a quote opened here is never closed."),
    ("found undefined alias", "a '*' starts a value; put the value in quotes."),
    ("found character '@'", "a value starts with '@' or '`'; put it in quotes."),
    ("found character '`'", "a value starts with '@' or '`'; put it in quotes."),
)


def yaml_problem(file: str, exc: yaml.YAMLError) -> Problem:
    """A YAML syntax error as a :class:`Problem` in plain words, on the line to look at.

    For an unclosed bracket or quote, YAML notices at the next line or the end of the file;
    the line where the bracket opened (its ``context_mark``) is the one to fix.
    """
    problem = str(getattr(exc, "problem", None) or exc)
    plain = next((words for key, words in _PLAIN if key in problem), None)
    mark = getattr(exc, "problem_mark", None)
    context = getattr(exc, "context_mark", None)
    unclosed = any(k in problem for k in ("expected ','", "end of stream", "expected ':'"))
    use = context if unclosed and context is not None else mark
    line = use.line + 1 if use is not None else None
    message = "this is not valid YAML: " + (plain or f"{problem}.")
    return Problem(file, message, line=line)


__all__ = ["Problem", "yaml_problem"]
