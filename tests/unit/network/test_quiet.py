"""Relationships that went quiet, from messages.csv: exact figures against the generator for
every header era and every Connections.csv era, the hand-counted sample, and the rules for
telling whose side a message is on."""

from __future__ import annotations

from datetime import date

import pytest

from connectwisely import review_network
from connectwisely.export.connections import Connection, read_connections
from connectwisely.export.exchanges import exchanges_of, read_exchanges
from connectwisely.export.messages import Message
from connectwisely.network import quiet as quiet_module
from connectwisely.network.quiet import QUIET_DAYS, SKIPPED_FOLDERS
from connectwisely.network.quiet import quiet as quiet_of_exchanges
from tests.support.generated_connections import ERAS, MESSAGE_ERAS, TODAY, beside, generate
from tests.support.paths import SAMPLES

COUNTS = ("people", "two_way", "went_quiet_count", "unanswered_count")


@pytest.mark.parametrize("connections_era", ERAS)
@pytest.mark.parametrize("era", MESSAGE_ERAS)
def test_every_era_gives_the_generators_figures(tmp_path, era, connections_era):
    """Counts and the names listed match what the generator printed, era by era."""
    path, truth = generate(tmp_path, rows=600, era=connections_era, messages=era, seed=3)
    result = review_network(
        path.read_text(encoding="utf-8"),
        messages_csv=beside(path, "messages", era).read_text(encoding="utf-8"),
        today=TODAY,
    )["quiet"]
    assert {k: result[k] for k in COUNTS} == {k: truth["quiet"][k] for k in COUNTS}
    assert sorted(p["name"] for p in result["went_quiet"]) == truth["quiet"]["went_quiet_names"]
    assert sorted(p["name"] for p in result["unanswered"]) == truth["quiet"]["unanswered_names"]


def test_the_hand_counted_sample():
    """Wren and Yara went quiet (two-way, last message over 6 months ago); Oskar and
    Bartholomew wrote last; the draft, the spam and the nameless member do not count."""
    result = review_network(
        (SAMPLES / "Connections.csv").read_text(encoding="utf-8"),
        messages_csv=(SAMPLES / "messages.csv").read_text(encoding="utf-8"),
        today="2025-11-25",
    )["quiet"]
    assert result["messages"] == 10 and result["people"] == 4 and result["two_way"] == 3
    wren, yara = result["went_quiet"]  # most messages first
    assert (wren["name"], wren["messages"], wren["last_message"], wren["last_from"]) == (
        "Wren Castellano", 3, "2024-01-12", "me",
    )  # fmt: skip
    assert (yara["name"], yara["days_quiet"]) == ("Yara El-Masri", 1364)
    assert [p["name"] for p in result["unanswered"]] == ["Oskar Lindqvar", "Bartholomew Nkemelu"]


def quiet(messages, rows, as_of):
    return quiet_of_exchanges(exchanges_of(messages, SKIPPED_FOLDERS), rows, as_of)


def row(first: str, last: str, url: str = "") -> Connection:
    return Connection(first, last, url, "Acme", "Engineer", date(2020, 1, 1), False)


def msg(sender, to, day, *, url="", to_url="", conversation="c1", direction=""):
    return Message(
        conversation, sender, url, (to,), (to_url,) if to_url else (), date(2025, 1, day),
        direction, "INBOX",
    )  # fmt: skip


def test_namesakes_without_urls_are_not_guessed():
    """Two connections named Ana Silva and no URL anywhere: neither gets the messages."""
    rows = [row("Ana", "Silva"), row("Ana", "Silva"), row("Bo", "Berg")]
    messages = [
        msg("Me Myself", "Ana Silva", 1, conversation="a"),
        msg("Ana Silva", "Me Myself", 2, conversation="a"),
        msg("Me Myself", "Bo Berg", 3, conversation="b"),
    ]
    result = quiet(messages, rows, date(2025, 12, 1))
    assert result["people"] == 1 and result["unanswered_count"] == 0


def test_same_day_their_message_is_taken_as_the_last():
    """A day with a message each way: theirs counts as last (a reply may be owed)."""
    rows = [row("Bo", "Berg", "https://www.linkedin.com/in/bo")]
    me = "https://www.linkedin.com/in/me"
    for order in (1, -1):
        messages = [
            msg("Me", "Bo Berg", 5, url=me, to_url="https://www.linkedin.com/in/bo"),
            msg("Bo Berg", "Me", 5, url="https://www.linkedin.com/in/bo", to_url=me),
            msg("Me", "Someone", 1, url=me, conversation="x"),
        ][::order]
        result = quiet(messages, rows, date(2025, 12, 1))
        assert result["unanswered_count"] == 1


def test_quiet_starts_at_six_months():
    """Two-way and silent exactly QUIET_DAYS days: listed; a day less: not."""
    rows = [row("Bo", "Berg", "https://www.linkedin.com/in/bo")]
    messages = [
        msg("Bo Berg", "Me", 1, direction="incoming", url="https://www.linkedin.com/in/bo"),
        msg("Me", "Bo Berg", 2, direction="outgoing", to_url="https://www.linkedin.com/in/bo"),
    ]
    last = date(2025, 1, 2)
    assert (
        quiet(messages, rows, date.fromordinal(last.toordinal() + QUIET_DAYS))["went_quiet_count"]
        == 1
    )
    assert (
        quiet(messages, rows, date.fromordinal(last.toordinal() + QUIET_DAYS - 1))[
            "went_quiet_count"
        ]
        == 0
    )


def test_only_the_listed_are_built_and_they_are_the_first_of_all(tmp_path, monkeypatch):
    """With a short list, the went-quiet and unanswered lists are the first people of the
    whole lists: building only the listed ones changes no entry and no order."""
    path, _ = generate(tmp_path, rows=600, messages="2026", message_rows=1500, seed=3)
    rows = read_connections(path.read_text(encoding="utf-8")).rows
    text = beside(path, "messages", "2026").read_text(encoding="utf-8")
    exchanges = read_exchanges(text, uncounted_folders=SKIPPED_FOLDERS)
    whole = quiet_of_exchanges(exchanges, rows, date(2026, 11, 25))
    monkeypatch.setattr(quiet_module, "MAX_LISTED", 3)
    short = quiet_of_exchanges(exchanges, rows, date(2026, 11, 25))
    for group in ("went_quiet", "unanswered"):
        assert len(whole[group]) == whole[f"{group}_count"] > 3
        assert short[group] == whole[group][:3]
    assert whole["went_quiet"] == sorted(
        whole["went_quiet"],
        key=lambda p: (-p["messages"], p["last_message"], p["name"], p["profile"]),
    )
    assert whole["unanswered"] == sorted(
        whole["unanswered"], key=lambda p: (p["days_quiet"], p["name"], p["profile"])
    )
