// The tools' Python: one module worker per tab (Pyodide 314 runs only in module workers).
// It loads the site's own Pyodide runtime and the project's wheel once, then answers
// {id, call, payload} messages through connectwisely.bridge, JSON in and JSON out.

let ready = null; // Promise of the bridge's `call` function

function post(message) {
  self.postMessage(message);
}

async function fetchWheel(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the tools' package could not be downloaded (HTTP ${response.status})`);
  return response.arrayBuffer();
}

async function boot({ pyodide: pyodideURL, wheel: wheelURL }) {
  post({ type: "progress", stage: "runtime" });
  const wheel = fetchWheel(wheelURL); // in parallel with the runtime, not after it
  wheel.catch(() => {});
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideURL).href);
  const pyodide = await loadPyodide({ indexURL: pyodideURL, packages: [] });
  post({ type: "progress", stage: "tools" });
  pyodide.unpackArchive(await wheel, "wheel");
  const bridge = pyodide.pyimport("connectwisely.bridge");
  post({ type: "ready" });
  return (name, payloadJSON) => bridge.call(name, payloadJSON);
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
  if (message.type === "call") {
    let reply;
    try {
      const call = await ready;
      reply = JSON.parse(call(message.call, message.payload));
    } catch (error) {
      reply = {
        ok: false,
        error: { kind: "internal", field: null, message: `Python could not answer: ${(error && error.message) || error}` },
      };
    }
    post({ type: "result", id: message.id, reply });
  }
};
