// The tools' Python: one module worker per tab (Pyodide 314 runs only in module workers).
// It loads the site's own Pyodide runtime, the build's trimmed standard library and the
// project's wheel once, then answers {id, call, payload} messages through connectwisely.bridge.
//
// Messages in: init {pyodide, wheel, stdlib?, warm?, sizes?, wire?, cache?, root?}, call {id,
// call, payload}, warm {widgets}, stdlib, patterns; out: progress, download, ready {bytecode},
// failed, result, stdlib, patterns (the last two for tests).
// CONTRIBUTING.md ("The worker protocol") says what each field means.

let ready = null; // Promise of the Python bridge module
let warmQueue = [];

const post = (message) => self.postMessage(message);

// ---------------------------------------------------------------------------------------------
// Every file the runtime needs is fetched once per visit, by this worker, through `siteFetch`:
// - asked for at once, but on the wire in the order Python needs them (`AFTER`): the wasm with
//   the whole link, then the standard library, then the wheel, which arrives as Python starts;
// - from this build's offline cache when it holds the file (this worker fills it with the very
//   responses it downloads, so nothing is fetched a second time);
// - the wasm comes gzipped (sitebuild/runtime.py), inflated by DecompressionStream as it arrives,
//   and is handed to Pyodide as an application/wasm Response (stored first, see fetchOnce);
// - each response's bytes are counted as they pass, for the download bar.

const realFetch = self.fetch.bind(self);
const WASM = "pyodide.asm.wasm";
const WHEEL_PATH = "/lib/connectwisely.whl"; // where Python imports the tools from
const files = new Map(); // file name -> {wire (expected bytes), loaded, done, cached}
// file name -> the file whose last byte its download waits for (if that one fails, so does Python)
const AFTER = new Map();
const ended = new Map(); // file name -> {promise, resolve}: its bytes have all arrived (or never will)
const started = performance.now();
let site = { root: "", cache: null, sizes: {}, wire: {}, inflight: new Map() };
let reportTimer = null;

function report() {
  reportTimer = null;
  let [loaded, total] = [0, 0];
  const list = [];
  for (const [name, f] of files) {
    if (f.cached) continue; // stored on this device: nothing on the wire
    loaded += f.done ? f.loaded : Math.min(f.loaded, f.wire);
    total += f.done ? f.loaded : Math.max(f.wire, f.loaded);
    list.push({ name, loaded: f.loaded, total: f.done ? f.loaded : f.wire, encoding: f.encoding, done: f.done });
  }
  post({ type: "download", loaded, total, files: list, elapsed: performance.now() - started });
}

const scheduleReport = () => reportTimer === null && (reportTimer = setTimeout(report, 100));

function endOf(name) {
  let resolve;
  if (!ended.has(name)) ended.set(name, { promise: new Promise((done) => (resolve = done)), resolve });
  return ended.get(name);
}

function fileOf(name) {
  if (!files.has(name)) files.set(name, { wire: site.wire[name] || site.wire[name + ".gz"] || 0, loaded: 0, done: false, cached: false, encoding: "identity" });
  return files.get(name);
}

/** The body passed through untouched, its bytes on the wire counted as they go by. */
function counted(response, name) {
  const f = fileOf(name);
  f.encoding = response.headers.get("Content-Encoding") || "identity";
  // a body the browser decoded (the host gzipped it): scale to the bytes that came over the wire
  const length = Number(response.headers.get("Content-Length")) || f.wire;
  const scale = f.encoding === "identity" || !site.sizes[name] ? 1 : length / site.sizes[name];
  let received = 0;
  return response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      f.loaded = Math.round((received += chunk.byteLength) * scale);
      controller.enqueue(chunk, scheduleReport());
    },
    flush() {
      [f.done, f.loaded] = [true, f.encoding !== "identity" && length ? length : f.loaded];
      endOf(name).resolve();
      scheduleReport();
    },
  }));
}

async function download(url, name) {
  if (AFTER.has(name)) await endOf(AFTER.get(name)).promise;
  if (name !== WASM) {
    const response = await realFetch(url);
    return response.ok && response.body ? [new Response(counted(response, name), response), response] : [response, response];
  }
  if (typeof DecompressionStream !== "function") {
    throw new Error("this browser cannot unpack the compressed runtime (it has no DecompressionStream)");
  }
  const response = await realFetch(url + ".gz");
  if (!response.ok || !response.body) return [response, response];
  let body = counted(response, name);
  // a host that labels the .gz as gzip-encoded has the browser unpack it already
  if (!/gzip/.test(response.headers.get("Content-Encoding") || "")) body = body.pipeThrough(new DecompressionStream("gzip"));
  return [new Response(body, { status: 200, headers: { "Content-Type": "application/wasm" } }), response];
}

/** The one fetch of a site file: the offline cache's copy, else the network's, stored. */
async function fetchOnce(url) {
  const name = new URL(url).pathname.split("/").pop();
  const cache = site.cache ? await caches.open(site.cache).catch(() => null) : null;
  const stored = cache && (await cache.match(url).catch(() => null));
  if (stored) {
    fileOf(name).cached = true;
    endOf(name).resolve(); // nothing on the wire: the next download need not wait
    scheduleReport();
    return stored;
  }
  const [response, original] = await download(url, name);
  if (!cache || !original.ok || !response.body) return response;
  // the bodies are decoded: keep the type, drop the wire's encoding and length
  const headers = { "Content-Type": response.headers.get("Content-Type") || "application/octet-stream" };
  if (name === WASM) {
    // compiled from the stored copy (while the rest arrives), so V8 keeps its compiled code
    // beside it for the next visits (a Response made here has no place to keep it)
    const kept = await cache.put(url, new Response(response.body, { headers })).then(() => cache.match(url), () => null);
    return kept || (await download(url, name))[0]; // not stored (no room): downloaded again
  }
  const [mine, keep] = response.body.tee();
  cache.put(url, new Response(keep, { headers })).catch(() => {});
  return new Response(mine, { headers });
}

function siteFetch(input, init) {
  const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
  if (!url.startsWith(site.root) || (input instanceof Request && input.method !== "GET")) return realFetch(input, init);
  const early = site.inflight.get(url);
  site.inflight.delete(url); // a body is read once: a second ask fetches again
  return early || fetchOnce(url);
}

/** Start every download now; Pyodide's own requests for them then take these responses. */
function prefetch(urls) {
  for (const url of urls.filter((url) => !site.inflight.has(url))) {
    const response = fetchOnce(url);
    response.catch(() => {});
    site.inflight.set(url, response);
  }
}

/** A module Pyodide imports: its expected size, or nothing when the runtime came from the
 * offline cache (the modules came with it; a worker's timing entries do not tell). */
function countModule(url) {
  const f = fileOf(new URL(url).pathname.split("/").pop());
  f.done = true;
  f.cached = [...files.values()].some((other) => other.cached);
  f.loaded = f.wire;
  scheduleReport();
}

// ---------------------------------------------------------------------------------------------
// A tool page starts this worker from its head, named "connectwisely <Pyodide's folder URL>
// <offline cache name>" (overrides/main.html): before the page's init arrives, Pyodide's two
// modules are imported and the wasm, the longest download, is asked for (from that cache first).

function runtimeModules(pyodideURL) {
  const modules = ["pyodide.mjs", "pyodide.asm.mjs"].map((name) => new URL(name, pyodideURL).href);
  modules.url = new URL(pyodideURL, self.location.href).href;
  return modules;
}

function importRuntime(modules) {
  // pyodide.asm.mjs in parallel with pyodide.mjs, which imports it later
  const [pyodide, asm] = modules.map((url) => import(url));
  [pyodide, asm].forEach((promise) => promise.catch(() => {})); // boot reports a failure
  return { url: modules.url, pyodide, asm };
}

const early = (() => {
  const [, folder, cache] = (self.name || "").split(" ");
  try {
    if (!folder) return null;
    const modules = runtimeModules(folder);
    site.cache = (typeof caches === "object" && cache) || null;
    prefetch([new URL(WASM, modules.url).href]);
    return importRuntime(modules);
  } catch {
    return null; // not a URL: boot does it all from init's
  }
})();

// ---------------------------------------------------------------------------------------------

async function boot({ pyodide: pyodideURL, wheel: wheelURL, stdlib, sizes, wire, cache, root, warm: tools }) {
  post({ type: "progress", stage: "runtime" });
  performance.mark("cw:boot"); // marks for a trace: see bench/trace.py
  const stdLibURL = stdlib || new URL("python_stdlib.zip", wheelURL).href;
  site = { root: root || new URL("/", pyodideURL).href, cache: (typeof caches === "object" && cache) || null,
    sizes: sizes || {}, wire: wire || {}, inflight: site.inflight }; // the early wasm request stays
  self.fetch = siteFetch;
  const modules = runtimeModules(pyodideURL);
  for (const name of Object.keys(site.wire)) fileOf(name.endsWith(".gz") ? name.slice(0, -3) : name);
  for (const [name, f] of files) f.wire ||= site.wire[name] || site.wire[name + ".gz"] || 0; // asked for early
  const [stdlibName, wheelName] = [stdLibURL, wheelURL].map((url) => new URL(url).pathname.split("/").pop());
  AFTER.set(stdlibName, WASM).set(wheelName, stdlibName);
  prefetch([WASM, "pyodide-lock.json"].map((name) => new URL(name, pyodideURL).href).concat([stdLibURL, wheelURL]));
  report();
  const wheel = siteFetch(wheelURL).then((r) => {
    if (!r.ok) throw new Error(`the tools' package could not be downloaded (HTTP ${r.status})`);
    return r.arrayBuffer();
  });
  wheel.catch(() => {});
  const imported = early && early.url === modules.url ? early : importRuntime(modules);
  imported.asm.then(() => countModule(modules[1]), () => {});
  const { loadPyodide } = await imported.pyodide;
  performance.mark("cw:imported");
  countModule(modules[0]);
  const pyodide = await loadPyodide({ indexURL: pyodideURL, stdLibURL, packages: [] });
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
  // the page's own tools are imported before ready, so its first answer does not wait on them
  for (const widget of Array.isArray(tools) ? tools.map(String) : []) {
    try {
      bridge.prepare(widget);
    } catch {
      // warming is an optimization: a failure shows on the real call instead
    }
  }
  report();
  performance.mark("cw:ready");
  post({ type: "ready", bytecode: bridge.modules_from_bytecode() });
  const stdlibPath = pyodide.runPython("import os; os.path.dirname(os.__file__)"); // /lib/python3xx.zip
  setTimeout(() => storeBytecode(bridge, [[stdLibURL, stdlibPath], [wheelURL, WHEEL_PATH]]), BYTECODE_AFTER_MS);
  return bridge;
}

// ---------------------------------------------------------------------------------------------
// Later visits start from bytecode (connectwisely/core/bytecode.py: 1.4 s of Python's 2 s start
// is compiling the standard library's sources). Once the tool is ready and its first answers
// have had the processor, the archives this worker stored for offline use are compiled a few
// modules per task, so a call waits at most one step, and stored back, marked, in their place.

const BYTECODE = "X-Connectwisely-Bytecode"; // on a stored archive: how many modules it holds compiled
const BYTECODE_AFTER_MS = 4000;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function storeBytecode(bridge, archives) {
  const cache = site.cache ? await caches.open(site.cache).catch(() => null) : null;
  for (const [url, mountedAt] of cache ? archives : []) {
    const stored = await cache.match(url).catch(() => null);
    if (!stored || stored.headers.has(BYTECODE)) continue; // not kept offline, or compiled already
    let compiler = null;
    try {
      compiler = bridge.bytecode_compiler(mountedAt);
      while (compiler.step(25)) await nextTask();
      const archive = compiler.archive();
      const bytes = archive.toJs();
      archive.destroy();
      const headers = { "Content-Type": stored.headers.get("Content-Type") || "application/zip", [BYTECODE]: String(compiler.compiled) };
      await cache.put(url, new Response(bytes, { headers }));
    } catch {
      // an optimization: the next visit compiles the sources, as this one did
    } finally {
      if (compiler) compiler.destroy();
    }
  }
}

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

self.onmessage = async (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    if (!ready) {
      ready = boot(message).catch((error) => {
        post({ type: "failed", message: String((error && error.message) || error) });
        throw error;
      });
      ready.catch(() => {});
    }
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
