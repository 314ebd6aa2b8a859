"""The network review widget: LinkedIn's export ZIP (or its files one by one, and an earlier
export) in; the date used, figures, advice, charts with their tables, lists of people with
profile links and note drafts, the triaged invitations, a CSV per list and a print view out.

The views live beside it: ``network_figures`` (numbers and charts), ``network_people`` (lists
of people), ``network_invitations`` (the triage)."""

from __future__ import annotations

from ..core.schema import Field, Form
from ..errors import InputError
from ..export.connections import FILENAME, check_header
from ..export.invitations import FILENAME as INVITATIONS
from ..export.invitations import check_header as check_invitations_header
from ..export.messages import FILENAME as MESSAGES
from ..export.messages import check_header as check_messages_header
from ..export.reader import open_upload
from ..network.review import FIELDS, export_texts
from .network_figures import advice, as_of, companies, figures, growth, roles
from .network_invitations import download, invitations, pending
from .network_people import people_sections
from .view import el

EXPORT_ZIP = Field(
    "export_zip",
    "Drop LinkedIn's export ZIP here or choose it",
    kind="file",
    accept=".zip,application/zip,.csv,text/csv",
    widget="dropzone",
    help="The file LinkedIn sends you, named like Basic_LinkedInDataExport_11-25-2026.zip. "
    "It is opened here, in your browser.",
)
UPLOADS = ("export_zip", "connections_csv", "invitations_csv", "messages_csv")
NO_FILE = "Choose LinkedIn's export ZIP, or the Connections.csv inside it."
CHOICES = ("interests", "company", "min_years", "today")


def _text_of(upload: object, field: str) -> tuple[str, bool, dict[str, str | None]]:
    """The upload's name, whether it is a ZIP, and the export texts it holds."""
    export = open_upload(upload, field)
    return export.source, not export.single, export_texts(export, field)


def _single(field: str, name: str, text: str, found: dict) -> None:
    """A CSV chosen on its own, in the slot for ``field``."""
    if field == "invitations_csv":
        check_invitations_header(text, name, field)
        found["invitations_csv"] = text
    elif field == "messages_csv":
        check_messages_header(text, name, field)
        found["messages_csv"] = text
    else:
        check_header(text, name, field)
        found["connections_csv"] = text


def _arguments(values: dict) -> dict:
    """Uploads to ``review_network``'s texts, each file's header checked under its own name.

    The ZIP gives every file it holds; a file chosen on its own takes the place of the ZIP's
    copy. The ZIP's name dates the review unless the reader gives a date.
    """
    found: dict = {"connections_csv": None, "invitations_csv": None, "messages_csv": None}
    export_name = None
    for field in UPLOADS:
        if not values.get(field):
            continue
        name, zipped, texts = _text_of(values[field], field)
        if not zipped:
            _single(field, name, texts[FILENAME], found)
            continue
        export_name = name
        check_header(texts[FILENAME], f"{FILENAME} in {name}", field)
        if field == "export_zip" or found["connections_csv"] is None:
            found["connections_csv"] = texts[FILENAME]
        if texts[INVITATIONS] is not None:
            check_invitations_header(texts[INVITATIONS], f"{INVITATIONS} in {name}", field)
            found["invitations_csv"] = texts[INVITATIONS]
        if texts[MESSAGES] is not None and found["messages_csv"] is None:
            found["messages_csv"] = texts[MESSAGES]
    if values.get("earlier_csv"):  # read first: a broken earlier file gets its own message
        name, zipped, texts = _text_of(values["earlier_csv"], "earlier_csv")
        shown = f"{FILENAME} in {name}" if zipped else name
        check_header(texts[FILENAME], shown, "earlier_csv")
        found["earlier_csv"] = texts[FILENAME]
    if found["connections_csv"] is None:
        raise InputError(NO_FILE, "export_zip")
    choices = {key: values.get(key) for key in CHOICES if values.get(key) not in (None, "")}
    return {**found, **choices, "export_name": export_name}


FORM = Form(
    name="network-review",
    title="Review your network",
    submit="Review my network",
    description="Nothing is uploaded: your files are read by Python running in this page, "
    "and they never leave your device.",
    fields=(EXPORT_ZIP, *FIELDS),
    arguments=_arguments,
    needs=(*UPLOADS, "earlier_csv"),  # no file at all; with any, Python names what is wrong
    needs_message=NO_FILE,
)


def print_button() -> dict:
    return el(
        "button",
        "Print or save as PDF",
        type="button",
        class_="md-button",
        data_action="print",
    )


def present(result: dict) -> dict:
    """The date used, headline figures and advice first; then charts, people and invitations."""
    return el(
        "div",
        el("p", result["summary"], class_="cw-summary"),
        as_of(result),
        figures(result),
        advice(result),
        growth(result),
        companies(result),
        roles(result),
        people_sections(result),
        invitations(result),
        pending(result),
        el("p", download(result), " ", print_button(), class_="cw-save"),
        class_="cw-network",
    )
