"""Field schemas, written once: the plugin renders them as HTML forms at build time, and the
same records check the API's input (typed JSON) and coerce a submitted form (strings) at
run time."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..errors import InputError
from .text import clean, split_items, utf16_len

KINDS = ("text", "textarea", "int", "bool", "choice", "month", "list", "file", "group")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
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
            if kind == "month" and value and not _MONTH.match(value):
                raise InputError(
                    f"{self.label} must be a month written YYYY-MM, like 2024-03.", label
                )
            return value
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                else:
                    raise InputError(f"{self.label} must be a whole number.", label)
            if self.minimum is not None and value < self.minimum:
                raise InputError(f"{self.label} cannot be less than {self.minimum}.", label)
            if self.maximum is not None and value > self.maximum:
                raise InputError(f"{self.label} cannot be more than {self.maximum:,}.", label)
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
        if kind == "int":
            digits = text.replace(",", "").replace("_", "").replace(" ", "").rstrip("+")
            if not re.fullmatch(r"-?\d{1,9}", digits):
                raise InputError(f"{self.label} must be a whole number, like 12.", self.name)
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
                raise InputError(f"{f.label} is needed.", where + f.name)
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

    def field_named(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def from_form(self, submitted: Mapping) -> dict:
        """The API's keyword arguments for a submitted form (raw strings keyed by name)."""
        values = {f.name: f.from_form(submitted.get(f.name)) for f in self.fields}
        return self.arguments(values)
