// The tools' Python: one module worker per tab (Pyodide 314 runs only in module workers).
// It loads the site's own Pyodide runtime and the project's wheel once, then answers
// {id, call, payload} messages through connectwisely.bridge, JSON in and JSON out.

let ready = null; // Promise of the bridge's `call` function

function post(message) {
  self.postMessage(message);
}

async function boot({ pyodide: pyodideURL, wheel: wheelURL }) {
  post({ type: "progress", stage: "runtime" });
  const { loadPyodide } = await import(new URL("pyodide.mjs", pyodideURL).href);
  const pyodide = await loadPyodide({ indexURL: pyodideURL, packages: [] });
  post({ type: "progress", stage: "tools" });
  const failures = [];
  // loadPackage does not reject when a download fails: it reports through errorCallback.
  await pyodide.loadPackage(wheelURL, {
    messageCallback: () => {},
    errorCallback: (message) => failures.push(message),
  });
  if (failures.length) throw new Error(`Could not load the tools' Python package: ${failures.join("; ")}`);
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
