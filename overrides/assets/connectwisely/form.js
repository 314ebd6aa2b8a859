// One tool's form: submit runs its Python through the runtime, buttons in the result act, and
// the form's helpers (counter, drop zones, repeatable groups, remember) are bound once.

import { act } from "./actions.js";
import { config } from "./config.js";
import { bindCounters } from "./counter.js";
import { bindDropzone } from "./dropzone.js";
import { problems } from "./checks.js";
import { clearErrors, showError, showProblems, showResult } from "./feedback.js";
import { collect } from "./form-data.js";
import { bindGroup } from "./groups.js";
import { bindRemember } from "./remember.js";
import { bindLanguage } from "./language.js";
import { runtime } from "./runtime.js";
import { setState, showRuntimeState } from "./state.js";

const LIVE_DELAY_MS = 200;

// tool pages start Python as the form comes into view
const visibility = "IntersectionObserver" in window
  ? new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) runtime.start();
    })
  : null;

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

async function run(form, live = false) {
  const serial = (form.cwSerial = (form.cwSerial || 0) + 1);
  clearErrors(form);
  const found = problems(form); // what the browser can see at once, in Python's words
  if (found.length) {
    form.cwPending = false;
    return showProblems(form, found, !live); // no focus jump while the reader types
  }
  let submitted;
  try {
    submitted = await collect(form);
  } catch (error) {
    return showError(form, { message: error.message, field: error.field });
  }
  form.cwPending = true;
  runtime.start();
  setState(form, runtime.state === "ready" ? "busy" : runtime.state === "error" ? "error" : "loading", runtime.state === "error" ? runtime.error : undefined);
  const payload = { name: form.dataset.widget, submitted };
  if (config && config.team) payload.team = config.team;
  const reply = await runtime.call("submit", payload);
  if (serial !== form.cwSerial) return; // a newer run has started; its answer wins
  form.cwPending = false;
  if (reply.ok) showResult(form, reply.result);
  else showError(form, reply.error);
}

function bindLive(form) {
  const live = debounce(() => {
    if (runtime.state === "ready" || form.dataset.state === "done" || form.dataset.state === "error") run(form, true);
  }, LIVE_DELAY_MS);
  form.addEventListener("input", live);
  form.addEventListener("change", live);
}

export function bindForm(form) {
  if (form.cwBound) return;
  form.cwBound = true;
  runtime.warm(); // a worker kept from an earlier page imports this page's tool now
  showRuntimeState(form, runtime);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run(form);
  });
  form.addEventListener("focusin", () => runtime.start(), { once: true });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action]");
    if (button && form.contains(button)) act(form, button);
  });
  bindCounters(form);
  if (form.dataset.live === "true") bindLive(form);
  for (const zone of form.querySelectorAll("[data-dropzone]")) bindDropzone(zone);
  for (const group of form.querySelectorAll("fieldset[data-group]")) bindGroup(group);
  bindRemember(form);
  bindLanguage(form); // the drafter's language starts at the browser's, when it writes it
  // a form embedded in a guide page (data-start="on-use") waits until the reader uses it, so
  // its readers download nothing
  if (visibility && form.dataset.start !== "on-use") visibility.observe(form);
}
