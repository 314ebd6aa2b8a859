// Binds every <form data-widget> to the tools' Python, which runs in one module worker per tab.
// The page contract (data-state, data-verdict/score/total, data-draft) is in DESIGN.md.
// Results arrive as a JSON view tree and are built with createElement/textContent only.

const meta = document.querySelector('meta[name="connectwisely"]');
const here = location.href;
const config = meta
  ? {
      pyodide: new URL(meta.dataset.pyodide, here).href,
      wheel: new URL(meta.dataset.wheel, here).href,
      root: new URL(meta.dataset.root, here).href,
      megabytes: (Number(meta.dataset.bytes) / 1e6).toFixed(1),
      cacheKey: meta.dataset.cacheKey || "",
      runtimeFiles: (meta.dataset.runtimeFiles || "").split(" ").filter(Boolean),
      team: readTeam(meta.dataset.team), // a hosting team's settings, sent with every call
    }
  : null;

function readTeam(json) {
  if (!json) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null; // the build wrote it, so this cannot happen; the public guide's defaults apply
  }
}
const CALL_TIMEOUT_MS = 120000;
const MAX_FILE_BYTES = 60 * 1024 * 1024;

const STATUS = {
  idle: () => `Python starts when you use this tool (${config.megabytes} MB, downloaded once). Nothing you enter leaves this page.`,
  loading: () => `Loading Python in your browser (${config.megabytes} MB, once per visit)…`,
  ready: () => "Ready. Nothing you enter leaves this page.",
  busy: () => "Working…",
};

// ---------------------------------------------------------------------------------------------
// The runtime: one worker, started on first need, kept across Material's instant navigation.

const runtime = {
  state: "idle",
  worker: null,
  pending: new Map(),
  nextId: 1,
  error: "",
  boots: 0,
  listeners: new Set(),

  set(state, error = "") {
    this.state = state;
    this.error = error;
    for (const listener of this.listeners) listener(state);
  },

  start() {
    if (this.worker) return;
    if (!config) return this.set("error", "This page was built without the tools' runtime.");
    if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
      return this.set("error", "This tool needs WebAssembly and Web Workers, which this browser does not offer or has turned off. The guide around it still works.");
    }
    this.boots += 1;
    document.documentElement.dataset.cwBoots = String(this.boots);
    this.set("loading");
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module", name: "connectwisely" });
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail("The tools' Python stopped unexpectedly. It will restart when you try again.");
    };
    this.worker.postMessage({ type: "init", pyodide: config.pyodide, wheel: config.wheel });
  },

  receive(message) {
    if (message.type === "ready") {
      this.set("ready");
      keepOffline([...config.runtimeFiles.map((name) => new URL(name, config.pyodide).href), config.wheel,
        new URL("./worker.js", import.meta.url).href]);
    }
    else if (message.type === "progress") this.set("loading");
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
      resolve({ ok: false, error: { kind: "internal", field: null, message: text } });
    }
    this.pending.clear();
    this.set("error", text);
  },

  call(name, payload) {
    this.start();
    if (!this.worker) return Promise.resolve({ ok: false, error: { kind: "internal", field: null, message: this.error } });
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

// ---------------------------------------------------------------------------------------------
// Building a view tree safely.

const SVG_NS = "http://www.w3.org/2000/svg";
const HTML_TAGS = new Set(("a b br button caption code details div em figcaption figure h3 h4 h5 " +
  "li meter ol p pre progress section small span strong summary table tbody td tfoot th thead tr ul blockquote dl dt dd").split(" "));
const SVG_TAGS = new Set("svg g rect line path text tspan title desc circle polyline".split(" "));
const ATTRS = new Set(("class role scope colspan rowspan title hidden tabindex min max low high optimum value type " +
  "viewBox width height x y x1 y1 x2 y2 d r cx cy points transform text-anchor dominant-baseline " +
  "focusable preserveAspectRatio").split(" "));

function allowedAttribute(name) {
  return ATTRS.has(name) || /^(aria|data)-[a-z0-9-]+$/.test(name);
}

function build(node, svg = false) {
  if (typeof node === "string" || typeof node === "number") return document.createTextNode(String(node));
  if (!node || typeof node !== "object") return document.createTextNode("");
  const inSvg = svg || node.tag === "svg";
  const allowed = inSvg ? SVG_TAGS.has(node.tag) : HTML_TAGS.has(node.tag);
  const element = allowed
    ? (inSvg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag))
    : document.createElement("span");
  for (const [name, value] of Object.entries(node.attrs || {})) {
    if (allowedAttribute(name)) element.setAttribute(name, String(value));
  }
  if (node.tag === "a" && node.attrs && node.attrs["data-guide"]) {
    const url = new URL(node.attrs["data-guide"], config ? config.root : location.href);
    if (url.origin === location.origin) element.setAttribute("href", url.href);
  }
  if (node.tag === "button" && !element.getAttribute("type")) element.setAttribute("type", "button");
  for (const child of node.children || []) element.appendChild(build(child, inSvg));
  return element;
}

// ---------------------------------------------------------------------------------------------
// Reading a form into the JSON the Python side expects ("a.0.b" names become nested lists).

function setPath(target, path, value) {
  const keys = path.split(".");
  let node = target;
  keys.forEach((key, index) => {
    const last = index === keys.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(keys[index + 1]);
    if (last) node[key] = value;
    else {
      if (node[key] === undefined) node[key] = nextIsIndex ? [] : {};
      node = node[key];
    }
  });
}

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function readFile(file, fieldName) {
  if (file.size > MAX_FILE_BYTES) {
    throw Object.assign(new Error(`${file.name} is ${(file.size / 1e6).toFixed(0)} MB; the most this tool reads is ${MAX_FILE_BYTES / 1024 / 1024} MB.`), { field: fieldName });
  }
  return { name: file.name, size: file.size, base64: toBase64(await file.arrayBuffer()) };
}

async function collect(form) {
  const data = {};
  for (const element of form.elements) {
    if (!element.name || element.disabled) continue;
    let value;
    if (element.type === "checkbox") value = element.checked ? "on" : "";
    else if (element.type === "radio") {
      if (!element.checked) continue;
      value = element.value;
    } else if (element.type === "file") {
      const file = element.files && element.files[0];
      value = file ? await readFile(file, element.name) : null;
    } else value = element.value;
    setPath(data, element.name, value);
  }
  for (const [name, value] of Object.entries(form.cwExtra || {})) setPath(data, name, value);
  return data;
}

// ---------------------------------------------------------------------------------------------
// One form.

function part(form, selector) {
  return form.querySelector(selector);
}

function setState(form, state, text) {
  form.dataset.state = state;
  const status = part(form, ".cw-status");
  if (status) status.textContent = text !== undefined ? text : (STATUS[state] ? STATUS[state]() : "");
}

function clearErrors(form) {
  for (const p of form.querySelectorAll(".cw-error")) {
    p.textContent = "";
    p.hidden = true;
  }
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  const alert = part(form, ".cw-form-error");
  alert.textContent = "";
  alert.hidden = true;
}

function showError(form, error) {
  const message = error.message || "Something went wrong.";
  const fieldName = (error.field || "").replace(/\[(\d+)\]\./g, ".$1.").replace(/\[(\d+)\]$/, ".$1");
  let field = fieldName ? form.querySelector(`[name="${CSS.escape(fieldName)}"]`) : null;
  if (!field && fieldName) field = form.querySelector(`[name^="${CSS.escape(fieldName.split(".")[0])}"]`);
  if (field) {
    field.setAttribute("aria-invalid", "true");
    const errorId = (field.getAttribute("aria-describedby") || "").split(" ").find((id) => id.endsWith("-error"));
    const line = errorId && document.getElementById(errorId);
    if (line) {
      line.textContent = message;
      line.hidden = false;
    }
  }
  const alert = part(form, ".cw-form-error");
  alert.textContent = message;
  alert.hidden = false;
  setState(form, "error", message);
}

const HEADLINE_KEYS = ["verdict", "score", "total"];

function showResult(form, answer) {
  const area = part(form, ".cw-result");
  area.replaceChildren(build(answer.view));
  for (const key of HEADLINE_KEYS) delete form.dataset[key];
  for (const [key, value] of Object.entries(answer.headline || {})) form.dataset[key] = String(value);
  const summary = answer.result && typeof answer.result.summary === "string" ? answer.result.summary : "Done.";
  setState(form, "done", summary);
}

async function run(form) {
  const serial = (form.cwSerial = (form.cwSerial || 0) + 1);
  clearErrors(form);
  let submitted;
  try {
    submitted = await collect(form);
  } catch (error) {
    return showError(form, { message: error.message, field: error.field });
  }
  form.cwPending = true;
  runtime.start();
  setState(form, runtime.state === "ready" ? "busy" : runtime.state === "error" ? "error" : "loading");
  const payload = { name: form.dataset.widget, submitted };
  if (config.team) payload.team = config.team;
  const reply = await runtime.call("submit", payload);
  if (serial !== form.cwSerial) return; // a newer run has started; its answer wins
  form.cwPending = false;
  if (reply.ok) showResult(form, reply.result);
  else showError(form, reply.error);
}

function updateCount(form, output) {
  const field = form.elements.namedItem(output.dataset.countFor);
  const limitField = form.elements.namedItem("limit");
  const limit = Number(limitField && limitField.value) || 200;
  const length = field ? field.value.length : 0; // UTF-16 code units, as LinkedIn's box counts
  output.textContent = `${length} / ${limit}`;
  output.classList.toggle("cw-over", length > limit);
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

function act(form, button) {
  const action = button.dataset.action;
  if (action === "copy") {
    copyText(button.dataset.copy || "").then((ok) => {
      button.textContent = ok ? "Copied" : "Select the text and copy it";
    });
  } else if (action === "download") {
    const blob = new Blob([button.dataset.content || ""], { type: button.dataset.type || "text/plain" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = button.dataset.filename || "download.txt";
    document.body.appendChild(link);
    link.click();
    setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  } else if (action === "send") {
    const target = document.querySelector(`form[data-widget="${CSS.escape(button.dataset.widget || "")}"]`);
    const field = target && target.elements.namedItem(button.dataset.field || "");
    if (field) {
      // data-also: a JSON object of more fields to set first, e.g. {"limit": "300"}
      let also = {};
      try { also = JSON.parse(button.dataset.also || "{}"); } catch { also = {}; }
      for (const [name, value] of Object.entries(also)) {
        const other = target.elements.namedItem(name);
        if (other) other.value = String(value); // a radio group checks the matching radio
      }
      field.value = button.dataset.value || "";
      field.dispatchEvent(new Event("input", { bubbles: true }));
      field.focus();
      target.requestSubmit();
    }
  } else if (action === "resubmit") {
    // A field the form shows takes the value (the reader sees it); otherwise it rides along.
    const field = form.elements.namedItem(button.dataset.field || "");
    if (field) field.value = button.dataset.value || "";
    else form.cwExtra = { ...(form.cwExtra || {}), [button.dataset.field]: button.dataset.value };
    form.requestSubmit();
  }
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch { ok = false; }
    area.remove();
    return ok;
  }
}

const visibility = "IntersectionObserver" in window
  ? new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) runtime.start();
    })
  : null;

// A file field's wrapper marked data-dropzone also takes a file dropped on it.
function bindDropzone(zone) {
  const input = zone.querySelector('input[type="file"]');
  if (!input) return;
  const over = (on) => zone.classList.toggle("cw-dragover", on);
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    over(true);
  });
  zone.addEventListener("dragleave", () => over(false));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    over(false);
    const files = event.dataTransfer && event.dataTransfer.files;
    if (!files || !files.length) return;
    input.files = files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

// A repeatable group (<fieldset data-group data-max>) gets an "Add another" button that copies
// its last entry, empty, with names ("positions.2.title") and ids renumbered.

function renumberEntry(entry, group, from, to) {
  const name = new RegExp(`^${group}\\.${from}\\.`);
  const id = new RegExp(`-${group}-${from}-`, "g");
  for (const el of entry.querySelectorAll("[name]")) el.name = el.name.replace(name, `${group}.${to}.`);
  for (const attr of ["id", "for", "aria-describedby"]) {
    for (const el of entry.querySelectorAll(`[${attr}]`)) el.setAttribute(attr, el.getAttribute(attr).replace(id, `-${group}-${to}-`));
  }
  for (const el of entry.querySelectorAll("input, textarea, select")) {
    if (el.type === "checkbox" || el.type === "radio") el.checked = false;
    else if (el.tagName === "SELECT") el.selectedIndex = 0;
    else el.value = "";
    el.removeAttribute("aria-invalid");
  }
  for (const line of entry.querySelectorAll(".cw-error")) {
    line.textContent = "";
    line.hidden = true;
  }
  entry.dataset.entry = String(to);
  const legend = entry.querySelector(":scope > legend");
  if (legend) legend.textContent = legend.textContent.replace(/\d+$/, String(to + 1));
}

function bindGroup(group) {
  const max = Number(group.dataset.max) || Infinity;
  const entries = () => group.querySelectorAll(":scope > .cw-entry");
  const legend = group.querySelector(":scope > legend");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "md-button cw-add-entry";
  button.textContent = `Add another ${(legend ? legend.textContent : "entry").toLowerCase()}`;
  const update = () => { button.disabled = entries().length >= max; };
  button.addEventListener("click", () => {
    const all = entries();
    if (!all.length || all.length >= max) return;
    const last = all[all.length - 1];
    const copy = last.cloneNode(true);
    renumberEntry(copy, group.dataset.group, Number(last.dataset.entry), all.length);
    last.after(copy);
    update();
    const first = copy.querySelector("input, textarea, select");
    if (first) first.focus();
  });
  const error = group.querySelector(":scope > .cw-error");
  group.insertBefore(button, error);
  update();
}

// Fields marked data-remember (say, the reader's own industry) are kept in this browser's
// localStorage only while the reader ticks "Remember"; "Forget" wipes them. Nothing else is kept.

function bindRemember(form) {
  const fields = [...form.querySelectorAll("[data-remember][name]")];
  const key = `connectwisely:${form.dataset.widget}:remembered`;
  if (!fields.length) {
    // nothing here may be remembered (a team can turn it off): drop what an older visit kept
    try { localStorage.removeItem(key); } catch { /* storage off */ }
    return;
  }
  const store = {
    read() { try { return JSON.parse(localStorage.getItem(key) || "null"); } catch { return null; } },
    write(value) {
      try { if (value) localStorage.setItem(key, JSON.stringify(value)); else localStorage.removeItem(key); } catch { /* storage off: keep nothing */ }
    },
  };
  const box = document.createElement("div");
  box.className = "cw-field cw-check-field cw-remember";
  const toggle = document.createElement("input");
  toggle.type = "checkbox";
  toggle.id = `${fields[0].id}-remember`;
  const label = document.createElement("label");
  label.htmlFor = toggle.id;
  label.textContent = "Remember these on this device";
  const forget = document.createElement("button");
  forget.type = "button";
  forget.className = "md-button cw-forget";
  forget.textContent = "Forget";
  box.append(toggle, label, forget);
  fields[fields.length - 1].closest(".cw-field").after(box);
  const save = () => {
    if (!toggle.checked) return;
    store.write(Object.fromEntries(fields.map((field) => [field.name, field.value])));
    forget.hidden = false;
  };
  const saved = store.read();
  if (saved && typeof saved === "object") {
    for (const field of fields) if (typeof saved[field.name] === "string") field.value = saved[field.name];
    toggle.checked = true;
  }
  forget.hidden = !toggle.checked;
  toggle.addEventListener("change", () => {
    if (toggle.checked) save();
    else { store.write(null); forget.hidden = true; }
  });
  for (const field of fields) field.addEventListener("change", save);
  forget.addEventListener("click", () => {
    store.write(null);
    toggle.checked = false;
    forget.hidden = true;
    for (const field of fields) field.value = "";
    toggle.focus();
  });
}

function bind(form) {
  if (form.cwBound) return;
  form.cwBound = true;
  setState(form, runtime.state, runtime.state === "error" ? runtime.error : undefined);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(form);
  });
  form.addEventListener("focusin", () => runtime.start(), { once: true });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (button && form.contains(button)) act(form, button);
  });
  const outputs = form.querySelectorAll("output[data-count-for]");
  const refresh = () => outputs.forEach((output) => updateCount(form, output));
  refresh();
  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  if (form.dataset.live === "true") {
    const live = debounce(() => {
      if (runtime.state === "ready" || form.dataset.state === "done" || form.dataset.state === "error") run(form);
    }, 200);
    form.addEventListener("input", live);
    form.addEventListener("change", live);
  }
  for (const zone of form.querySelectorAll("[data-dropzone]")) bindDropzone(zone);
  for (const group of form.querySelectorAll("fieldset[data-group]")) bindGroup(group);
  bindRemember(form);
  // tool pages start Python as the form comes into view; a form embedded in a guide page
  // (data-start="on-use") waits until the reader uses it, so its readers download nothing
  if (visibility && form.dataset.start !== "on-use") visibility.observe(form);
}

runtime.listeners.add((state) => {
  for (const form of document.querySelectorAll("form[data-widget]")) {
    if (form.cwPending) {
      if (state === "ready") setState(form, "busy");
      else if (state === "loading") setState(form, "loading");
    } else if (form.dataset.state !== "done") {
      setState(form, state, state === "error" ? runtime.error : undefined);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Offline after the first visit: a service worker at the site's root (see sw.js).

const offline = config && "serviceWorker" in navigator && window.isSecureContext && config.cacheKey
  ? navigator.serviceWorker
      .register(new URL(`sw.js?v=${config.cacheKey}`, config.root), { scope: config.root })
      .then(() => navigator.serviceWorker.ready)
      .catch(() => null)
  : Promise.resolve(null);

function keepOffline(urls) {
  offline.then((registration) => {
    if (registration && registration.active) registration.active.postMessage({ type: "cache", urls });
  });
}

// What this first page loaded before the service worker took control.
keepOffline([location.href, ...performance.getEntriesByType("resource").map((entry) => entry.name)
  .filter((url) => url.startsWith(location.origin))]);

// ---------------------------------------------------------------------------------------------
// Material gives each code block an unnamed <nav> for its copy button; with two code blocks on
// a page, screen readers list landmarks they cannot tell apart (axe: landmark-unique).

function nameCodeMenus() {
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    nav.setAttribute("aria-label", `Code block ${index + 1}`);
  });
}

new MutationObserver((records) => {
  const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1
    && (n.matches(".md-code__nav") || n.querySelector(".md-code__nav"))));
  if (added) nameCodeMenus();
}).observe(document.documentElement, { childList: true, subtree: true });

function bindAll() {
  nameCodeMenus();
  for (const form of document.querySelectorAll("form[data-widget]")) bind(form);
}

if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(bindAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", bindAll);
else bindAll();
