"""The profile scorer as the page shows it: the profile typed in or loaded from LinkedIn's data
export in, the score, a per-section bar chart (with its table), the All-Star checklist and the
ranked fixes out."""

from __future__ import annotations

from ..core.guide import link
from ..core.schema import Field, Form
from ..errors import InputError
from ..export.profile import CONNECTIONS, FILES, ZIP_FIELD, merged, read_uploads
from ..export.reader import open_upload
from ..export.tables import identify
from ..scorer.fields import GOALS, PROFILE_FIELDS
from ..scorer.fixes import order_heading, waits_for
from .view import el, guide_link, meter, table

_EXPORT = "Start from your LinkedIn data export (optional)"
_CSV = ".csv,text/csv"

EXPORT_FIELDS = (
    Field(
        ZIP_FIELD,
        "The whole export (the ZIP LinkedIn sends)",
        kind="file",
        accept=".zip,application/zip," + _CSV,
        section=_EXPORT,
        widget="dropzone",
        help="Settings → Data privacy → Get a copy of your data. Read here in your browser; "
        "nothing is uploaded.",
    ),
    *(
        Field(
            spec.field,
            spec.name,
            kind="file",
            accept=_CSV,
            section=_EXPORT,
            help="Or pick single files from the unpacked export." if i == 0 else "",
        )
        for i, spec in enumerate(FILES)
    ),
)

_GOAL, _STAGE, *_REST = PROFILE_FIELDS


def _routed(uploads: dict) -> tuple[dict, str | None]:
    """The uploads, with a single CSV given where the ZIP goes moved to the input of the export
    file its header says it is (and that input's name); anything else there that is not a ZIP
    gets a message, rather than being skipped unread."""
    upload = uploads.get(ZIP_FIELD)
    if not upload:
        return uploads, None
    export = open_upload(upload, ZIP_FIELD)
    if not export.single:
        return uploads, None
    name = export.source
    kind = identify(export.text(name, ZIP_FIELD))
    spec = next((s for s in FILES if s.name == kind), None)
    if spec is None:
        said = (
            "it is LinkedIn's Connections.csv, so type your number of connections below instead"
            if kind == CONNECTIONS.name
            else f"it looks like LinkedIn's {kind}"
            if kind
            else "its first lines are none of their headers"
        )
        raise InputError(
            f"{name} is not LinkedIn's export ZIP, nor one of the files the scorer reads on their "
            f"own ({', '.join(s.name for s in FILES)}): {said}.",
            ZIP_FIELD,
        )
    if uploads.get(spec.field):  # the file picked in its own input wins, as over the ZIP's copy
        return {**uploads, ZIP_FIELD: None}, None
    return {**uploads, ZIP_FIELD: None, spec.field: upload}, spec.field


def _arguments(values: dict) -> dict:
    """The typed profile, merged over what the export says when files were given."""
    typed = {f.name: values.get(f.name) for f in PROFILE_FIELDS}
    uploads, moved = _routed({f.name: values.get(f.name) for f in EXPORT_FIELDS})
    try:
        export = read_uploads(uploads)
    except InputError as error:
        if moved is None or error.field != moved:
            raise
        raise InputError(error.message, ZIP_FIELD) from error  # shown where the file was put
    if export is None:
        return {"profile": typed}
    return {"profile": merged(export, typed)}


FORM = Form(
    name="profile-score",
    title="Score your LinkedIn profile",
    submit="Score my profile",
    description="Type in your profile, or load LinkedIn's data export and fill in what it "
    "leaves out. Everything stays in your browser.",
    fields=(_GOAL, _STAGE, *EXPORT_FIELDS, *_REST),
    arguments=_arguments,
)

EFFORT = {"quick": "Quick: minutes", "medium": "An hour or two", "ongoing": "Ongoing habit"}
_GOAL_LABEL = dict(GOALS)

# The bar chart's geometry, in SVG user units (the chart scales to its box).
_WIDTH, _ROW, _BAR, _TRACK = 320, 38, 10, 320


def _grade(share: float) -> str:
    return "good" if share >= 0.8 else "fair" if share >= 0.5 else "poor"


def _chart(sections: list[dict]) -> dict:
    """A bar per section: the track's length is the section's weight, the fill its points."""
    biggest = max(s["max"] for s in sections) or 1
    rows = []
    for i, s in enumerate(sections):
        top = i * _ROW
        track = round(_TRACK * s["max"] / biggest, 1)
        share = s["score"] / s["max"] if s["max"] else 0.0
        rows.append(
            el(
                "g",
                el("text", s["label"], x=0, y=top + 14, class_="cw-score-label"),
                el(
                    "text",
                    f"{s['score']:g} / {s['max']}",
                    x=_WIDTH,
                    y=top + 14,
                    text_anchor="end",
                    class_="cw-score-value",
                ),
                el("rect", x=0, y=top + 20, width=track, height=_BAR, class_="cw-score-track"),
                el(
                    "rect",
                    x=0,
                    y=top + 20,
                    width=round(track * share, 1),
                    height=_BAR,
                    class_=f"cw-score-fill cw-score-{_grade(share)}",
                ),
                data_section=s["id"],
            )
        )
    return el(
        "svg",
        el("title", "Points by section"),
        el(
            "desc",
            "Each bar is one section of the profile: its length is what the section is worth, "
            "the filled part the points it earned. The table below has the same numbers.",
        ),
        *rows,
        viewBox=f"0 0 {_WIDTH} {len(sections) * _ROW}",
        role="img",
        aria_label="Bar chart of points by section; the table below has the same numbers.",
        focusable="false",
        class_="cw-score-chart",
    )


def _sections_table(sections: list[dict]) -> dict:
    """The chart's numbers as a table (for screen readers, and anyone who prefers numbers)."""
    rows = [[s["label"], f"{s['score']:g}", str(s["max"])] for s in sections]
    return el(
        "details",
        el("summary", "The chart as a table"),
        table("Points by section", ["Section", "Points", "Out of"], rows, class_="cw-score-table"),
    )


def _section_notes(sections: list[dict]) -> dict:
    """What was seen in each section, and where the guide explains how to improve it."""
    items = []
    for s in sections:
        items.append(el("dt", f"{s['label']}: {s['score']:g} of {s['max']}", data_section=s["id"]))
        items.append(
            el(
                "dd",
                el("ul", *(el("li", note) for note in s["notes"])),
                guide_link(s["guide"], "How to improve it") if s["score"] < s["max"] else None,
            )
        )
    return el("dl", *items, class_="cw-score-notes")


def _checklist(result: dict) -> dict:
    items = [
        el(
            "li",
            el("span", "Done" if item["ok"] else "Missing", class_="cw-badge"),
            " ",
            item["label"][:1].upper() + item["label"][1:],
            " ",
            None if item["ok"] else guide_link(item["guide"]),
            class_="cw-check " + ("cw-ok" if item["ok"] else "cw-fail"),
            data_item=item["id"],
            data_ok="true" if item["ok"] else "false",
        )
        for item in result["all_star_checklist"]
    ]
    verdict = (
        "Your profile meets every item of the All-Star checklist."
        if result["all_star"]
        else f"{len(result['all_star_missing'])} of {len(items)} All-Star items missing."
    )
    return el(
        "section",
        el("h3", "All-Star checklist"),
        el("p", verdict),
        el("ul", *items, class_="cw-checks"),
        el("p", result["all_star_note"], class_="cw-help"),
        guide_link(link("all-star"), "About the All-Star checklist"),
        class_="cw-allstar",
    )


def _fix_item(fix: dict) -> dict:
    return el(
        "li",
        el("strong", f"+{fix['gain']:g} point{'' if fix['gain'] == 1 else 's'}"),
        " ",
        fix["title"] + ":" if fix.get("steps") else fix["message"],
        " ",
        el("span", EFFORT.get(fix["effort"], fix["effort"]), class_="cw-badge cw-effort"),
        " ",
        guide_link(fix["guide"], "How"),
        el("ul", *(el("li", step["text"], data_step=step["id"]) for step in fix["steps"]))
        if fix.get("steps")
        else None,
        data_fix=fix["id"],
        data_gain=fix["gain"],
    )


def _fixes(fixes: list[dict]) -> dict:
    """The fixes that count now, then (under their own heading) those that count once a
    ceiling is lifted; ten at most."""
    if not fixes:
        return el("section", el("h3", "Fixes"), el("p", "Nothing left that would raise the score."))
    shown = fixes[:10]
    now = [f for f in shown if not f.get("after")]
    later = [f for f in shown if f.get("after")]
    more = len(fixes) - len(shown)
    return el(
        "section",
        el("h3", order_heading(now)),
        el("ol", *(_fix_item(f) for f in now), class_="cw-fixes"),
        el("p", waits_for(later[0]["after"]) + " Then:", class_="cw-help") if later else None,
        el("ol", *(_fix_item(f) for f in later), start=len(now) + 1, class_="cw-fixes")
        if later
        else None,
        el("p", f"{more} smaller fixes not shown.", class_="cw-help") if more > 0 else None,
    )


def present(result: dict) -> dict:
    """Score and level, the chart and its table, the All-Star checklist, the fixes."""
    export_notes = result.get("export_notes") or []
    return el(
        "div",
        el(
            "p",
            el("span", str(result["score"]), class_="cw-score-number"),
            "/100 · ",
            el("span", result["level"], class_="cw-score-level"),
            class_="cw-score-head",
        ),
        meter("Profile score", result["score"], low=30, high=75),
        el(
            "p",
            f"Weighted for: {_GOAL_LABEL.get(result['goal'], result['goal']).lower()}; "
            f"advice for: {result['stage_label'].lower()} ({result['stage_why']}).",
            class_="cw-help",
            data_stage=result["stage"],
        ),
        el(
            "p",
            f"Held at {result['ceiling']['most']} at most: {result['ceiling']['reason']}",
            class_="cw-ceiling",
            data_ceiling=result["ceiling"]["id"],
        )
        if result.get("ceiling")
        else None,
        el(
            "div",
            *(el("p", warning, class_="cw-warning") for warning in result.get("warnings") or []),
            class_="cw-score-warnings",
            role="status",
        )
        if result.get("warnings")
        else None,
        _fixes(result["fixes"]),
        _checklist(result),
        el(
            "section",
            el("h3", "Section by section"),
            el("div", _chart(result["sections"]), class_="cw-score-bars"),
            _sections_table(result["sections"]),
            _section_notes(result["sections"]),
        ),
        el(
            "section",
            el("h3", "What the export could not see"),
            el("ul", *(el("li", note) for note in export_notes)),
            class_="cw-export-notes",
        )
        if export_notes
        else None,
        class_="cw-profile-score",
    )
