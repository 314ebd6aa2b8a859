// The tools' Python: one module worker per tab (Pyodide 314 runs only in module workers).
// It loads the site's own Pyodide runtime, the build's trimmed standard library and the
// project's wheel once, then answers {id, call, payload} messages through connectwisely.bridge,
// JSON in and JSON out.
//
// Messages in:  {type: "init", pyodide, wheel, stdlib?, warm?, sizes?}  start Python (once)
//               {type: "call", id, call, payload}                       answer a call
//               {type: "warm", widgets: [...]}                          import tools in idle time
//               {type: "stdlib"}                                        which stdlib modules ran
// Messages out: {type: "progress", stage}, {type: "download", loaded, total, files},
//               {type: "ready"}, {type: "failed", message}, {type: "result", id, reply},
//               {type: "stdlib", modules}
//
// `stdlib` defaults to python_stdlib.zip beside the wheel (the build puts it there); `warm`
// lists the page's widgets, imported right after ready (default: none, so a caller that does not
// ask imports only what its calls need); `sizes` maps file names to their decoded size, so a
// compressed download's progress can be shown as it arrives.

let ready = null; // Promise of the Python bridge module
let warmQueue = [];

function post(message) {
  self.postMessage(message);
}

// ---------------------------------------------------------------------------------------------
// Download progress, from the real responses: each one is passed on untouched (so streaming
// compilation and the browser's WebAssembly code cache keep working); a clone is read only to
// count the bytes as they arrive.

const downloads = new Map(); // file name -> {wire, received, total, done}
let reportTimer = null;

function report() {
  reportTimer = null;
  let loaded = 0;
  let total = 0;
  const files = [];
  for (const [name, d] of downloads) {
    loaded += d.done ? d.wire : d.wireSoFar;
    total += d.total || d.wireSoFar;
    files.push({ name, loaded: d.done ? d.wire : d.wireSoFar, total: d.total, encoding: d.encoding, done: d.done });
  }
  post({ type: "download", loaded, total, files });
}

function scheduleReport() {
  if (reportTimer === null) reportTimer = setTimeout(report, 100);
}

function wireBytes(url, fallback) {
  const entries = performance.getEntriesByName(url, "resource");
  const entry = entries[entries.length - 1];
  return entry && entry.encodedBodySize ? entry.encodedBodySize : fallback;
}

function track(url, response, sizes) {
  const name = new URL(url).pathname.split("/").pop();
  if (!response.ok || !response.body || downloads.has(name)) return;
  const length = Number(response.headers.get("Content-Length")) || 0;
  const encoding = response.headers.get("Content-Encoding") || "identity";
  const decoded = sizes && sizes[name];
  const d = { wire: 0, wireSoFar: 0, received: 0, total: length, encoding, done: false };
  downloads.set(name, d);
  const reader = response.clone().body.getReader();
  const pump = async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      d.received += value.byteLength;
      // identity: the bytes read are the bytes on the wire; compressed: scale by the known sizes
      if (encoding === "identity") d.wireSoFar = d.received;
      else if (decoded && length) d.wireSoFar = Math.min(length, Math.round((d.received * length) / decoded));
      scheduleReport();
    }
    d.done = true;
    // Content-Length is what the server sent, encoded or not (a response passed on by the
    // service worker keeps it, while its timing entry counts the decoded body)
    d.wire = length || wireBytes(response.url || url, d.received);
    if (!d.total) d.total = d.wire;
    scheduleReport();
  };
  pump().catch(() => {});
}

function countingFetch(sizes) {
  const realFetch = self.fetch.bind(self);
  return async (input, init) => {
    const response = await realFetch(input, init);
    try {
      track(new URL(input instanceof Request ? input.url : String(input), self.location.href).href, response, sizes);
    } catch {
      // counting is for the progress bar only: never let it cost the download
    }
    return response;
  };
}

// ---------------------------------------------------------------------------------------------

async function fetchWheel(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the tools' package could not be downloaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}

async function boot({ pyodide: pyodideURL, wheel: wheelURL, stdlib, sizes }) {
  post({ type: "progress", stage: "runtime" });
  self.fetch = countingFetch(sizes || null);
  const wheel = fetchWheel(wheelURL); // in parallel with the runtime, not after it
  wheel.catch(() => {});
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideURL).href);
  const pyodide = await loadPyodide({
    indexURL: pyodideURL,
    stdLibURL: stdlib || new URL("python_stdlib.zip", wheelURL).href,
    packages: [],
  });
  post({ type: "progress", stage: "tools" });
  pyodide.unpackArchive(await wheel, "wheel");
  const bridge = pyodide.pyimport("connectwisely.bridge");
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
      warm(Array.isArray(message.warm) ? message.warm.map(String) : []);
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
