// The runtime: one module worker per tab, started on first need, kept across Material's instant
// navigation. Its protocol (see worker.js and CONTRIBUTING.md):
//   page → worker  {type: "init", pyodide, wheel, stdlib, sizes, warm}
//                  {type: "call", id, call, payload: JSON text}   {type: "warm", widgets}
//   worker → page  {type: "progress", stage}  {type: "ready", bytecode}  {type: "failed", message}
//                  {type: "download", loaded, total, files, elapsed}  (bytes on the wire so far)
//                  {type: "result", id, reply: {ok: true, result} | {ok: false, error}}
//
// When the browser asks to save data (or the link is 2G-slow), nothing downloads until the
// reader's first action: start() waits for it (runtime.deferred), a submit never does.

import { config, NO_RUNTIME } from "./config.js";
import { CACHE_NAME, holdPages, keepOffline, savingData } from "./offline.js";

const CALL_TIMEOUT_MS = 120000;
// Storing for offline use (the runtime's modules, then the site's pages) waits this long after
// ready, so the first answers have the processor to themselves; the worker's own copies
// (worker.js's STORE_AFTER_MS) wait as long. Change them together.
const SETTLE_MS = 2000;
const WORKER_URL = new URL("./worker.js", import.meta.url);
// the worker's own modules (worker.js imports the others), kept offline with it
const WORKER_MODULES = ["worker.js", "worker-fetch.js", "worker-bytecode.js", "worker-post.js"]
  .map((name) => new URL(`./${name}`, import.meta.url).href);

/** The tools on this page, so the worker imports them right after ready, before they are used. */
function widgetsHere() {
  const forms = [...document.querySelectorAll("form[data-widget]")].map((form) => form.dataset.widget);
  return [...new Set(forms.length ? forms : (config && config.start) || [])]; // still parsing: the page's list
}

function failure(message) {
  return { ok: false, error: { kind: "internal", field: null, message } };
}

export const runtime = {
  // a page without the runtime's address can never start it: say so from the start
  state: config ? "idle" : "error",
  error: config ? "" : NO_RUNTIME,
  worker: null,
  pending: new Map(),
  nextId: 1,
  boots: 0,
  download: null, // {loaded, total, elapsed}: bytes on the wire so far, while Python loads
  deferred: false, // waiting for the reader's first action before downloading (saving data)
  listeners: new Set(),

  set(state, error = "") {
    this.state = state;
    this.error = error;
    for (const listener of this.listeners) listener(state);
  },

  /** Start Python; `asked`: the reader did something (a submit), so start even when saving data. */
  start(asked = false) {
    if (this.worker) return;
    if (!config) return this.set("error", NO_RUNTIME);
    const acted = asked || (navigator.userActivation ? navigator.userActivation.hasBeenActive : false);
    if (!acted && savingData()) return this.deferUntilAction();
    this.deferred = false;
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      return this.set("error", "This tool needs WebAssembly and Web Workers, which this browser does not offer or has turned off. The guide around it still works.");
    }
    this.boots += 1;
    document.documentElement.dataset.cwBoots = String(this.boots);
    this.set("loading");
    // the tool page's head started it already (overrides/main.html); adopted once
    this.worker = window.cwWorker || new Worker(WORKER_URL, { type: "module", name: "connectwisely" });
    window.cwWorker = null;
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail("The tools' Python stopped unexpectedly. It will restart when you try again.");
    };
    this.worker.postMessage({
      type: "init", pyodide: config.pyodide, wheel: config.wheel, stdlib: config.stdlib, root: config.root,
      sizes: config.sizes, wire: config.wire, lock: config.lock, cache: CACHE_NAME, warm: widgetsHere(),
    });
    holdPages(new Promise((resolve) => {
      const settled = (state) => {
        if (state === "loading") return;
        this.listeners.delete(settled);
        setTimeout(resolve, state === "error" ? 0 : SETTLE_MS);
      };
      this.listeners.add(settled);
    }));
  },

  /** Saving data: say so, and start at the reader's first action on the page. */
  deferUntilAction() {
    if (this.deferred) return;
    this.deferred = true;
    const go = () => {
      for (const type of ["pointerdown", "keydown"]) removeEventListener(type, go, true);
      this.start(true);
    };
    for (const type of ["pointerdown", "keydown"]) addEventListener(type, go, true);
    this.set("idle");
  },

  /** A page reached by instant navigation: import its tools in the worker's idle time. */
  warm() {
    if (this.worker) this.worker.postMessage({ type: "warm", widgets: widgetsHere() });
  },

  receive(message) {
    if (message.type === "ready") {
      // how many modules Python imported from bytecode stored on an earlier visit (for tests)
      document.documentElement.dataset.cwBytecode = String(message.bytecode || 0);
      // how many zipped modules were compiled once, not twice (sitebuild/zipimport_once.py)
      document.documentElement.dataset.cwCompiledOnce = String(message.compiledOnce || 0);
      this.set("ready");
      // the worker stored what it fetched itself; the service worker keeps the modules it imported
      const modules = [...["pyodide.mjs", "pyodide.asm.mjs"].map((name) => new URL(name, config.pyodide).href), ...WORKER_MODULES];
      setTimeout(() => keepOffline(modules), SETTLE_MS);
    }
    else if (message.type === "progress") this.set("loading");
    else if (message.type === "download") {
      this.download = { loaded: message.loaded, total: message.total, elapsed: message.elapsed };
      if (this.state === "loading") this.set("loading");
    }
    else if (message.type === "failed") this.fail(`Python could not start: ${message.message}. Check your connection and reload the page to try again.`);
    else if (message.type === "result") {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      pending.resolve(message.reply);
    }
  },

  fail(text) {
    if (this.worker) this.worker.terminate();
    this.worker = null;
    for (const { resolve, timer } of this.pending.values()) {
      clearTimeout(timer);
      resolve(failure(text));
    }
    this.pending.clear();
    this.set("error", text);
  },

  /** Call connectwisely.bridge in the worker: resolves to its reply, never rejects. */
  call(name, payload) {
    this.start(true);
    if (!this.worker) return Promise.resolve(failure(this.error));
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.fail("The tool took too long and was stopped. It will restart when you try again."),
        CALL_TIMEOUT_MS,
      );
      this.pending.set(id, { resolve, timer });
      this.worker.postMessage({ type: "call", id, call: name, payload: JSON.stringify(payload) });
    });
  },
};

// A tool page loads this module early (overrides/main.html): start while the page renders.
if (config && config.start.length) runtime.start();
