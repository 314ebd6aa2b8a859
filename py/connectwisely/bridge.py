"""The one door the browser's worker uses: ``call(name, payload_json) -> result_json``.

JSON in, JSON out, and only the names in ``CALLS``. An ``InputError`` comes back as a message
for the reader (with the field it concerns); any other exception comes back as a short internal
error, so the worker survives every failed call.
"""

from __future__ import annotations

import inspect
import json
import traceback
from importlib import import_module

from . import TOOLS
from .errors import InputError

# Each public function, and ``submit``: a page form's values in, its result and view out.
CALLS = (*(tool.function for tool in TOOLS), "submit")


def _function(name: str):
    if name == "submit":
        return import_module("connectwisely.widgets").submit
    return getattr(import_module("connectwisely"), name)


def _invoke(name: str, payload: object) -> object:
    if name not in CALLS:
        raise InputError(f"{name!r} is not something this page can ask for.")
    if not isinstance(payload, dict):
        raise InputError("The request must be a JSON object of named arguments.")
    func = _function(name)
    params = inspect.signature(func).parameters
    unknown = sorted(set(payload) - set(params))
    if unknown:
        raise InputError(f"Unknown argument(s) for {name}: {', '.join(unknown)}.")
    return func(**payload)


_REHEARSED: set[str] = set()  # the widgets prepare has rehearsed in this process


def prepare(widget: str) -> None:
    """Import what the page's tool ``widget`` needs, then rehearse it once on its form's own
    placeholders, so its first answer is as fast as later ones: the modules imported and the
    patterns a first call compiles (``re`` caches them) compiled. A text area with no
    placeholder (the request's note) gets its own label, so the paths that read free text run
    too. The worker runs this before it says ready, and again for each form when the page
    listens: only the first rehearsal runs (a second would hold up the reader's first answer by
    a whole call). Warming never fails: a rehearsal the tool refuses is simply over."""
    widgets = import_module("connectwisely.widgets")
    widgets.prepare(widget)
    if widget not in widgets.MODULES or widget in _REHEARSED:
        return
    _REHEARSED.add(widget)
    fields = [f for f in widgets.form(widget).fields if f.kind in ("text", "textarea")]
    example = {f.name: f.placeholder for f in fields if f.placeholder}
    example |= {f.name: f.label for f in fields if f.kind == "textarea" and not f.placeholder}
    try:
        widgets.submit(widget, example)
    except Exception:  # an optimization: the real call reports its own errors
        return


def use_precompiled_patterns() -> int:
    """Have ``re.compile`` take the tools' patterns from the wheel's table, compiled at build
    time for this very runtime (:mod:`connectwisely.core.precompiled`: 0.4 s less before
    ready); returns how many it holds: 0 where there is no table or it was built for another
    runtime (then ``re`` compiles as usual). The worker calls it before :func:`prepare`."""
    import os

    from . import __file__ as package_file
    from . import __spec__ as package_spec
    from .core import precompiled

    path = os.path.join(os.path.dirname(package_file), precompiled.TABLE)
    try:
        data = package_spec.loader.get_data(path)
    except OSError:
        return 0
    return precompiled.install(data)


def precompiled_report() -> str:
    """JSON: how many patterns the table holds, how many were used, and which used ones differ
    from what this runtime's own ``re`` compiles (a browser test requires none)."""
    from .core import precompiled

    return json.dumps(precompiled.report())


def bytecode_compiler(mounted_at: str):
    """A :class:`~connectwisely.core.bytecode.ArchiveCompiler` for the archive Python imports
    from at ``mounted_at`` (the worker stores its result for the next visits)."""
    from .core.bytecode import ArchiveCompiler

    with open(mounted_at, "rb") as archive:
        return ArchiveCompiler(archive.read(), mounted_at)


def modules_from_bytecode() -> int:
    """How many imported modules came from bytecode: the standard library's (compiled at build
    time) and, once stored on an earlier visit, the tools' own."""
    import sys

    return sum(
        1 for m in list(sys.modules.values()) if str(getattr(m, "__file__", "")).endswith(".pyc")
    )


def modules_compiled_once() -> int:
    """How many zipped modules were compiled once, not twice, by the runtime's
    ``sitecustomize`` (``sitebuild/zipimport_once.py``); 0 where it is not installed."""
    import zipimport

    return getattr(zipimport._get_module_code, "reused", 0)


def stdlib_modules() -> list[str]:
    """Standard-library modules imported so far that came from the runtime's stdlib archive.

    Read by ``nox -s stdlib`` after the case tables ran, to know which modules the trimmed
    archive must hold (see ``connectwisely.sitebuild.stdlib``).
    """
    import sys

    found = []
    for name, module in list(sys.modules.items()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
        if ".zip/" in origin and "/site-packages/" not in origin:
            found.append(name)
    return sorted(found)


def call(name: str, payload_json: str) -> str:
    """Run ``name`` with the keyword arguments in ``payload_json``; always returns JSON."""
    try:
        payload = json.loads(payload_json)
        result = {"ok": True, "result": _invoke(name, payload)}
    except InputError as exc:
        result = {"ok": False, "error": {**exc.to_json(), "kind": "input"}}
    except (json.JSONDecodeError, TypeError) as exc:
        result = {
            "ok": False,
            "error": {
                "message": f"The request was malformed: {exc}",
                "field": None,
                "kind": "input",
            },
        }
    except Exception as exc:  # the worker must survive anything
        result = {
            "ok": False,
            "error": {
                "message": "Something went wrong inside the tool. Your input is still here; "
                "please try again, and tell us if it keeps happening.",
                "field": None,
                "kind": "internal",
                "detail": "".join(traceback.format_exception_only(exc)).strip(),
            },
        }
    return json.dumps(result, ensure_ascii=False, allow_nan=False, default=str)
