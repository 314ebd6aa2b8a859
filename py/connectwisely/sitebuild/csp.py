"""A Content-Security-Policy for every page, as strict as Material and Pyodide allow.

GitHub Pages cannot send headers, so the policy travels in a ``<meta http-equiv>`` at the top
of ``<head>``. Material's few inline scripts are allowed by their SHA-256 hashes, computed per
page (one of them carries the page's depth); nothing else inline may run. Pyodide compiles
WebAssembly, which needs ``'wasm-unsafe-eval'`` (not ``'unsafe-eval'``). ``frame-ancestors`` and
``report-to`` are ignored in a meta policy, so they are not claimed.
"""

from __future__ import annotations

import base64
import hashlib
import re

DIRECTIVES = (
    ("default-src", "'self'"),
    ("script-src", "'self' 'wasm-unsafe-eval'"),  # + the page's inline-script hashes
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("manifest-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_EXECUTABLE_TYPES = {"", "module", "text/javascript", "application/javascript"}
_HEAD = re.compile(r"<head[^>]*>", re.I)


def inline_script_hashes(html: str) -> list[str]:
    """``'sha256-…'`` sources for each inline script the browser would run."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs, body = match.group("attrs"), match.group("body")
        kind = _TYPE.search(attrs)
        executable = (kind.group(1).lower() if kind else "") in _EXECUTABLE_TYPES
        if re.search(r"\bsrc\s*=", attrs, re.I) or not executable or not body.strip():
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        source = f"'sha256-{digest}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def policy(html: str) -> str:
    parts = []
    for name, value in DIRECTIVES:
        if name == "script-src":
            value = " ".join([value, *inline_script_hashes(html)])
        parts.append(f"{name} {value}")
    return "; ".join(parts)


def add_policy(html: str) -> str:
    """``html`` with its CSP meta element first in ``<head>``; pages without a head unchanged."""
    head = _HEAD.search(html)
    if not head or 'http-equiv="Content-Security-Policy"' in html:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html[: head.end()] + meta + html[head.end() :]
