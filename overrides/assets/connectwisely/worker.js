// The tools' Python: one module worker per tab (Pyodide 314 runs only in module workers).
// It loads the site's own Pyodide runtime, the build's trimmed standard library and the
// project's wheel once, then answers {id, call, payload} messages through connectwisely.bridge.
//
// Messages in:  {type: "init", pyodide, wheel, stdlib?, warm?, sizes?, wire?, cache?, root?}
//               {type: "call", id, call, payload}                       answer a call
//               {type: "warm", widgets: [...]}                          import tools in idle time
//               {type: "stdlib"}                                        which stdlib modules ran
// Messages out: {type: "progress", stage}, {type: "download", loaded, total, files, elapsed},
//               {type: "ready"}, {type: "failed", message}, {type: "result", id, reply},
//               {type: "stdlib", modules}
//
// `stdlib` defaults to python_stdlib.zip beside the wheel (the build puts it there); `warm`
// lists the page's widgets, imported before ready (default: none, so a caller that does not ask
// imports only what its calls need); `sizes` and `wire` map file names to their decoded size and
// their expected bytes on the wire, for the download bar; `cache` names this build's offline
// cache (the service worker's), read first and filled with what this worker downloads; `root`
// is the site's root (default: the origin's), whose files go through that one fetch.

let ready = null; // Promise of the Python bridge module
let warmQueue = [];

const post = (message) => self.postMessage(message);

// ---------------------------------------------------------------------------------------------
// Every file the runtime needs is fetched once per visit, by this worker, through `siteFetch`:
// - started all at once when Python starts (so nothing waits on the module imports before it);
// - from this build's offline cache when it holds the file (the service worker's cache: this
//   worker fills it with the very responses it downloads, so nothing is fetched a second time);
// - the WebAssembly binary comes gzipped (pyodide.asm.wasm.gz, see sitebuild/runtime.py) and is
//   inflated by DecompressionStream as it arrives; Pyodide asks for pyodide.asm.wasm and gets the
//   inflated stream as an application/wasm Response, so compilation still overlaps the download;
// - each response's bytes are counted as they pass, for the download bar.

const realFetch = self.fetch.bind(self);
const WASM = "pyodide.asm.wasm";
const files = new Map(); // file name -> {wire (expected bytes), loaded, done, cached}
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
      scheduleReport();
    },
  }));
}

async function download(url, name) {
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
    scheduleReport();
    return stored;
  }
  const [response, original] = await download(url, name);
  if (!cache || !original.ok || !response.body) return response;
  // the bodies are decoded: keep the type, drop the wire's encoding and length
  const headers = { "Content-Type": response.headers.get("Content-Type") || "application/octet-stream" };
  if (name === WASM) {
    // compiled from the stored copy, so V8 keeps its compiled code beside it for the next visits
    // (a Response made here has no place to keep it): stored as it arrives, then compiled
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
  for (const url of urls) {
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

async function boot({ pyodide: pyodideURL, wheel: wheelURL, stdlib, sizes, wire, cache, root, warm: tools }) {
  post({ type: "progress", stage: "runtime" });
  performance.mark("cw:boot"); // marks for a trace: see bench/trace.py
  const stdLibURL = stdlib || new URL("python_stdlib.zip", wheelURL).href;
  site = { root: root || new URL("/", pyodideURL).href, cache: (typeof caches === "object" && cache) || null,
    sizes: sizes || {}, wire: wire || {}, inflight: new Map() };
  self.fetch = siteFetch;
  const modules = ["pyodide.mjs", "pyodide.asm.mjs"].map((name) => new URL(name, pyodideURL).href);
  for (const name of Object.keys(site.wire)) fileOf(name.endsWith(".gz") ? name.slice(0, -3) : name);
  prefetch([WASM, "pyodide-lock.json"].map((name) => new URL(name, pyodideURL).href).concat([stdLibURL, wheelURL]));
  report();
  const wheel = siteFetch(wheelURL).then((r) => {
    if (!r.ok) throw new Error(`the tools' package could not be downloaded (HTTP ${r.status})`);
    return r.arrayBuffer();
  });
  wheel.catch(() => {});
  const asm = import(modules[1]); // in parallel with pyodide.mjs, which imports it later
  asm.then(() => countModule(modules[1]), () => {});
  const { loadPyodide } = await import(modules[0]);
  performance.mark("cw:imported");
  countModule(modules[0]);
  const pyodide = await loadPyodide({ indexURL: pyodideURL, stdLibURL, packages: [] });
  post({ type: "progress", stage: "tools" });
  performance.mark("cw:python");
  pyodide.unpackArchive(await wheel, "wheel");
  performance.mark("cw:wheel");
  const bridge = pyodide.pyimport("connectwisely.bridge");
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
  post({ type: "ready" });
  return bridge;
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
  if (message.type === "stdlib") {
    let modules = [];
    try {
      modules = (await ready).stdlib_modules().toJs();
    } catch {
      // not started or failed: nothing imported
    }
    post({ type: "stdlib", modules });
    return;
  }
  if (message.type === "call") {
    let reply;
    try {
      const bridge = await ready;
      reply = JSON.parse(bridge.call(message.call, message.payload));
    } catch (error) {
      reply = {
        ok: false,
        error: { kind: "internal", field: null, message: `Python could not answer: ${(error && error.message) || error}` },
      };
    }
    post({ type: "result", id: message.id, reply });
  }
};
