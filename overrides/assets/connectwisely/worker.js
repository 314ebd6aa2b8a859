// The tools' Python: one module worker per tab (Pyodide 314 runs only in module workers).
// It loads the site's own Pyodide runtime, the build's trimmed standard library and the
// project's wheel once, then answers {id, call, payload} messages through connectwisely.bridge.
//
// Messages in: init {pyodide, wheel, stdlib?, warm?, sizes?, wire?, lock?, cache?, root?}, call {id,
// call, payload}, warm {widgets}, stdlib, patterns; out: progress, download, ready {bytecode,
// compiledOnce}, failed, result, stdlib, patterns (the last two for tests).
// CONTRIBUTING.md ("The worker protocol") says what each field means.

import { AFTER, WASM, countModule, downloadFailed, prefetch, report, site, siteFetch, startStoring, useSite } from "./worker-fetch.js";
import { BYTECODE_AFTER_MS, storeBytecode } from "./worker-bytecode.js";
import { listen, post } from "./worker-post.js";

performance.mark("cw:started"); // this module and its imports evaluated (bench/trace.py)
const WHEEL_PATH = "/lib/connectwisely.whl"; // where Python imports the tools from
// The offline copies are written this long after ready (worker-fetch.js's `storing`), so the
// first answers have the processor to themselves: the pause runtime.js takes (SETTLE_MS) too.
const STORE_AFTER_MS = 2000;
let ready = null; // Promise of the Python bridge module
let warmQueue = [];

// ---------------------------------------------------------------------------------------------
// Boot: the runtime, the standard library and the wheel, then the page's own tools. A tool page
// starts this worker from its head (overrides/main.html), named "connectwisely " followed by
// the JSON of the init its page script would send: it boots at once, without waiting for that
// script, which then adopts it and sends its init only to say it listens.

function runtimeModules(pyodideURL) {
  return ["pyodide.mjs", "pyodide.asm.mjs"].map((name) => new URL(name, pyodideURL).href);
}

function importRuntime(modules) {
  // pyodide.asm.mjs in parallel with pyodide.mjs, which imports it later
  const [pyodide, asm] = modules.map((url) => import(url));
  [pyodide, asm].forEach((promise) => promise.catch(() => {})); // boot reports a failure
  return { pyodide, asm };
}

async function boot({ pyodide: pyodideURL, wheel: wheelURL, stdlib, sizes, wire, lock, cache, root, warm: tools }) {
  post({ type: "progress", stage: "runtime" });
  performance.mark("cw:boot"); // marks for a trace: see bench/trace.py
  const stdLibURL = stdlib || new URL("python_stdlib.zip", wheelURL).href;
  useSite({ root: root || new URL("/", pyodideURL).href, cache: (typeof caches === "object" && cache) || null, sizes, wire });
  self.fetch = siteFetch;
  const modules = runtimeModules(pyodideURL);
  const [stdlibName, wheelName] = [stdLibURL, wheelURL].map((url) => new URL(url).pathname.split("/").pop());
  AFTER.set(stdlibName, WASM).set(wheelName, stdlibName);
  prefetch([new URL(WASM, pyodideURL).href, stdLibURL, wheelURL]);
  report();
  const wheel = siteFetch(wheelURL).then((r) => {
    if (!r.ok) throw new Error(`the tools' package could not be downloaded (HTTP ${r.status})`);
    return r.arrayBuffer();
  });
  wheel.catch(() => {});
  const imported = importRuntime(modules);
  imported.asm.then(() => countModule(modules[1]), () => {});
  const { loadPyodide } = await imported.pyodide;
  performance.mark("cw:imported");
  countModule(modules[0]);
  // the site ships no packages: a lock naming none, not the runtime's 119 KB one (sitebuild/runtime.py)
  const lockFileContents = lock ? { info: lock, packages: {} } : undefined;
  const pyodide = await Promise.race([loadPyodide({ indexURL: pyodideURL, stdLibURL, lockFileContents, packages: [] }), downloadFailed]);
  post({ type: "progress", stage: "tools" });
  performance.mark("cw:python");
  // imported from the wheel itself (zipimport): no unpacking, which imports shutil and zipfile
  pyodide.FS.writeFile(WHEEL_PATH, new Uint8Array(await wheel));
  pyodide.runPython(`import sys; sys.path.insert(0, "${WHEEL_PATH}")`);
  performance.mark("cw:wheel");
  const bridge = pyodide.pyimport("connectwisely.bridge");
  try {
    bridge.use_precompiled_patterns(); // the build compiled the tools' patterns for this runtime
  } catch {
    // an optimization: without it, re compiles them as usual
  }
  performance.mark("cw:bridge");
  // the page's own tools are imported and rehearsed before ready, so its first answer does not
  // wait on them (rehearsed after ready, a click at ready waited for them: 0.3 s on the notes page)
  for (const widget of Array.isArray(tools) ? tools.map(String) : []) {
    try {
      bridge.prepare(widget);
    } catch {
      // warming is an optimization: a failure shows on the real call instead
    }
  }
  report();
  performance.mark("cw:ready");
  post({ type: "ready", bytecode: bridge.modules_from_bytecode(), compiledOnce: bridge.modules_compiled_once() });
  setTimeout(startStoring, STORE_AFTER_MS);
  const stdlibPath = pyodide.runPython("import os; os.path.dirname(os.__file__)"); // /lib/python3xx.zip
  setTimeout(() => storeBytecode(bridge, [[stdLibURL, stdlibPath], [wheelURL, WHEEL_PATH]], site.cache), BYTECODE_AFTER_MS);
  return bridge;
}

// ---------------------------------------------------------------------------------------------
// After ready: the other tools' imports, and the page's messages.

// Import the page's tools one per task after ready: a call that arrives meanwhile runs
// between two imports, so warming never delays an answer by more than one tool's import.
function warmNext() {
  if (!warmQueue.length) return;
  const widget = warmQueue.shift();
  ready
    .then((bridge) => bridge.prepare(widget))
    .catch(() => {}) // warming is an optimization: a failure shows on the real call instead
    .finally(() => setTimeout(warmNext, 0));
}

function warm(widgets) {
  const idle = warmQueue.length === 0;
  warmQueue = [...new Set([...widgets, ...warmQueue])]; // bridge.prepare ignores unknown names
  if (idle && warmQueue.length) ready.then(() => setTimeout(warmNext, 0), () => {});
}

function start(init) {
  ready = boot(init).catch((error) => {
    startStoring(); // what did arrive is kept: the next visit need not fetch it again
    post({ type: "failed", message: String((error && error.message) || error) });
    throw error;
  });
  ready.catch(() => {});
}

const NAMED = "connectwisely ";
if ((self.name || "").startsWith(NAMED)) {
  try {
    start(JSON.parse(self.name.slice(NAMED.length)));
  } catch {
    ready = null; // not the init's JSON: the page's init starts it
  }
}

self.onmessage = async (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    if (!ready) start(message);
    else if (Array.isArray(message.warm)) warm(message.warm.map(String)); // the page's forms, if others
    listen();
    return;
  }
  if (message.type === "warm" && ready) {
    warm(Array.isArray(message.widgets) ? message.widgets.map(String) : []);
    return;
  }
  if (message.type === "patterns") {
    // a test's check of the precompiled patterns (bridge.precompiled_report)
    const report = await Promise.resolve(ready).then((bridge) => JSON.parse(bridge.precompiled_report()))
      .catch((error) => ({ error: String(error) }));
    post({ type: "patterns", report });
    return;
  }
  if (message.type === "stdlib") {
    // not started or failed: nothing imported
    const modules = await Promise.resolve(ready).then((bridge) => bridge.stdlib_modules().toJs()).catch(() => []);
    post({ type: "stdlib", modules });
    return;
  }
  if (message.type === "call") {
    let reply;
    try {
      const bridge = await ready;
      reply = JSON.parse(bridge.call(message.call, message.payload));
    } catch (error) {
      const text = `Python could not answer: ${(error && error.message) || error}`;
      reply = { ok: false, error: { kind: "internal", field: null, message: text } };
    }
    post({ type: "result", id: message.id, reply });
  }
};
