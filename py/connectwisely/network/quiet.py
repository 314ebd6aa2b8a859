"""Relationships that went quiet, from ``messages.csv``: for each connection the reader has
written with, the last message's date, how many messages, and who wrote last.

Only counts and dates: the reader reads past the message text and keeps none of it.

Whose side a message is on: the 2018 file says (``Direction``); later files do not, so the
reader is the person who takes part in the most conversations (as sender or recipient) — the
export is theirs, so they are in every one. People are matched to connections by profile URL,
and by name where the file has no URL (2018, and recipients before 2023).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from operator import itemgetter

from ..export.connections import Connection
from ..export.messages import Message
from .identity import name_key, profile_key
from .people import MAX_LISTED, person

QUIET_DAYS = 182  # six months
SKIPPED_FOLDERS = ("SPAM",)
_PARTIES = itemgetter(1, 2, 3, 4)  # a Message's sender, sender_url, recipients, recipient_urls
_GROUP = itemgetter(1, 2, 3, 4, 6)  # the same and its direction
_SENT = itemgetter(5)


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

    def __init__(self, rows: Iterable[Connection], messages: list[Message]) -> None:
        self.rows: dict[str, Connection] = {}
        names: Counter = Counter()
        slugs: dict[str, set[str]] = {}
        for row in rows:
            if row.hidden:
                continue
            name, slug = name_key(f"{row.first_name} {row.last_name}"), profile_key(row.url)
            names[name] += 1
            if slug:
                self.rows["in:" + slug] = row
                slugs.setdefault(name, set()).add(slug)
            elif name:
                self.rows["name:" + name] = row
        for key in [k for k in self.rows if k.startswith("name:") and names[k[5:]] > 1]:
            del self.rows[key]  # namesakes without URLs cannot be told apart
        # a sender's name beside their URL says whose the name is
        for sender, url in {(m.sender, m.sender_url) for m in messages if m.sender_url}:
            name, slug = name_key(sender), profile_key(url)
            if slug and name:
                slugs.setdefault(name, set()).add(slug)
        self.slug_of = {n: next(iter(s)) for n, s in slugs.items() if len(s) == 1 and names[n] <= 1}
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


def _owner(messages: list[Message], people: _People) -> str:
    """The reader's key. The export is theirs, so they take part in every message: the one key
    present in all of them. When several are (a file with one correspondent) or none is (a
    name spelt two ways), the key in the most conversations; ties go to someone who is not a
    connection (nobody is their own connection), then to the first key in order."""
    # who takes part, once per distinct sender and recipients (in the order they come):
    # a repeated message changes no intersection
    parties = list(dict.fromkeys(map(_PARTIES, messages)))
    common: set[str] | None = None
    for i, (name, url, names, urls) in enumerate(parties):
        if common is not None and len(common) == 1:
            (only,) = common  # from here on only check that it is in each message
            if only and all(
                only == people.key(n, u) or only in people.recipients(ns, us)
                for n, u, ns, us in parties[i:]
            ):
                return only
            common = set()
            break
        keys = {people.key(name, url), *people.recipients(names, urls)}
        common = keys if common is None else common & keys
        if not common:
            break
    common = {k for k in common or () if k}
    if len(common) == 1:
        return common.pop()
    seen: dict[str, set[str]] = {}
    for i, m in enumerate(messages):
        where = m.conversation or f"row{i}"
        for key in [
            people.key(m.sender, m.sender_url),
            *people.recipients(m.recipients, m.recipient_urls),
        ]:
            if key and (not common or key in common):
                seen.setdefault(key, set()).add(where)
    if not seen:
        return ""
    return min(seen, key=lambda k: (-len(seen[k]), k in people.rows, k))


def threads(messages: list[Message], rows: Iterable[Connection]) -> tuple[dict, dict]:
    """``(thread per connection key, connection by key)`` for the connections written with."""
    people = _People(rows, messages)
    owner = _owner(messages, people) if not any(m.direction for m in messages) else ""
    # the days of each distinct (sender, recipients, direction), in the order they come: whose
    # side a message is on and whom it is with depend on those alone, and a thread's figures
    # (counts, first and last day, who wrote last) on each group's count, first and last day
    groups: defaultdict[tuple, list[date]] = defaultdict(list)
    counted = [m for m in messages if m.sent is not None and m.folder not in SKIPPED_FOLDERS]
    for group, day in zip(map(_GROUP, counted), map(_SENT, counted), strict=True):
        groups[group].append(day)
    per: dict[str, _Thread] = {}
    for (name, url, names, urls, direction), days in groups.items():
        sender = people.key(name, url)
        mine = direction == "outgoing" if direction else sender == owner
        others = people.recipients(names, urls) if mine else [sender]
        count, first, last = len(days), min(days), max(days)
        for other in others:
            if other == owner or other not in people.rows:
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
    return per, people.rows


def quiet(messages: list[Message], rows: list[Connection], as_of: date) -> dict:
    """The "went quiet" part of the review (JSON-able)."""
    per, by_key = threads(messages, rows)
    went_quiet, unanswered = [], []
    for key, t in per.items():
        entry = person(by_key[key], as_of)
        entry.update(
            {
                "messages": t.count,
                "sent": t.mine,
                "received": t.theirs,
                "last_message": t.last.isoformat(),
                "last_from": t.last_from,
                "days_quiet": (as_of - t.last).days,
            }
        )
        if t.mine and t.theirs and entry["days_quiet"] >= QUIET_DAYS:
            went_quiet.append(entry)
        if t.last_from == "them":
            unanswered.append(entry)
    went_quiet.sort(key=lambda p: (-p["messages"], p["last_message"], p["name"], p["profile"]))
    # newest first: the ones still worth an answer
    unanswered.sort(key=lambda p: (p["days_quiet"], p["name"], p["profile"]))
    return {
        "messages": len(messages),
        "people": len(per),
        "two_way": sum(1 for t in per.values() if t.mine and t.theirs),
        "quiet_days": QUIET_DAYS,
        "went_quiet_count": len(went_quiet),
        "went_quiet": went_quiet[:MAX_LISTED],
        "unanswered_count": len(unanswered),
        "unanswered": unanswered[:MAX_LISTED],
    }


def newest(messages: list[Message]) -> date | None:
    return max((m.sent for m in messages if m.sent is not None), default=None)


__all__ = ["QUIET_DAYS", "newest", "quiet", "threads"]
