"""Speed and size of the built site, measured in Chromium: ``nox -s bench [-- --runs N]``.

Prints medians of several cold runs (a fresh browser context each: empty cache) with their
spread. Figures, not pass/fail: the targets live in the issues, the numbers in closing notes.

- ready: navigation to a tool's ``data-state="ready"``, against the floor — a bare
  ``loadPyodide()`` in a module worker served by the same server;
- click-to-result per tool, once ready;
- the second tool's readiness after an instant navigation (the worker is reused);
- the network review of 30,000 connections inside the browser's Pyodide (and in CPython);
- the same with 100,000 message rows, an earlier export, words and a company (issue 20);
- bytes a guide page and a tool page cost, cold and warm, counted at the server (what it wrote,
  headers included), in a browser profile with a disk cache and in a private (incognito) context;
- a second cold browser with the offline cache warm (same profile, new process);
- Lighthouse scores for a guide page and a tool page, when Node.js is available;
- on emulated phone networks (Chromium's network emulation over CDP: 9 Mbit/s with 60 ms
  round trips, 1.6 Mbit/s with 150 ms): a tool page's readiness cold and warm, the first answer
  right after ready, and every file's bytes as the server sent them, in a profile and in a
  private context.

The bare floor loads the raw ``pyodide.asm.wasm`` (copied beside the site's runtime for it
alone: the site itself ships only the gzipped copy) from localhost, where bytes cost nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.support.generated_connections import generate  # noqa: E402
from tests.support.served_site import (  # noqa: E402
    CHROMIUM_ARGS,
    chromium_executable,
    sent,
    served_site,
)
from tests.support.stored_bytecode import wait_for_bytecode  # noqa: E402

from connectwisely.sitebuild import runtime  # noqa: E402

LIGHTHOUSE = "lighthouse@13.5.0"
BARE_PAGE = """<!doctype html><meta charset="utf-8"><title>bare</title>
<script type="module" src="./bench-bare.js"></script>"""
BARE_MAIN = """const worker = new Worker("./bench-bare-worker.js", { type: "module" });
worker.onmessage = () => { window.__bareReadyAt = performance.now(); };"""
BARE_WORKER = """import {{ loadPyodide }} from "./{pyodide}pyodide.mjs";
await loadPyodide({{ indexURL: new URL("./{pyodide}", import.meta.url).href,
                    stdLibURL: new URL("./{stdlib}", import.meta.url).href }});
postMessage("ready");"""


def write_bare(site_dir: Path) -> None:
    """The bare floor's page (``bench-bare.html``): a worker that only runs ``loadPyodide`` on
    the site's runtime and its standard library, given raw (the site sends both gzipped, which
    only its own worker unpacks), with the package lock Pyodide fetches by default (the site's
    worker passes its own instead)."""
    pyodide = next((site_dir / "pyodide").iterdir()).relative_to(site_dir).as_posix() + "/"
    for name in (runtime.WASM, runtime.LOCK):
        shutil.copyfile(runtime.ensure_runtime() / name, site_dir / pyodide / name)
    sent = next(site_dir.glob(f"assets/py/*/{runtime.STDLIB}.gz"))
    sent.with_suffix("").write_bytes(gzip.decompress(sent.read_bytes()))
    stdlib = sent.with_suffix("").relative_to(site_dir).as_posix()
    (site_dir / "bench-bare.html").write_text(BARE_PAGE)
    (site_dir / "bench-bare.js").write_text(BARE_MAIN)
    (site_dir / "bench-bare-worker.js").write_text(
        BARE_WORKER.format(pyodide=pyodide, stdlib=stdlib)
    )


# Records when each tool first reaches each state, in page time (ms since navigation start).
WATCH_STATES = """
window.__cw = {};
new MutationObserver((records) => {
  for (const r of records) {
    const f = r.target;
    if (!(f.matches && f.matches("form[data-widget]"))) continue;
    const key = f.dataset.widget + ":" + f.dataset.state;
    if (!(key in window.__cw)) window.__cw[key] = performance.now();
  }
}).observe(document, { attributes: true, attributeFilter: ["data-state"], subtree: true });
"""
NOTE = (
    "Hi Marco - your FOSDEM talk on reproducible builds was great; I maintain a similar toolchain."
)

# How to fill each tool for click-to-result: (page, {field: value}, {file field: path}).
TOOLS = {
    "note-lint": ("tools/note-drafter/", {"message": NOTE}, {}),
    "note-draft": (
        "tools/note-drafter/",
        {"name": "Hannah Becker", "detail": "the DevOpsDays Berlin hallway track"},
        {},
    ),
    "request-check": (
        "tools/request-checker/",
        {
            "name": "Angela Moore",
            "headline": "Hiring Coordinator",
            "message": "Your profile matches our remote assistant vacancy, $35 per hour. "
            "Text me on WhatsApp so I can share the details.",
        },
        {},
    ),
    "profile-score": (
        "tools/profile-scorer/",
        {
            "headline": "Backend engineer (Go, Kubernetes) · payments at Adyen",
            "location": "Amsterdam",
        },
        {},
    ),
    "network-review": ("tools/network-review/", {}, {"connections_csv": "connections-500.csv"}),
}

FILL = """([form, values]) => {
  const f = document.querySelector(form);
  for (const [name, value] of Object.entries(values)) {
    const el = f.elements.namedItem(name);
    if (el) { el.value = value; el.dispatchEvent(new Event("input", { bubbles: true })); }
  }
}"""


def spread(values: list[float], unit: str, digits: int = 0) -> str:
    if not values:
        return "n/a"
    med = statistics.median(values)
    return f"{med:9.{digits}f} {unit}  (min {min(values):.{digits}f}, max {max(values):.{digits}f}, n={len(values)})"


def server_kib(base: str) -> float:
    """KiB the server has written since its count was last cleared."""
    return sum(n for _, n in sent(base)) / 1024


def click_to_result(page, base: str, widget: str, files_dir: Path) -> float | None:
    path, values, files = TOOLS[widget]
    page.goto(base + path)
    form = f'form[data-widget="{widget}"]'
    if page.locator(form).count() == 0:
        return None
    page.locator(form).scroll_into_view_if_needed()  # as a reader would: Python starts on sight
    page.wait_for_function(f"() => window.__cw && window.__cw['{widget}:ready']", timeout=120_000)
    page.evaluate(FILL, [form, values])
    for name, file in files.items():
        page.set_input_files(f"{form} input[name={name}]", str(files_dir / file))
    started = page.evaluate(
        f"() => {{ window.__cw['{widget}:done'] = undefined; delete window.__cw['{widget}:done'];"
        f" const t = performance.now(); document.querySelector('{form}').requestSubmit(); return t; }}"
    )
    page.wait_for_function(
        f"() => window.__cw['{widget}:done'] || window.__cw['{widget}:error']", timeout=120_000
    )
    return page.evaluate(f"window.__cw['{widget}:done'] || window.__cw['{widget}:error']") - started


def visit(context, base: str, path: str, tool: bool, add, warm: bool = False) -> float:
    """KiB the server sends for one visit to ``path`` (a reload when ``warm``), its tool ready
    and the offline cache settled; a cold tool visit's readiness goes to ``add("ready")``."""
    page = context.pages[0] if context.pages else context.new_page()
    page.add_init_script(WATCH_STATES)
    sent(base).clear()
    if warm:
        page.reload()
    else:
        page.goto(base + path)
    page.wait_for_load_state("networkidle")
    if tool:
        page.wait_for_function("() => window.__cw['request-check:ready']", timeout=120_000)
        if not warm:
            add("ready", page.evaluate("window.__cw['request-check:ready']"))
        else:
            add("warm_ready", page.evaluate("window.__cw['request-check:ready']"))
    page.wait_for_timeout(3000)  # the offline cache settles, the pages are stored when idle
    if tool and not warm:
        wait_for_bytecode(page)  # the next visit starts from it
    page.wait_for_load_state("networkidle")
    return server_kib(base)


def cold_runs(playwright, browser, base: str, runs: int, files_dir: Path) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}

    def add(key: str, value: float | None) -> None:
        if value is not None:
            out.setdefault(key, []).append(value)

    for _ in range(runs):
        context = browser.new_context()
        page = context.new_page()
        page.goto(base + "bench-bare.html")
        page.wait_for_function("() => window.__bareReadyAt", timeout=120_000)
        add("bare", page.evaluate("window.__bareReadyAt"))
        context.close()

        for label, path in (("guide", "guide/why-connect/"), ("tool", "tools/request-checker/")):
            # a fresh profile with a disk cache, as a reader's browser has
            profile = tempfile.mkdtemp(prefix="cw-bench-profile-")
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=chromium_executable(), args=CHROMIUM_ARGS
            )
            add(f"{label}_cold_kb", visit(context, base, path, label == "tool", add))
            add(f"{label}_warm_kb", visit(context, base, path, label == "tool", add, warm=True))
            context.close()
            shutil.rmtree(profile, ignore_errors=True)
            # a private window: an in-memory HTTP cache, the offline cache in memory too
            context = browser.new_context()
            add(f"{label}_private_kb", visit(context, base, path, label == "tool", add))
            context.close()

        context = browser.new_context()
        page = context.new_page()
        page.add_init_script(WATCH_STATES)
        for widget in TOOLS:
            add(f"result:{widget}", click_to_result(page, base, widget, files_dir))
        context.close()

        context = browser.new_context()
        page = context.new_page()
        page.add_init_script(WATCH_STATES)
        page.goto(base + "tools/note-drafter/")
        page.wait_for_function("() => window.__cw['note-lint:ready']", timeout=120_000)
        page.locator("a[href$='tools/request-checker/']:visible").first.click()  # instant nav
        started = page.evaluate("performance.now()")
        page.wait_for_function("() => window.__cw['request-check:ready']", timeout=60_000)
        add("second_tool", page.evaluate("window.__cw['request-check:ready']") - started)
        context.close()
    return out


# Chromium DevTools' "Fast 4G" and "Slow 4G" presets: bytes per second down/up, round trip.
NETWORKS = {
    "9 Mbit/s, 60 ms": (9_000_000 / 8, 1_500_000 / 8, 60),
    "1.6 Mbit/s, 150 ms": (1_600_000 / 8, 750_000 / 8, 150),
}
CHECKER = 'form[data-widget="request-check"]'


def throttle(context, page, network: str) -> None:
    down, up, rtt = NETWORKS[network]
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": rtt, "downloadThroughput": down, "uploadThroughput": up},
    )


def files_sent(base: str) -> dict[str, float]:
    """File name -> KiB the server sent for it (all its responses) since the count was cleared."""
    seen: dict[str, float] = {}
    for path, n in sent(base):
        name = path.split("?")[0].rstrip("/").rsplit("/", 1)[-1] or "index"
        seen[name] = seen.get(name, 0) + n / 1024
    return seen


def first_answer(page, pause_ms: int = 0) -> tuple[float, float]:
    """Submit the checker ``pause_ms`` after it is ready (0: at once; a reader typing takes
    longer): (submit → result, ready → result) in ms."""
    values = TOOLS["request-check"][1]
    page.evaluate(FILL, [CHECKER, values])
    page.wait_for_function("() => window.__cw['request-check:ready']", timeout=300_000)
    page.wait_for_timeout(pause_ms)
    started = page.evaluate(
        f"() => {{ const t = performance.now(); document.querySelector('{CHECKER}').requestSubmit();"
        " return t; }"
    )
    page.wait_for_function(
        "() => window.__cw['request-check:done'] || window.__cw['request-check:error']",
        timeout=120_000,
    )
    done = page.evaluate("window.__cw['request-check:done'] || window.__cw['request-check:error']")
    return done - started, done - page.evaluate("window.__cw['request-check:ready']")


def on_network(playwright, browser, base: str, network: str, runs: int) -> dict[str, list[float]]:
    """Cold (a fresh profile) then warm (reload, offline cache and HTTP cache filled) readiness
    of the request checker on an emulated network, with its first answer and the bytes per file
    the server sent; then a cold visit in a private context."""
    out: dict[str, list[float]] = {}
    for _ in range(runs):
        profile = tempfile.mkdtemp(prefix="cw-bench-profile-")
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium_executable(), args=CHROMIUM_ARGS
        )
        page = context.pages[0] if context.pages else context.new_page()
        page.add_init_script(WATCH_STATES)
        throttle(context, page, network)
        sent(base).clear()
        page.goto(base + TOOLS["request-check"][0], timeout=300_000)
        answer, after_ready = first_answer(page)
        out.setdefault("cold", []).append(page.evaluate("window.__cw['request-check:ready']"))
        out.setdefault("first_answer", []).append(answer)
        out.setdefault("ready_to_answer", []).append(after_ready)
        page.wait_for_timeout(3000)  # let the offline cache settle
        wait_for_bytecode(page)
        for name, kib in files_sent(base).items():
            out.setdefault(f"file:{name}", []).append(kib)
        out.setdefault("cold_kb", []).append(server_kib(base))
        sent(base).clear()
        page.reload(timeout=300_000)
        answer, _ = first_answer(page, pause_ms=1500)
        out.setdefault("first_answer_later", []).append(answer)
        out.setdefault("warm", []).append(page.evaluate("window.__cw['request-check:ready']"))
        out.setdefault("warm_kb", []).append(server_kib(base))
        context.close()
        shutil.rmtree(profile, ignore_errors=True)

        context = browser.new_context()  # a private window
        page = context.new_page()
        page.add_init_script(WATCH_STATES)
        throttle(context, page, network)
        sent(base).clear()
        page.goto(base + TOOLS["request-check"][0], timeout=300_000)
        first_answer(page)
        out.setdefault("private_cold", []).append(
            page.evaluate("window.__cw['request-check:ready']")
        )
        page.wait_for_timeout(3000)
        out.setdefault("private_kb", []).append(server_kib(base))
        context.close()
    return out


def print_network(label: str, out: dict[str, list[float]], flush: bool = False) -> None:
    ratio = statistics.median(out["warm"]) / statistics.median(out["cold"])
    print(f"\n{label}")
    print(f"  tool ready, cold                        {spread(out['cold'], 'ms')}")
    print(f"  tool ready, warm (reload)               {spread(out['warm'], 'ms')}")
    print(f"  warm ÷ cold (medians)                   {ratio:9.2f} ×   (target ≤ 0.60)")
    print(f"  first answer, sent at ready: → result   {spread(out['first_answer'], 'ms')}")
    print(f"  first answer: ready → result            {spread(out['ready_to_answer'], 'ms')}")
    print(f"  first answer, sent 1.5 s after ready    {spread(out['first_answer_later'], 'ms')}")
    print(f"  tool ready, cold, private window        {spread(out['private_cold'], 'ms')}")
    print(f"  bytes at the server, cold               {spread(out['cold_kb'], 'KiB')}")
    print(f"  bytes at the server, warm               {spread(out['warm_kb'], 'KiB', 1)}")
    print(f"  bytes at the server, private, cold      {spread(out['private_kb'], 'KiB')}")
    for key in sorted(k for k in out if k.startswith("file:")):
        name = key.removeprefix("file:")
        print(f"    {name[:40]:<40} {spread(out[key], 'KiB', 1)}")
    if flush:
        sys.stdout.flush()


def network_in_pyodide(browser, base: str, text: str, runs: int) -> list[float]:
    return review_in_pyodide(browser, base, {"connections_csv": text, "today": "2026-11-25"}, runs)


def review_in_pyodide(browser, base: str, payload: dict, runs: int) -> list[float]:
    """Milliseconds per ``review_network(**payload)`` call through the site's own worker."""
    page = browser.new_page()
    page.goto(base + "tools/network-review/")
    times = page.evaluate(
        """async ([payload, runs]) => {
          const meta = document.querySelector('meta[name="connectwisely"]');
          const root = new URL(meta.dataset.root, location.href);
          const worker = new Worker(new URL("assets/connectwisely/worker.js", root), { type: "module" });
          // the next message of that type (download counts and the like arrive in between)
          const next = (type) => new Promise((resolve, reject) => {
            worker.onmessage = (e) => {
              if (e.data.type === type) resolve(e.data);
              else if (e.data.type === "failed") reject(new Error(e.data.message));
            };
          });
          worker.postMessage({ type: "init", pyodide: new URL(meta.dataset.pyodide, location.href).href,
                               wheel: new URL(meta.dataset.wheel, location.href).href,
                               wire: JSON.parse(meta.dataset.wire), lock: JSON.parse(meta.dataset.lock) });  // which files come gzipped
          await next("ready");
          const text = JSON.stringify(payload);
          const times = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            worker.postMessage({ type: "call", id: i, call: "review_network", payload: text });
            const reply = await next("result");
            if (!reply.reply.ok) throw new Error(JSON.stringify(reply.reply.error));
            times.push(performance.now() - t);
          }
          worker.terminate();
          return times;
        }""",
        [payload, runs],
    )
    page.close()
    return times


def network_in_cpython(text: str, runs: int) -> list[float]:
    sys.path.insert(0, str(ROOT / "py"))
    from connectwisely import review_network

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        review_network(text, today="2026-11-25")
        times.append((time.perf_counter() - started) * 1000)
    return times


def network_with_messages(browser, base: str, runs: int) -> dict[str, list[float]]:
    """The whole review of a big export — 30,000 connections and 100,000 message rows (the
    2026 quoted, multi-line form), with words, a company and an earlier export to compare —
    inside the browser's Pyodide and in CPython (issue 20's target: at most 2 s in the browser).

    Kept apart from ``main`` so other figures can be added beside it without touching it."""
    folder = Path(tempfile.mkdtemp(prefix="cw-bench-messages-"))
    try:
        path, _ = generate(
            folder, rows=30_000, seed=7, messages="2026", message_rows=100_000, later=True
        )
        payload = {
            "connections_csv": path.with_name(f"{path.stem}-later.csv").read_text(encoding="utf-8"),
            "earlier_csv": path.read_text(encoding="utf-8"),
            "messages_csv": path.with_name(f"{path.stem}-messages-2026.csv").read_text(
                encoding="utf-8"
            ),
            "interests": "Hooli, data",
            "company": "Hooli",
            "today": "2027-03-25",
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    in_pyodide = review_in_pyodide(browser, base, payload, runs)
    sys.path.insert(0, str(ROOT / "py"))
    from connectwisely import review_network

    in_cpython = []
    for _ in range(runs):
        started = time.perf_counter()
        review_network(**payload)
        in_cpython.append((time.perf_counter() - started) * 1000)
    return {"pyodide": in_pyodide, "cpython": in_cpython}


def print_network_with_messages(times: dict[str, list[float]]) -> None:
    for where, target in (("Pyodide", 2000), ("CPython", 1000)):
        print(
            f"review, 30,000 + 100,000 messages, {where:<7} "
            f"{spread(times[where.lower()], 'ms')}  (target < {target})"
        )


def warm_cache_cold_browser(playwright, base: str, runs: int) -> list[float]:
    """Visit once, close the browser; a new browser on the same profile opens the tool page."""
    profile = Path(tempfile.mkdtemp(prefix="cw-bench-profile-"))
    times = []
    try:
        for i in range(runs + 1):
            context = playwright.chromium.launch_persistent_context(
                str(profile), executable_path=chromium_executable(), args=CHROMIUM_ARGS
            )
            page = context.new_page()
            page.add_init_script(WATCH_STATES)
            page.goto(base + "tools/request-checker/")
            page.wait_for_function("() => window.__cw['request-check:ready']", timeout=120_000)
            if i:
                times.append(page.evaluate("window.__cw['request-check:ready']"))
            else:
                page.wait_for_timeout(3000)  # the first visit fills the offline cache
                wait_for_bytecode(page)
            context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return times


def lighthouse(base: str) -> dict[str, dict[str, float]]:
    npx = shutil.which("npx")
    if not npx:
        return {}
    flags = "--headless=new " + " ".join(CHROMIUM_ARGS)
    scores = {}
    for label, path in (
        ("guide page", "guide/why-connect/"),
        ("tool page", "tools/request-checker/"),
    ):
        with tempfile.NamedTemporaryFile(suffix=".json") as report:
            done = subprocess.run(
                [npx, "--yes", LIGHTHOUSE, base + path, f"--chrome-flags={flags}", "--quiet",
                 "--only-categories=performance,accessibility,best-practices,seo",
                 "--output=json", f"--output-path={report.name}"],
                env={**__import__("os").environ, "CHROME_PATH": chromium_executable() or ""},
                capture_output=True, text=True, check=False, timeout=300,
            )  # fmt: skip
            if done.returncode != 0:
                print(f"lighthouse failed for {path}: {done.stderr.strip()[-300:]}")
                continue
            data = json.loads(Path(report.name).read_text())
        scores[label] = {k: round(v["score"] * 100) for k, v in data["categories"].items()}
    return scores


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument(
        "--network-runs", type=int, default=2, help="runs per emulated network (0: skip them)"
    )
    parser.add_argument("--only-networks", action="store_true", help="skip the localhost figures")
    parser.add_argument(
        "--network", default="", help="only the emulated networks whose label starts with this"
    )
    args = parser.parse_args()
    files_dir = Path(tempfile.mkdtemp(prefix="cw-bench-files-"))
    small, _ = generate(files_dir, rows=500, seed=7)
    small.rename(files_dir / "connections-500.csv")
    large, truth = generate(files_dir, rows=30_000, seed=7)
    big = large.read_text(encoding="utf-8")
    if args.network_runs:
        with served_site() as (base, _), sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
            for network in (n for n in NETWORKS if n.startswith(args.network)):
                print_network(
                    network, on_network(p, browser, base, network, args.network_runs), True
                )
            browser.close()
    if args.only_networks:
        return 0
    with served_site() as (base, site_dir):
        write_bare(site_dir)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
            print(f"Chromium {browser.version}, {args.runs} cold runs each, site at {base}\n")
            out = cold_runs(p, browser, base, args.runs, files_dir)
            pyodide_times = network_in_pyodide(browser, base, big, 3)
            with_messages = network_with_messages(browser, base, 3)
            browser.close()
            warm = warm_cache_cold_browser(p, base, max(2, args.runs // 2))
        scores = {} if args.no_lighthouse else lighthouse(base)
    cpython_times = network_in_cpython(big, 5)
    shutil.rmtree(files_dir, ignore_errors=True)

    ratio = statistics.median(out["ready"]) / statistics.median(out["bare"])
    print(f"bare loadPyodide() in a module worker     {spread(out['bare'], 'ms')}")
    print(f"navigation → tool ready (request checker) {spread(out['ready'], 'ms')}")
    print(f"ready ÷ bare (medians)                    {ratio:9.2f} ×   (target ≤ 1.10)")
    print(f"same, 2nd cold browser, offline cache warm {spread(warm, 'ms')}")
    print(f"2nd tool ready after instant navigation   {spread(out.get('second_tool', []), 'ms')}")
    for widget in TOOLS:
        print(f"click → result: {widget:<25} {spread(out.get('result:' + widget, []), 'ms')}")
    rows = truth["total"]
    print(
        f"network review, {rows:,} rows, Pyodide      {spread(pyodide_times, 'ms')}  (target < 3000)"
    )
    print(
        f"network review, {rows:,} rows, CPython      {spread(cpython_times, 'ms')}  (target < 1000)"
    )
    print_network_with_messages(with_messages)
    print(f"tool ready, warm (reload)                 {spread(out.get('warm_ready', []), 'ms')}")
    for label in ("guide", "tool"):
        for when, key in (
            ("cold", "cold"),
            ("warm (reload)", "warm"),
            ("private, cold", "private"),
        ):
            figures = spread(out[f"{label}_{key}_kb"], "KiB", 1)
            print(f"bytes at the server, {label} page, {when:<14} {figures}")
    for label, categories in scores.items():
        shown = ", ".join(f"{k} {v}" for k, v in categories.items())
        print(f"Lighthouse, {label:<11}                 {shown}")
    if not scores and not args.no_lighthouse:
        print("Lighthouse: skipped (needs Node.js with npx)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
