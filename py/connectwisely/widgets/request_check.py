"""The request checker widget: an invitation in (typed or pasted), a verdict with its reasons out.

The form reuses the API's own field records (``checker.REQUEST_FIELDS`` and ``ME_FIELDS``), so
the page and the API validate alike. Two deliberate differences: photo and verification are
shown as Not sure / Yes / No (a checkbox cannot say "unknown", and an unknown is not a "no"),
and the reader's own context is named ``me_industry``… on the page, kept on the device only if
they tick "Remember" (see remember.js).
"""

from __future__ import annotations

from dataclasses import replace

from ..checker.check import ME_FIELDS, REQUEST_FIELDS, check_request
from ..checker.signals import BY_ID
from ..checker.verdicts import VERDICT_LABELS
from ..core.guide import link
from ..core.schema import Field, Form
from ..errors import InputError
from .view import el, guide_link, meter

_API = {f.name: f for f in REQUEST_FIELDS}
_UNSURE = (("", "Not sure"), ("yes", "Yes"), ("no", "No"))
_YES_NO = {"yes": True, "no": False}


def _in(section: str, *names: str) -> tuple[Field, ...]:
    return tuple(replace(_API[n], section=section) for n in names)


def _unsure(name: str, section: str) -> Field:
    return replace(
        _API[name], kind="choice", widget="radio", choices=_UNSURE, default="", section=section
    )


def _mine(field: Field) -> Field:
    return replace(field, name=f"me_{field.name}", section="About you (optional)", remember=True)


_PROFILE = "Their profile (whatever you can see)"
FIELDS = (
    replace(
        _API["text"], label="The invitation or profile, as copied", section="Quickest: paste it"
    ),
    *_in("Or describe it", "name", "headline", "message", "company", "location"),
    *_in(_PROFILE, "mutual_connections", "connections", "followers", "joined", "positions"),
    _unsure("has_photo", _PROFILE),
    _unsure("verified", _PROFILE),
    replace(_API["relationship"], section="You and them"),
    *(_mine(f) for f in ME_FIELDS),
)


def arguments(values: dict) -> dict:
    """Typed form values → ``check_request(request, me=)``: Not sure → unknown, empty → absent."""
    request = {}
    for name in _API:
        value = values.get(name)
        if name in ("has_photo", "verified"):
            value = _YES_NO.get(value)
        if value not in (None, "", []):
            request[name] = value
    me = {f.name: values.get(f"me_{f.name}") for f in ME_FIELDS}
    me = {k: v for k, v in me.items() if v not in (None, "", [])}
    return {"request": request, "me": me or None}


def _empty_message() -> str:
    """The checker's own words for an empty request, so the page says exactly what it would."""
    try:
        check_request({})
    except InputError as error:
        return error.message
    return ""


_DESCRIBE = ("Or describe it", _PROFILE, "You and them", "About you (optional)")
FORM = Form(
    name="request-check",
    title="Check a connection request",
    submit="Check this request",
    description="Paste the invitation, or fill in what you know. Blank fields count as unknown, "
    "never as “no”. Nothing you enter leaves your browser.",
    fields=FIELDS,
    arguments=arguments,
    needs=tuple(f.name for f in FIELDS if f.name in _API),  # any of them, as the checker asks
    needs_message=_empty_message(),
    folds=tuple(
        zip(
            _DESCRIBE,
            (
                "Type their name, headline and note instead of pasting, or add to the paste.",
                "Counts and dates from their profile: fake-account signs and trust.",
                "How you know them: real shared context counts toward accept.",
                "Your industry, interests and company: how relevant they are to you.",
            ),
            strict=True,
        )
    ),
)

_GROUPS = (("risk", "Warning signs"), ("trust", "Trust"), ("relevance", "Relevance to you"))
_BADGES = {
    "red": "Red flag",
    "scam": "Scam sign",
    "spam": "Spam",
    "fake": "Fake-profile sign",
    "caution": "Doubt",
    "note": "Note",
}
_READ_LABELS = {
    **{f.name: f.label.lower() for f in REQUEST_FIELDS},
    "degree": "degree (1st/2nd/3rd)",
}


def _badge(signal: dict) -> tuple[str, str]:
    """The badge and the flag class: a team's own signals (request_team) are named as such."""
    record = BY_ID.get(signal["id"])
    if record is None:
        badge = "Team trust" if signal["kind"] == "trust" else "Your team"
        return badge, f"team-{signal['kind']}"
    return _BADGES.get(record.flag, signal["kind"].capitalize()), record.flag


def _signal(signal: dict) -> dict:
    badge, flag = _badge(signal)
    return el(
        "li",
        el("span", badge, class_="cw-badge"),
        " ",
        signal["message"],
        el(
            "span",
            el("span", "Evidence: ", class_="cw-evidence-label"),
            signal["evidence"],
            class_="cw-evidence",
        ),
        " ",
        guide_link(signal["guide"]),
        el(
            "details",
            el("summary", "Details"),
            el("span", f"Rule {signal['id']} · weight {signal['weight']}", class_="cw-signal-meta"),
            class_="cw-signal-details",
        ),
        class_=f"cw-signal cw-flag-{flag}",
        data_signal=signal["id"],
        data_kind=signal["kind"],
    )


def _signals(result: dict) -> dict:
    sections = []
    for kind, title in _GROUPS:
        found = [s for s in result["signals"] if s["kind"] == kind]
        body = (
            el("ul", *(_signal(s) for s in found), class_="cw-signals")
            if found
            else el("p", "None found.", class_="cw-none")
        )
        sections.append(
            el(
                "section",
                el("h4", f"{title} ({len(found)})"),
                body,
                class_=f"cw-signal-group cw-{kind}",
            )
        )
    return el("div", *sections, class_="cw-signal-groups")


def _next(result: dict) -> dict:
    steps = el(
        "ol",
        *(
            el(
                "li",
                step["text"],
                " " if step["guide"] else None,
                guide_link(step["guide"], "How?") if step["guide"] else None,
            )
            for step in result["next_steps"]
        ),
        class_="cw-steps",
    )
    reply = None
    if result.get("suggested_reply"):
        reply = el(
            "div",
            el("h4", "A reply you could send"),
            el("blockquote", result["suggested_reply"], class_="cw-reply"),
            el(
                "button",
                "Copy the reply",
                class_="md-button cw-copy",
                data_action="copy",
                data_copy=result["suggested_reply"],
            ),
            class_="cw-reply-box",
        )
    return el("section", el("h3", "What to do next"), steps, reply, class_="cw-next")


_LINE_LABELS = {
    **_READ_LABELS,
    "message": "their note",
    "interface": "LinkedIn's own buttons and labels (skipped)",
    "unread": "not read: add it to a field above if it matters",
}


def _paste_lines(lines: list[dict]) -> dict | None:
    """Every pasted line and what it was read as, so nothing is dropped unseen."""
    if not lines:
        return None
    items = [
        el(
            "li",
            el("code", line["text"]),
            " → ",
            ", ".join(_LINE_LABELS.get(k.strip(), k.strip()) for k in line["read_as"].split(",")),
            data_read_as=line["read_as"],
        )
        for line in lines
    ]
    return el(
        "details",
        el("summary", "How each pasted line was read"),
        el("ul", *items),
        class_="cw-paste-lines",
    )


def present(result: dict) -> dict:
    """Verdict badge and summary, the two meters, what to do next, then every signal by kind."""
    verdict = result["verdict"]
    read = result.get("fields_read") or []
    return el(
        "div",
        el(
            "p",
            el(
                "strong",
                VERDICT_LABELS[verdict],
                class_=f"cw-verdict cw-verdict-{verdict}",
                data_verdict=verdict,
            ),
            " ",
            el("span", result["summary"], class_="cw-summary"),
            class_="cw-verdict-line",
        ),
        el(
            "p",
            result["why"],
            " ",
            guide_link(link("verdicts"), "How the checker decides"),
            class_="cw-why",
        ),
        el(
            "div",
            meter("Risk", result["risk"], class_="cw-risk"),
            meter("Relevance", result["relevance"], class_="cw-relevance"),
            class_="cw-meters",
        ),
        el(
            "p",
            "Read from your paste: " + ", ".join(_READ_LABELS.get(k, k) for k in read) + ".",
            class_="cw-read",
        )
        if read
        else None,
        _paste_lines(result.get("paste_lines") or []),
        _next(result),
        el("h3", "Every signal behind the verdict"),
        _signals(result),
        class_="cw-request-check",
    )


__all__ = ["FORM", "arguments", "present"]
