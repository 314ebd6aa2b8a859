""" "Did you mean …?": the nearest known name to a misspelled one.

Every place that refuses an unknown name (a plugin option, a rule's key, a request's key in
the CLI, a guide link's anchor) names the one it most likely meant, so a typo is a one-line
fix. ``aliases`` maps words people use for a thing to its name (``note`` → ``message``), for
the misses no spelling distance would find.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def nearest(
    word: str, known: Iterable[str], aliases: Mapping[str, str] | None = None
) -> str | None:
    """The known name ``word`` most likely stands for, or None when nothing is close."""
    known = list(known)
    key = str(word).strip().lower().replace("-", "_").replace(" ", "_")
    if aliases and key in aliases and aliases[key] in known:
        return aliases[key]
    lowered = {k.lower().replace("-", "_"): k for k in known}
    if key in lowered:
        return lowered[key]
    from difflib import get_close_matches  # only on a miss: a costly import in the browser

    match = get_close_matches(key, list(lowered), n=1, cutoff=0.6)
    return lowered[match[0]] if match else None


def did_you_mean(word: str, known: Iterable[str], aliases: Mapping[str, str] | None = None) -> str:
    """`` Did you mean 'x'?`` (with its leading space), or an empty string."""
    guess = nearest(word, known, aliases)
    return f" Did you mean {guess!r}?" if guess else ""


__all__ = ["did_you_mean", "nearest"]
