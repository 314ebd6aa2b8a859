"""Whether the worker has stored the runtime's archives with their bytecode (see
``connectwisely/core/bytecode.py``), read from a tool page: for the tests and the bench."""

from __future__ import annotations

import time

# [stdlib's mark, wheel's mark]: how many modules each stored archive holds compiled, or null
MARKS = """async () => {
  const meta = document.querySelector('meta[name="connectwisely"]');
  const cache = await caches.open("connectwisely-" + meta.dataset.cacheKey);
  const urls = [meta.dataset.stdlib, meta.dataset.wheel].map((u) => new URL(u, location.href).href);
  const stored = await Promise.all(urls.map((u) => cache.match(u)));
  return stored.map((r) => (r && r.headers.get("X-Connectwisely-Bytecode")) || null);
}"""


def wait_for_bytecode(page, timeout_s: float = 60) -> list[int]:
    """How many modules the worker compiled into the stored standard library and wheel, once
    the wheel is marked (0 for one that is not within ``timeout_s``). The standard library
    arrives compiled by the build, so it is left unmarked unless the build shipped sources."""
    deadline = time.monotonic() + timeout_s
    while not (marks := page.evaluate(MARKS))[1] and time.monotonic() < deadline:
        page.wait_for_timeout(250)
    return [int(mark or 0) for mark in marks]
