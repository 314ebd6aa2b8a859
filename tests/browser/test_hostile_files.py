"""Hostile files in every file input of every tool that takes files: empty and bomb ZIPs,
binary data, bad encodings, the wrong export file, markup in every cell and empty files each
get the very answer CPython gives (a result, or a clear message), create no markup, run no
script, and leave the form and its worker working for a good file afterwards.

The tools are those whose form (in the package's widget registry) has a file field, checked
against the built site; their file inputs, and the export file each one expects (from its
label), are discovered in the page. Every case goes into every input: the page's ``accept``
is only a hint, and a reader can pick any file anywhere.
"""

from __future__ import annotations

import base64
import csv
import functools
import io
import random
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from connectwisely import InputError, widgets
from connectwisely.export import archive as export_limits
from tests.support.zips import zipped

from .conftest import wait_state

pytestmark = pytest.mark.browser
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MARKUP = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>" onmouseover="window.__xss=3'
ZIP = "the export ZIP"  # the target of an input that takes the whole export
EXTRA_SAMPLES = {  # export files a tool reads that tests/samples has no copy of
    "Certifications.csv": b"Name,Url,Authority,Started On,Finished On,License Number\n"
    b"Certified Data Engineer,,Data Guild,Mar 2022,,CDE-1\n",
    "messages.csv": b"CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,"
    b"SUBJECT,CONTENT,FOLDER\n2-abc,,Dagny Solberg,,Maren Okafor,2025-11-21 16:02:00 UTC,,"
    b"Hi Maren!,INBOX\n",
}
GOOD_ZIP_NAME = "Basic_LinkedInDataExport_11-25-2026.zip"


def file_tools() -> list[str]:
    """The tools whose form has a file field, from the package's own widget registry."""

    def has_file(fields) -> bool:
        return any(f.kind == "file" or has_file(f.fields) for f in fields)

    return sorted(name for name in widgets.MODULES if has_file(widgets.form(name).fields))


FILE_TOOLS = file_tools()


# -- the hostile files -------------------------------------------------------------------------


def sample(name: str) -> bytes:
    path = SAMPLES / name
    return path.read_bytes() if path.exists() else EXTRA_SAMPLES[name]


def header_line(name: str) -> str:
    """The sample's header row (below any notes preamble), as a CSV line."""
    for line in sample(name).decode("utf-8").splitlines():
        if ("," in line and not line.startswith('"')) or line.strip() == "Name":
            return line
    raise AssertionError(f"no header in the sample {name}")


@functools.cache
def zeros_zip(size: int, declared: int | None = None) -> bytes:
    """A ZIP holding Connections.csv of ``size`` zero bytes, deflated (streamed, so the zeros
    never sit in memory); with ``declared``, both its headers claim that size instead: a bomb
    that hides how far it inflates."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("Connections.csv", "w") as member,
    ):
        block = bytes(1 << 20)
        for _ in range(size >> 20):
            member.write(block)
    data = bytearray(buffer.getvalue())
    if declared is not None:
        struct.pack_into("<I", data, 22, declared)  # the local header's uncompressed size
        struct.pack_into("<I", data, data.rfind(b"PK\x01\x02") + 24, declared)  # the central's
    return bytes(data)


BOMB = export_limits.MAX_INFLATED_BYTES + (10 << 20)


def markup_csv(target: str) -> bytes:
    """The target's header, then rows with markup in every cell."""
    header = next(csv.reader([header_line(target)]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for _ in range(3):
        writer.writerow([MARKUP] * len(header))
    return buffer.getvalue().encode("utf-8")


def not_utf8(target: str) -> bytes:
    """The target's header, then rows of bytes that are neither UTF-8 nor Windows-1252 text."""
    return header_line(target).encode() + b"\n" + (b"\x81\x8d\x8f\x90\x9d," * 40 + b"\n") * 20


def png() -> bytes:
    noise = random.Random(7).randbytes(4096)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise


def other_file(target: str) -> str:
    """A real export file that is not ``target``."""
    return "Invitations.csv" if target != "Invitations.csv" else "messages.csv"


def markup_zip() -> bytes:
    members = {name: markup_csv(name) for name in (*export_csvs(), "Connections.csv")}
    return zipped({**members, MARKUP + ".csv": b"a,b\n"})


def export_csvs() -> list[str]:
    names = [p.name for p in SAMPLES.glob("*.csv")]
    return sorted({*names, *(n for n in EXTRA_SAMPLES if n != "messages.csv")})


@dataclass(frozen=True)
class Case:
    """A hostile file for an input expecting ``target`` (an export file's name, or ZIP):
    ``make`` gives its name and bytes; ``state`` is the answer it must get (None: whichever
    CPython gives); ``words`` what the message must say."""

    make: Callable[[str], tuple[str, bytes]]
    state: str | None
    words: Callable[[str], tuple[str, ...]] = lambda target: ()


CASES = {
    "empty zip": Case(lambda t: ("export.zip", zipped({})), "error", lambda t: ("empty ZIP",)),
    "zip bomb": Case(
        lambda t: ("export.zip", zeros_zip(BOMB)),
        "error",
        lambda t: (f"export.zip would unpack to {BOMB / 1e6:,.0f} MB", "it was not opened"),
    ),
    "zip bomb, one member past the limit": Case(
        lambda t: ("export.zip", zeros_zip(export_limits.MAX_FILE_BYTES + (1 << 20))),
        "error",
        lambda t: ("Connections.csv in export.zip unpacks to more than a sane size",),
    ),
    "zip bomb, sizes forged": Case(
        lambda t: ("export.zip", zeros_zip(100 << 20, declared=1_000)),
        "error",
        lambda t: ("Connections.csv in export.zip could not be unpacked",),
    ),
    "binary named Connections.csv": Case(
        lambda t: ("Connections.csv", png()), "error", lambda t: ("is not a text file",)
    ),
    "invalid utf-8": Case(
        lambda t: (
            ("export.zip", zipped({"Connections.csv": not_utf8("Connections.csv")}))
            if t == ZIP
            else (t, not_utf8(t))
        ),
        "error",
        lambda t: ("is not readable text (not UTF-8)",),
    ),
    "another export file": Case(
        lambda t: (
            ("export.zip", zipped({"Invitations.csv": sample("Invitations.csv")}))
            if t == ZIP
            else (other_file(t), sample(other_file(t)))
        ),
        "error",
        lambda t: ("export.zip holds",) if t == ZIP else (other_file(t), f"LinkedIn's {t}"),
    ),
    "markup in every cell": Case(
        lambda t: ("export.zip", markup_zip()) if t == ZIP else (t, markup_csv(t)), None
    ),
    "empty file": Case(
        lambda t: ("export.zip" if t == ZIP else t, b""), "error", lambda t: ("empty",)
    ),
}


def good_zip() -> bytes:
    """The sample export, as LinkedIn sends it: a ZIP with a top folder."""
    folder = GOOD_ZIP_NAME.removesuffix(".zip")
    return zipped({f"{folder}/{name}": sample(name) for name in export_csvs()})


# -- what CPython answers ----------------------------------------------------------------------


def members(name: str, data: bytes) -> list[str]:
    """The names inside a ZIP (none for anything else)."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return []
    return zipfile.ZipFile(io.BytesIO(data)).namelist()


def record(name: str, data: bytes) -> dict:
    return {"name": name, "size": len(data), "base64": base64.b64encode(data).decode()}


# Inputs that only add to the main export (an earlier export to compare with): they are tried
# with the good export in the main input beside them.
COMPANIONS = {"earlier_csv": "export_zip"}


def beside(field: str) -> dict[str, tuple[str, bytes]]:
    """The other inputs a trial of ``field`` fills: the good export for a companion input."""
    main = COMPANIONS.get(field)
    return {main: (GOOD_ZIP_NAME, good_zip())} if main else {}


def cpython(tool: str, field: str, name: str, data: bytes) -> tuple[str, str, dict]:
    """("done", "", headline) or ("error", message, {}) as the package answers in CPython."""
    given = {other: record(*file) for other, file in beside(field).items()}
    try:
        answer = widgets.submit(tool, {**given, field: record(name, data)})
    except InputError as error:
        return "error", error.message, {}
    return "done", "", {key: str(value) for key, value in answer["headline"].items()}


# -- the page ----------------------------------------------------------------------------------

FILE_INPUTS = """form => [...form.querySelectorAll('input[type=file]')].map((input) => ({
  name: input.name, accept: input.accept,
  label: input.labels && input.labels.length ? input.labels[0].textContent.trim() : "" }))"""


def target_of(label: str, accept: str) -> str | None:
    """The export file an input asks for: the CSV its label names, else the ZIP."""
    if found := re.findall(r"\w+\.csv", label):  # "An earlier Connections.csv (optional)"
        return found[-1]
    return ZIP if ".zip" in accept else None


@pytest.fixture(scope="module")
def file_inputs(browser, all_pages) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """Each tool with file inputs in the built site: its page and its inputs (name, target)."""
    page = browser.new_page()
    found = {}
    for url in all_pages:
        if "/tools/" not in url:
            continue
        page.goto(url)
        for widget in page.eval_on_selector_all(
            "form[data-widget]", "forms => forms.map(f => f.dataset.widget)"
        ):
            inputs = page.eval_on_selector(f'form[data-widget="{widget}"]', FILE_INPUTS)
            if inputs:
                found[widget] = (
                    url,
                    [(i["name"], target_of(i["label"], i["accept"])) for i in inputs],
                )
    page.close()
    return found


@pytest.fixture(scope="module")
def tool_page(browser, file_inputs):
    """The tool's page, one per tool for the module (its Python boots once)."""
    context = browser.new_context()
    pages = {}

    def open_tool(tool: str):
        if tool not in pages:
            page = context.new_page()
            page.goto(file_inputs[tool][0])
            selector = f'form[data-widget="{tool}"]'
            page.locator(selector).scroll_into_view_if_needed()  # Python starts when seen
            wait_state(page, selector, ("ready",), timeout=120_000)
            pages[tool] = page
        return pages[tool]

    yield open_tool
    context.close()


@dataclass
class Outcome:
    """What one input made of one hostile file, and of the good export just after it."""

    field: str
    target: str
    name: str
    data: bytes
    expected: tuple[str, str, dict]
    state: str
    message: str
    headline: dict
    xss: object
    markup: int
    as_text: bool
    after: str
    after_headline: dict
    good: tuple[str, str, dict]


def choose(page, form: str, field: str, name: str, data: bytes) -> None:
    """``field`` given the file (and a companion input the good export); the others empty."""
    for other in page.eval_on_selector_all(
        f"{form} input[type=file]", "inputs => inputs.map(i => i.name)"
    ):
        page.set_input_files(f"{form} input[name={other}]", [])
    for target, (file_name, file_data) in {**beside(field), field: (name, data)}.items():
        mime = "application/zip" if file_name.endswith(".zip") else "text/csv"
        page.set_input_files(
            f"{form} input[name={target}]",
            files=[{"name": file_name, "mimeType": mime, "buffer": file_data}],
        )


def send(page, form: str) -> str:
    """Submit and wait for this submission's own answer."""
    page.eval_on_selector(form, "f => { f.dataset.state = 'probe'; f.requestSubmit(); }")
    return wait_state(page, form, ("done", "error"), timeout=120_000)


HEADLINE = "f => ({ verdict: f.dataset.verdict, score: f.dataset.score, total: f.dataset.total })"


def headline(page, form: str) -> dict:
    return {k: v for k, v in page.eval_on_selector(form, HEADLINE).items() if v is not None}


@pytest.fixture(scope="module")
def trial(tool_page, file_inputs):
    """``trial(case, tool)``: each of the tool's file inputs given the case's file, then the
    good export; run once per case and tool, whichever property test asks first."""
    good = good_zip()

    @functools.cache
    def run(case_id: str, tool: str) -> tuple[Outcome, ...]:
        page = tool_page(tool)
        form = f'form[data-widget="{tool}"]'
        outcomes = []
        for field, target in file_inputs[tool][1]:
            name, data = CASES[case_id].make(target)
            choose(page, form, field, name, data)
            state = send(page, form)
            message = page.inner_text(f"{form} .cw-form-error") if state == "error" else ""
            shown = headline(page, form) if state == "done" else {}
            xss = page.evaluate("window.__xss")
            markup = page.locator(f"{form} :is(img, script, iframe, object, embed)").count()
            as_text = "<img src=x onerror=" in page.inner_text(form)
            choose(page, form, field, GOOD_ZIP_NAME, good)
            after = send(page, form)
            outcomes.append(
                Outcome(
                    field=field,
                    target=target,
                    name=name,
                    data=data,
                    expected=cpython(tool, field, name, data),
                    state=state,
                    message=message,
                    headline=shown,
                    xss=xss,
                    markup=markup,
                    as_text=as_text,
                    after=after,
                    after_headline=headline(page, form),
                    good=cpython(tool, field, GOOD_ZIP_NAME, good),
                )
            )
            print(f"{case_id} | {tool} | {field} | {state} | {message or shown}")
        return tuple(outcomes)

    return run


# -- the properties ----------------------------------------------------------------------------

parametrized = pytest.mark.parametrize(
    ("case", "tool"), [(c, t) for c in CASES for t in FILE_TOOLS], ids=lambda v: v
)


def test_every_tool_that_takes_files_is_in_the_table(file_inputs):
    """The tools with file inputs in the built pages are exactly those the registry says take
    files, and each input says (by its label or what it accepts) which file it wants."""
    assert sorted(file_inputs) == FILE_TOOLS and FILE_TOOLS
    for tool, (_, inputs) in file_inputs.items():
        assert inputs and all(target for _, target in inputs), (tool, inputs)


@parametrized
def test_a_hostile_file_gets_the_answer_cpython_gives(trial, case, tool):
    """Each input answers "done" or "error" as the package in CPython does for the same file:
    a result with the same headline figure, or the same message; where the behaviour is known
    (the case's state), it is that one."""
    for o in trial(case, tool):
        assert (o.state, o.message, o.headline) == o.expected, (o.field, o.name)
        if CASES[case].state:
            assert o.state == CASES[case].state, (o.field, o.message)
        assert o.state == "error" or o.headline, o.field


@parametrized
def test_a_refused_file_gets_a_clear_message(trial, case, tool):
    """A refused file's message is plain words, not a traceback or the internal-error line;
    it names the file and says what is wrong (the case's words: empty, too large, not text,
    not UTF-8, which file it is)."""
    for o in trial(case, tool):
        if o.state != "error":
            continue
        assert o.message.strip(), o.field
        assert "Traceback" not in o.message and "Something went wrong" not in o.message
        assert "Error:" not in o.message and "Exception" not in o.message, o.message
        for words in CASES[case].words(o.target):
            assert words in o.message, (o.field, o.message)
        named = (o.name, *(n.rsplit("/", 1)[-1] for n in members(o.name, o.data)))
        assert any(n in o.message for n in named) or "Choose LinkedIn's" in o.message, o.message


@parametrized
def test_a_hostile_file_creates_no_markup_and_runs_no_script(trial, case, tool):
    """Whatever the file holds, nothing in the form is an img, script, iframe, object or
    embed built from it, and ``window.__xss`` stays undefined; markup from the cells that
    reaches the page is shown as text."""
    outcomes = trial(case, tool)
    for o in outcomes:
        assert o.xss is None, o.field
        assert o.markup == 0, o.field
    if case == "markup in every cell":
        assert any(o.as_text for o in outcomes)


@parametrized
def test_the_form_still_works_after_a_hostile_file(trial, case, tool):
    """Right after each hostile file, the good sample export in the same input gets its
    result: the page and its worker survived."""
    for o in trial(case, tool):
        assert o.after == "done", o.field
        assert ("done", "", o.after_headline) == o.good, o.field
