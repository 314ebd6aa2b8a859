"""A tool's form as real HTML, rendered at build time from its field schema.

Every field gets a label, its help and an (empty) error line tied to it with
``aria-describedby``; the form works with the keyboard alone, and reads sensibly before any
script runs. The page contract (``data-widget``, ``data-state``, field ``name``s, a
``type="submit"`` button, the result area inside the form) is documented in CONTRIBUTING.md.
"""

from __future__ import annotations

from html import escape

from ..core.schema import Field, Form


def _attrs(**attrs: object) -> str:
    parts = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{escape(str(value), quote=True)}"')
    return (" " + " ".join(parts)) if parts else ""


class _Ids:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __call__(self, *parts: str) -> str:
        return "-".join([self.prefix, *parts]).replace(".", "-").replace("[", "-").replace("]", "")


def _described(ids: _Ids, f: Field, name: str) -> str:
    return " ".join(x for x in (ids(name, "help") if f.help else "", ids(name, "error")) if x)


def _constraints(f: Field) -> dict:
    """HTML's own constraint attributes from the field's rules, and the words for each broken
    one (the same ``Field.messages`` Python raises), so the page checks them before Python."""
    attrs: dict = {"required": f.required or None}
    if f.kind == "file":
        attrs["accept"] = f.accept or None
    if f.kind == "int":
        attrs["data_min"] = f.minimum
        attrs["data_max"] = f.maximum
    if f.pattern and f.kind != "int":
        attrs["pattern"] = f.pattern
    for problem, message in f.messages().items():
        if problem != "missing" or f.required:
            attrs[f"data_error_{problem}"] = message
    return attrs


def _control(f: Field, name: str, ids: _Ids) -> str:
    common = dict(
        id=ids(name),
        name=name,
        aria_describedby=_described(ids, f, name),
        data_remember=f.remember or None,
        **_constraints(f),
    )
    if f.kind == "textarea":
        return (
            f"<textarea{_attrs(**common, rows=max(f.rows, 2), placeholder=f.placeholder or None, spellcheck='true')}>"
            "</textarea>"
        )
    if f.kind == "list":
        return f"<textarea{_attrs(**common, rows=max(f.rows, 3), placeholder=f.placeholder or None)}></textarea>"
    if f.kind == "bool":
        return f'<input type="checkbox"{_attrs(**common, value="on", checked=f.default is True)}>'
    if f.kind == "int":
        return (
            f'<input type="text" inputmode="numeric" autocomplete="off"'
            f"{_attrs(**common, placeholder=f.placeholder or None, pattern=f.pattern)}>"
        )
    if f.kind == "month":
        return (
            f'<input type="text" inputmode="numeric" autocomplete="off"'
            f"{_attrs(**common, placeholder=f.placeholder or 'Mar 2024')}>"
        )
    if f.kind == "file":
        return f'<input type="file"{_attrs(**common)}>'
    if f.kind == "choice":
        options = "".join(
            f"<option{_attrs(value=value, selected=value == f.default)}>{escape(label)}</option>"
            for value, label in f.choices
        )
        if f.default is None and not f.required:
            options = '<option value="">—</option>' + options
        return f"<select{_attrs(**common)}>{options}</select>"
    value = f.default if isinstance(f.default, str) and f.default else None
    return f'<input type="text"{_attrs(**common, value=value, placeholder=f.placeholder or None, autocomplete="off")}>'


def _help_and_error(f: Field, name: str, ids: _Ids) -> str:
    help_html = (
        f'<p class="cw-help"{_attrs(id=ids(name, "help"))}>{escape(f.help)}</p>' if f.help else ""
    )
    return help_html + f'<p class="cw-error"{_attrs(id=ids(name, "error"))} hidden></p>'


def _radio_group(f: Field, name: str, ids: _Ids) -> str:
    radios = "".join(
        f'<label class="cw-radio"><input type="radio"{_attrs(name=name, value=value, checked=value == f.default, id=ids(name, str(value)))}>'
        f" {escape(label)}</label>"
        for value, label in f.choices
    )
    return (
        f'<fieldset class="cw-field cw-radios"{_attrs(aria_describedby=_described(ids, f, name))}>'
        f"<legend>{escape(f.label)}</legend>{radios}{_help_and_error(f, name, ids)}</fieldset>"
    )


def render_field(f: Field, ids: _Ids, name: str | None = None) -> str:
    name = name or f.name
    if f.kind == "choice" and f.widget == "radio":
        return _radio_group(f, name, ids)
    if f.kind == "group":
        return _group(f, ids)
    label = f"<label{_attrs(for_=ids(name))}>{escape(f.label)}</label>"
    if f.kind == "bool":
        return (
            f'<div class="cw-field cw-check-field">{_control(f, name, ids)} {label}'
            f"{_help_and_error(f, name, ids)}</div>"
        )
    count = ""
    if f.kind == "textarea" and f.widget == "count":
        count = f'<output class="cw-live-count"{_attrs(for_=ids(name), data_count_for=name)} aria-live="off"></output>'
    return (
        f'<div class="cw-field cw-{f.kind}"{_attrs(data_dropzone=f.widget == "dropzone")}>'
        f"{label}{_control(f, name, ids)}{count}"
        f"{_help_and_error(f, name, ids)}</div>"
    )


def _group(f: Field, ids: _Ids) -> str:
    entries = []
    for i in range(max(f.rows, 1)):
        inner = "".join(render_field(sub, ids, f"{f.name}.{i}.{sub.name}") for sub in f.fields)
        entries.append(
            f'<fieldset class="cw-entry"{_attrs(data_entry=i)}><legend>{escape(f.label)} {i + 1}</legend>{inner}</fieldset>'
        )
    help_html = f'<p class="cw-help">{escape(f.help)}</p>' if f.help else ""
    return (
        f'<fieldset class="cw-group"{_attrs(data_group=f.name, data_max=f.max_rows)}>'
        f"<legend>{escape(f.label)}</legend>{help_html}{''.join(entries)}"
        f'<p class="cw-error"{_attrs(id=ids(f.name, "error"))} hidden></p></fieldset>'
    )


def _sections(fields: tuple[Field, ...], ids: _Ids) -> list[tuple[str, tuple[Field, ...], str]]:
    """Consecutive fields of one section: (title, fields, their HTML)."""
    out: list[tuple[str, list[Field]]] = []
    for f in fields:
        if not out or out[-1][0] != f.section:
            out.append((f.section, []))
        out[-1][1].append(f)
    return [(t, tuple(fs), "".join(render_field(f, ids) for f in fs)) for t, fs in out]


def _what_it_adds(title: str, fields: tuple[Field, ...], folds: dict) -> str:
    """A folded section's summary: its title (else its first field's label), and what filling
    it in adds (the form's words for it, else the labels of its fields)."""
    labels = [f.label for f in fields]
    head, rest = (title, labels) if title else (labels[0], labels[1:])
    said = folds.get(title) or ", ".join(rest[:4]) + ("…" if len(rest) > 4 else "")
    what = f'<span class="cw-fold-what">{escape(said)}</span>' if said else ""
    return f'<summary><span class="cw-fold-title">{escape(head)}</span>{what}</summary>'


def render_form(form: Form, instance: int = 0, on_use: bool = False) -> str:
    """The whole ``<form data-widget=…>`` for ``form``; ``instance`` keeps ids unique on a page.

    The main input comes first and the submit button right under it; every other section
    folds into its own ``<details>``, whose summary says what it adds. ``on_use``: Python
    starts when the reader uses the form, not when it scrolls into view (a form embedded in a
    guide page, whose readers mostly never use it, downloads nothing).
    """
    ids = _Ids(f"cw-{form.name}" + (f"-{instance}" if instance else ""))
    main = form.main_fields()
    folds = dict(form.folds)
    top = "".join(
        f'<fieldset class="cw-section"><legend>{escape(title)}</legend>{html}</fieldset>'
        if title
        else html
        for title, _, html in _sections(main, ids)
    )
    rest = tuple(f for f in form.fields if f not in main)
    more = "".join(
        f'<details class="cw-fold"{_attrs(data_section=title or None)}>'
        f'{_what_it_adds(title, fields, folds)}<div class="cw-fold-body">{html}</div></details>'
        for title, fields, html in _sections(rest, ids)
    )
    description = (
        f'<p class="cw-description"{_attrs(id=ids("description"))}>{escape(form.description)}</p>'
        if form.description
        else ""
    )
    needs = dict(
        data_needs=" ".join(form.needs) or None, data_needs_message=form.needs_message or None
    )
    return (
        f'<form class="cw-widget"{_attrs(data_widget=form.name, data_state="idle", data_live="true" if form.live else None, data_start="on-use" if on_use else None, aria_labelledby=ids("title"), aria_describedby=ids("description") if form.description else None, novalidate=True, **needs)}>'
        f'<h2 class="cw-title"{_attrs(id=ids("title"))}>{escape(form.title)}</h2>'
        f"{top}"
        f'<div class="cw-actions"><button type="submit" class="md-button md-button--primary">{escape(form.submit)}</button>'
        f'<p class="cw-status" role="status" aria-live="polite"{_attrs(id=ids("status"))}>'
        "This tool runs in your browser: nothing you enter leaves this page.</p></div>"
        f'<p class="cw-form-error" role="alert"{_attrs(id=ids("error"))} hidden></p>'
        f"{more}{description}"
        f'<div class="cw-result"{_attrs(id=ids("result"), tabindex="-1", aria_label=form.title + ": result")}></div>'
        '<noscript><p class="cw-noscript">This tool needs JavaScript and WebAssembly; the guide around it '
        "works without them.</p></noscript>"
        "</form>"
    )
