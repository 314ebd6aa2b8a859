// The worker's downloads (worker.js installs siteFetch as its fetch, so Pyodide's own requests
// come here too). Every file the runtime needs is fetched once per visit, through `siteFetch`:
// - asked for at once, but on the wire in the order Python needs them (`AFTER`): the wasm with
//   the whole link, then the standard library, then the wheel, which arrives as Python starts;
// - from this build's offline cache when it holds the file (this worker fills it with the very
//   responses it downloads, so nothing is fetched a second time);
// - the wasm, the standard library and the wheel come gzipped (sitebuild/runtime.py, compiled.py),
//   inflated by DecompressionStream as they arrive; the wasm is handed to Pyodide as an
//   application/wasm Response, so it compiles as it arrives;
// - each response's bytes are counted as they pass, for the download bar.

import { post } from "./worker-post.js";

const realFetch = self.fetch.bind(self);
export const WASM = "pyodide.asm.wasm";
const files = new Map(); // file name -> {wire (expected bytes), loaded, done, cached}
// file name -> the file whose last byte its download waits for (if that one fails, so does Python)
export const AFTER = new Map();
const ended = new Map(); // file name -> {promise, resolve}: its bytes have all arrived (or never will)
const started = performance.now();
// where the site is, its offline cache, each file's size and bytes on the wire (set by useSite)
export const site = { root: "", cache: null, sizes: {}, wire: {}, inflight: new Map() };
let reportTimer = null;

export function report() {
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
      performance.mark(`cw:arrived:${name}`); // for a trace (bench/trace.py)
      endOf(name).resolve();
      scheduleReport();
    },
  }));
}

/** Whether the site sends `name` as `name.gz` (the wasm always; others when the build says). */
const gzipped = (name) => name === WASM || Object.hasOwn(site.wire, name + ".gz");

async function download(url, name) {
  if (AFTER.has(name)) await endOf(AFTER.get(name)).promise;
  if (!gzipped(name)) {
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
  const type = name === WASM ? "application/wasm" : "application/zip";
  return [new Response(body, { status: 200, headers: { "Content-Type": type } }), response];
}

let startStoring;
/** The offline cache's copies wait for this (worker.js resolves it 2 s after ready, or at once
 * when Python failed): writing 11 MB to it while Python starts made a cold start some 150 ms
 * slower on two cores (a paired bench, 13 runs of 16). Until then each copy waits in memory. */
const storing = new Promise((resolve) => (startStoring = resolve));
export { startStoring };

let failDownload;
/** Rejected once a file the runtime needs cannot be had. Pyodide may wait forever then (a wasm
 * it cannot instantiate only logs an error), so boot races it. */
export const downloadFailed = new Promise((resolve, reject) => (failDownload = reject));
downloadFailed.catch(() => {});

function failed(name, why) {
  failDownload(new Error(`${name} could not be downloaded (${why})`));
  endOf(name).resolve(); // nothing more comes: the next download need not wait
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
  let response, original;
  try {
    [response, original] = await download(url, name);
  } catch (error) {
    failed(name, (error && error.message) || "no connection");
    throw error;
  }
  if (!original.ok) failed(name, `HTTP ${original.status}`);
  if (!cache || !original.ok || !response.body) return response;
  // One branch to the caller, one to the cache after ready (`storing`). The wasm too: compiled
  // as it arrives, not from the stored copy once whole (which made a cold visit wait for the
  // whole download before compiling). V8 keeps its compiled code from the next visit on, which
  // compiles the stored copy; that first reload measured no slower (within the noise).
  // The bodies are decoded: keep the type, drop the wire's encoding and length.
  const headers = { "Content-Type": response.headers.get("Content-Type") || "application/octet-stream" };
  const [mine, keep] = response.body.tee();
  storing.then(() => cache.put(url, new Response(keep, { headers }))).catch(() => {});
  return new Response(mine, { headers });
}

export function siteFetch(input, init) {
  const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
  if (!url.startsWith(site.root) || (input instanceof Request && input.method !== "GET")) return realFetch(input, init);
  const early = site.inflight.get(url);
  site.inflight.delete(url); // a body is read once: a second ask fetches again
  return early || fetchOnce(url);
}

/** Start every download now; Pyodide's own requests for them then take these responses. */
export function prefetch(urls) {
  for (const url of urls.filter((url) => !site.inflight.has(url))) {
    const response = fetchOnce(url);
    response.catch(() => {});
    site.inflight.set(url, response);
  }
}

/** A module Pyodide imports: its expected size, or nothing when the runtime came from the
 * offline cache (the modules came with it; a worker's timing entries do not tell). */
export function countModule(url) {
  const f = fileOf(new URL(url).pathname.split("/").pop());
  f.done = true;
  f.cached = [...files.values()].some((other) => other.cached);
  f.loaded = f.wire;
  scheduleReport();
}

/** Where the site is (init's root, cache, sizes and wire), before anything is fetched. */
export function useSite({ root, cache, sizes, wire }) {
  Object.assign(site, { root, cache, sizes: sizes || {}, wire: wire || {} });
  for (const name of Object.keys(site.wire)) fileOf(name.endsWith(".gz") ? name.slice(0, -3) : name);
}
