"""The per-page Content-Security-Policy: inline scripts by hash, nothing else inline."""

from __future__ import annotations

import base64
import hashlib

from connectwisely.sitebuild.csp import add_policy, inline_script_hashes

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script>var a=1</script>
<script id="__config" type="application/json">{"x": 1}</script>
<script src="bundle.js"></script>
<script type="module">import "./x.js"</script>
</head><body><script>var a=1</script></body></html>"""


def sha(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def test_only_executable_inline_scripts_are_hashed_once_each():
    """Classic and module inline scripts are hashed; JSON data and src scripts are not."""
    assert inline_script_hashes(PAGE) == [sha("var a=1"), sha('import "./x.js"')]


def test_the_policy_is_the_first_thing_in_head():
    """The meta element precedes every script, so it governs them all."""
    out = add_policy(PAGE)
    head = out.index("<head>") + len("<head>")
    assert out[head:].startswith('<meta http-equiv="Content-Security-Policy" content="default-src')
    assert "'unsafe-inline'" not in out and "'unsafe-eval'" not in out
    assert "'wasm-unsafe-eval'" in out and "object-src 'none'" in out


def test_adding_twice_or_to_a_fragment_changes_nothing():
    """A page that has a policy, or a fragment without <head>, is left as it is."""
    once = add_policy(PAGE)
    assert add_policy(once) == once
    assert add_policy("<p>fragment</p>") == "<p>fragment</p>"
