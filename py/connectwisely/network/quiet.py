"""Relationships that went quiet, from ``messages.csv``: for each connection the reader has
written with, the last message's date, how many messages, and who wrote last.

Only counts and dates: the reader reads past the message text and keeps none of it.

Whose side a message is on: the 2018 file says (``Direction``); later files do not, so the
reader is the person who takes part in the most conversations (as sender or recipient) — the
export is theirs, so they are in every one. People are matched to connections by profile URL,
and by name where the file has no URL (2018, and recipients before 2023).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from operator import itemgetter

from ..export.connections import Connection
from ..export.exchanges import Exchanges
from .identity import name_key, profile_key
from .people import MAX_LISTED, full_name, person

QUIET_DAYS = 182  # six months
SKIPPED_FOLDERS = ("SPAM",)
_FULL_NAME = itemgetter(0, 1)  # a Connection's first and last name
_URL = itemgetter(2)


class _Thread:
    __slots__ = ("count", "first", "last", "last_from", "mine", "theirs")

    def __init__(self) -> None:
        self.count = self.mine = self.theirs = 0
        self.last: date | None = None
        self.first: date | None = None
        self.last_from = ""


class _People:
    """Who a message's sender or recipient is: a connection's key (``in:<slug>``, or
    ``name:<name>`` for a row without URL) where one matches, else a stranger's key."""

    def __init__(self, rows: Iterable[Connection], senders: Iterable[tuple[str, str]]) -> None:
        self.rows: dict[str, Connection] = {}
        visible = [row for row in rows if not row.hidden]
        keyed = list(map(name_key, map(" ".join, map(_FULL_NAME, visible))))
        names: Counter = Counter(keyed)
        # each name's slug, where all its rows and senders agree on one
        slug_of: dict[str, str] = {}
        ambiguous: set[str] = set()
        slugs = map(profile_key, map(_URL, visible))
        for name, slug, row in zip(keyed, slugs, visible, strict=True):
            if slug:
                self.rows["in:" + slug] = row
                if slug_of.setdefault(name, slug) != slug:
                    ambiguous.add(name)
            elif name:
                self.rows["name:" + name] = row
        for key in [k for k in self.rows if k.startswith("name:") and names[k[5:]] > 1]:
            del self.rows[key]  # namesakes without URLs cannot be told apart
        # a sender's name beside their URL says whose the name is
        for sender, url in senders:
            name, slug = name_key(sender), profile_key(url)
            if slug and name and slug_of.setdefault(name, slug) != slug:
                ambiguous.add(name)
        self.slug_of = {n: s for n, s in slug_of.items() if n not in ambiguous and names[n] <= 1}
        self.known: dict[tuple[str, str], str] = {}
        self.groups: dict[tuple, list[str]] = {}

    def key(self, name: str, url: str) -> str:
        """:meth:`_key`, remembered: a file names the same few thousand people again and again."""
        found = self.known.get((name, url))
        if found is None:
            found = self.known[name, url] = self._key(name, url)
        return found

    def _key(self, name: str, url: str) -> str:
        slug, folded = profile_key(url), name_key(name)
        if slug and "in:" + slug in self.rows:
            return "in:" + slug
        if folded and "name:" + folded in self.rows:
            return "name:" + folded
        if folded in self.slug_of:
            return "in:" + self.slug_of[folded]
        if slug:
            return "in:" + slug
        return "name:" + folded if folded else ""

    def recipients(self, names: tuple[str, ...], urls: tuple[str, ...]) -> list[str]:
        """Each recipient's key: names and URLs side by side when the file lists as many of
        each (a name with a comma in it makes them disagree: then URLs alone)."""
        found = self.groups.get((names, urls))
        if found is None:
            found = self.groups[names, urls] = self._recipients(names, urls)
        return found

    def _recipients(self, names: tuple[str, ...], urls: tuple[str, ...]) -> list[str]:
        if len(urls) == len(names):
            return [self.key(n, u) for n, u in zip(names, urls, strict=True)]
        if urls:
            return [self.key("", url) for url in urls]
        return [self.key(name, "") for name in names]


def _owner(
    parties: dict[tuple, tuple[str, list[str]]], exchanges: Exchanges, people: _People
) -> str:
    """The reader's key. The export is theirs, so they take part in every message: the one key
    present in all of them. When several are (a file with one correspondent) or none is (a
    name spelt two ways), the key in the most conversations; ties go to someone who is not a
    connection (nobody is their own connection), then to the first key in order.

    ``parties``: each group's sender's key and recipients' keys (see :func:`threads`): a
    repeated message changes no intersection."""
    common: set[str] | None = None
    listed = list(parties.values())
    for i, (sender, recipients) in enumerate(listed):
        if common is not None and len(common) == 1:
            (only,) = common  # from here on only check that it is in each message
            if only and all(only == s or only in r for s, r in listed[i:]):
                return only
            common = set()
            break
        keys = {sender, *recipients}
        common = keys if common is None else common & keys
        if not common:
            break
    common = {k for k in common or () if k}
    if len(common) == 1:
        return common.pop()
    seen: dict[str, set[str]] = {}
    for where, group in exchanges.conversations():
        sender, recipients = parties[group]
        for key in [sender, *recipients]:
            if key and (not common or key in common):
                seen.setdefault(key, set()).add(where)
    if not seen:
        return ""
    return min(seen, key=lambda k: (-len(seen[k]), k in people.rows, k))


def threads(exchanges: Exchanges, rows: Iterable[Connection]) -> tuple[dict, dict]:
    """``(thread per connection key, connection by key)`` for the connections written with."""
    groups = exchanges.groups
    people = _People(rows, {group[:2] for group in groups if group[1]})
    # each group's sender and recipients as keys, once
    parties = {
        group: (people.key(group[0], group[1]), people.recipients(group[2], group[3]))
        for group in groups
    }
    direction_given = any(group[4] for group in groups)  # only the 2018 file says
    owner = "" if direction_given else _owner(parties, exchanges, people)
    per: dict[str, _Thread] = {}
    rows_by_key = people.rows
    for group, (count, first, last) in groups.items():
        if not count:
            continue
        sender, recipients = parties[group]
        direction = group[4]
        mine = direction == "outgoing" if direction else sender == owner
        others = recipients if mine else (sender,)
        for other in others:
            if other == owner or other not in rows_by_key:
                continue
            t = per.get(other)
            if t is None:
                t = per[other] = _Thread()
            t.count += count
            if mine:
                t.mine += count
            else:
                t.theirs += count
            if t.first is None or first < t.first:
                t.first = first
            # the last day's message from them, if there is one, is the last word
            if t.last is None or last > t.last or (last == t.last and not mine):
                t.last, t.last_from = last, "me" if mine else "them"
    return per, rows_by_key


def quiet(exchanges: Exchanges, rows: list[Connection], as_of: date) -> dict:
    """The "went quiet" part of the review (JSON-able). Only the listed people are built: a big
    file has thousands in each list."""
    per, by_key = threads(exchanges, rows)
    went_quiet, unanswered = [], []
    for key, t in per.items():
        if t.mine and t.theirs and (as_of - t.last).days >= QUIET_DAYS:
            went_quiet.append(key)
        if t.last_from == "them":
            unanswered.append(key)
    names = {key: full_name(by_key[key]) for key in (*went_quiet, *unanswered)}
    went_quiet.sort(key=lambda k: (-per[k].count, per[k].last, names[k], by_key[k].url))
    # newest first: the ones still worth an answer
    unanswered.sort(key=lambda k: (as_of - per[k].last, names[k], by_key[k].url))

    def entry(key: str) -> dict:
        t = per[key]
        found = person(by_key[key], as_of)
        found.update(
            {
                "messages": t.count,
                "sent": t.mine,
                "received": t.theirs,
                "last_message": t.last.isoformat(),
                "last_from": t.last_from,
                "days_quiet": (as_of - t.last).days,
            }
        )
        return found

    return {
        "messages": exchanges.messages,
        "people": len(per),
        "two_way": sum(1 for t in per.values() if t.mine and t.theirs),
        "quiet_days": QUIET_DAYS,
        "went_quiet_count": len(went_quiet),
        "went_quiet": [entry(key) for key in went_quiet[:MAX_LISTED]],
        "unanswered_count": len(unanswered),
        "unanswered": [entry(key) for key in unanswered[:MAX_LISTED]],
    }


__all__ = ["QUIET_DAYS", "quiet", "threads"]
