"""Field schemas, written once: the plugin renders them as HTML forms at build time, and the
same records check the API's input (typed JSON) and coerce a submitted form (strings) at
run time."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..errors import InputError
from .dates import MONTH_PATTERN, read_month
from .text import clean, split_items, utf16_len

KINDS = ("text", "textarea", "int", "bool", "choice", "month", "list", "file", "group")
INT_PATTERN = r"\s*[0-9][0-9, ]*\+?\s*"  # "1,200", "500+": the form's whole numbers
MAX_TEXT = 100_000  # characters: a pasted profile is a few thousand; this bounds the work


@dataclass(frozen=True)
class Field:
    """One input: its API key (also the form field's ``name``), label and rules."""

    name: str
    label: str
    kind: str = "text"
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (value, label)
    default: object = None
    required: bool = False
    max_length: int = MAX_TEXT
    minimum: int | None = 0
    maximum: int | None = None
    placeholder: str = ""
    fields: tuple[Field, ...] = ()  # kind "group": the fields of one entry
    rows: int = 1  # kind "group": entries shown at first; kind "textarea": height hint
    max_rows: int = 30  # kind "group" and "list": the most entries accepted
    accept: str = ""  # kind "file": what the file picker offers
    widget: str = ""  # rendering hint: "radio" for a choice shown as radio buttons
    section: str = ""  # fields with the same section share a fieldset
    remember: bool = False  # the page may keep the value on the device, only if the reader asks

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown field kind {self.kind!r} for {self.name!r}")

    # -- the messages a reader sees, one wording for Python and the page's own checks ----
    def messages(self, where: str = "") -> dict[str, str]:
        """What is wrong, by problem: ``missing``, ``pattern`` (the value's form), ``over``
        and ``under`` (a number's range). The page shows the same
        words before Python starts (forms_html renders them beside the constraints)."""
        label = self.label
        out = {"missing": f"{label} is needed."}
        if self.kind == "month":
            out["pattern"] = f"{label} must be a month, like 2024-03, Mar 2024 or 03/2024."
        if self.kind == "int":
            out["pattern"] = f"{label} must be a whole number, like 12."
            if self.minimum is not None:
                out["under"] = f"{label} cannot be less than {self.minimum}."
            if self.maximum is not None:
                out["over"] = f"{label} cannot be more than {self.maximum:,}."
        return out

    @property
    def pattern(self) -> str | None:
        """The value's form as an HTML ``pattern`` (a loose guard; Python reads it exactly)."""
        return {"int": INT_PATTERN, "month": MONTH_PATTERN}.get(self.kind)

    # -- typed values (the public API) ---------------------------------------------------
    def check(self, value: object, where: str = "") -> object:
        """``value`` as the API accepts it, or InputError saying what is wrong."""
        label = where + self.name
        if value is None:
            return None
        kind = self.kind
        if kind in ("text", "textarea", "month", "file"):
            if not isinstance(value, str):
                raise InputError(f"{self.label} must be text.", label)
            value = clean(value)
            if utf16_len(value) > self.max_length:
                raise InputError(
                    f"{self.label} is too long: {utf16_len(value):,} characters, "
                    f"the most this tool reads is {self.max_length:,}.",
                    label,
                )
            if kind == "month" and value:
                month = read_month(value)
                if month is None:
                    raise InputError(self.messages()["pattern"], label)
                return month
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                else:
                    raise InputError(f"{self.label} must be a whole number.", label)
            if self.minimum is not None and value < self.minimum:
                raise InputError(self.messages()["under"], label)
            if self.maximum is not None and value > self.maximum:
                raise InputError(self.messages()["over"], label)
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                raise InputError(f"{self.label} must be true or false.", label)
            return value
        if kind == "choice":
            allowed = [v for v, _ in self.choices]
            if isinstance(value, bool) or value not in allowed:
                shown = ", ".join(str(v) for v in allowed)
                raise InputError(f"{self.label} must be one of: {shown}.", label)
            return value
        if kind == "list":
            if isinstance(value, str):
                value = split_items(value)
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError(
                    f"{self.label} must be a list of text items, or text with one item a line "
                    "or items separated by commas or semicolons (like “Python, SQL; dbt”).",
                    label,
                )
            items = [clean(v) for v in value if clean(v)]
            if len(items) > self.max_rows:
                raise InputError(f"{self.label}: at most {self.max_rows} items, please.", label)
            return items
        # group: a list of records, each checked against the group's fields
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            raise InputError(f"{self.label} must be a list of entries.", label)
        if len(value) > self.max_rows:
            raise InputError(f"{self.label}: at most {self.max_rows} entries, please.", label)
        return [check_all(self.fields, entry, f"{label}[{i}].") for i, entry in enumerate(value)]

    # -- strings from a submitted form ----------------------------------------------------
    def from_form(self, raw: object) -> object:
        """A submitted form value (strings, as the browser sends them) made typed, or None."""
        kind = self.kind
        if kind == "bool":
            return raw not in (None, "", False, "off", "false")
        if raw is None:
            return None
        if kind == "group":
            entries = [
                {f.name: f.from_form(entry.get(f.name)) for f in self.fields}
                for entry in raw
                if isinstance(entry, Mapping) and any(str(v).strip() for v in entry.values() if v)
            ]
            return entries
        if kind == "file":
            return raw  # an upload record; the tool that takes it decodes it
        if not isinstance(raw, str):
            raise InputError(f"{self.label}: unexpected value from the form.", self.name)
        text = raw.strip()
        if kind == "list":
            return split_items(text)
        if not text:
            return None
        if kind == "month":
            return read_month(text) or text  # an unreadable one gets check()'s message
        if kind == "int":
            digits = text.replace(",", "").replace("_", "").replace(" ", "").rstrip("+")
            if not re.fullmatch(r"-?\d{1,9}", digits):
                raise InputError(self.messages()["pattern"], self.name)
            return int(digits)
        if kind == "choice":
            for value, _ in self.choices:
                if str(value) == text:
                    return value
            raise InputError(f"{self.label}: choose one of the options.", self.name)
        return raw


def check_all(fields: tuple[Field, ...], data: object, where: str = "") -> dict:
    """Every known key of ``data`` checked; unknown keys dropped; defaults filled in."""
    if not isinstance(data, Mapping):
        raise InputError(
            "Expected a set of named fields (a JSON object).", where.rstrip(".") or None
        )
    out = {}
    for f in fields:
        value = f.check(data.get(f.name), where)
        if value is None or value == "" or value == []:
            if f.required:
                raise InputError(f.messages()["missing"], where + f.name)
            value = f.default
        out[f.name] = value
    return out


@dataclass(frozen=True)
class Form:
    """A tool as the page shows it: its fields, and how a submission becomes an API call.

    ``arguments`` turns the typed form values into the keyword arguments of the tool's function
    (which function, and the result's headline key, are the registry's: ``connectwisely.TOOLS``).
    """

    name: str
    title: str
    fields: tuple[Field, ...]
    submit: str = "Check"
    arguments: Callable[[dict], dict] = field(default=lambda values: values)
    live: bool = False  # answer as the reader types (debounced), not only on submit
    description: str = ""
    # The main input: the fields shown first, the submit button right under them; the rest
    # fold into a <details> per section. Empty: the drop zone, if the form has one, else the
    # first section's fields.
    main: tuple[str, ...] = ()
    # At least one of these fields must have a value, else ``needs_message`` (the tool's own
    # words for an empty submission), checked by the page before Python and by the tool.
    needs: tuple[str, ...] = ()
    needs_message: str = ""
    # What a folded section adds, for its summary: (section title, words); default its labels.
    folds: tuple[tuple[str, str], ...] = ()

    def field_named(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def main_fields(self) -> tuple[Field, ...]:
        """The fields shown above the submit button (see ``main``)."""
        if self.main:
            return tuple(f for f in self.fields if f.name in self.main)
        dropped = tuple(f for f in self.fields if f.widget == "dropzone")
        if dropped:  # a tool that reads a file: the drop zone is where the reader starts
            return dropped
        first = self.fields[0].section if self.fields else ""
        return tuple(f for f in self.fields if f.section == first)

    def from_form(self, submitted: Mapping) -> dict:
        """The API's keyword arguments for a submitted form (raw strings keyed by name)."""
        values = {f.name: f.from_form(submitted.get(f.name)) for f in self.fields}
        return self.arguments(values)
