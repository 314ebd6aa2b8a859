// Where the tools' Python lives, read once from <meta name="connectwisely"> (overrides/main.html).
// `config` is null on a page built without the runtime: every module must allow for that, so the
// forms can say so instead of failing.

const meta = document.querySelector('meta[name="connectwisely"]');
const here = location.href;

function readJSON(json) {
  if (!json) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null; // the build wrote it, so this cannot happen; the defaults apply
  }
}

export const config = meta
  ? {
      pyodide: new URL(meta.dataset.pyodide, here).href,
      wheel: new URL(meta.dataset.wheel, here).href,
      root: new URL(meta.dataset.root, here).href,
      stdlib: meta.dataset.stdlib ? new URL(meta.dataset.stdlib, here).href : undefined,
      bytes: Number(meta.dataset.bytes), // on the wire, as GitHub Pages sends it (wasm gzipped)
      megabytes: (Number(meta.dataset.bytes) / 1e6).toFixed(1),
      sizes: readJSON(meta.dataset.sizes), // file name -> decoded size, for the progress bar
      wire: readJSON(meta.dataset.wire), // file name -> bytes on the wire, as GitHub Pages sends it
      lock: readJSON(meta.dataset.lock), // the runtime's lock info: Pyodide gets a lock naming no packages
      cacheKey: meta.dataset.cacheKey || "",
      runtimeFiles: (meta.dataset.runtimeFiles || "").split(" ").filter(Boolean),
      start: (meta.dataset.start || "").split(" ").filter(Boolean), // a tool page's tools: start at once
      team: readJSON(meta.dataset.team), // a hosting team's settings, sent with every call
    }
  : null;

export const NO_RUNTIME = "This page was built without the tools' runtime.";
