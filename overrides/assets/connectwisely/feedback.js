// What a call's reply shows in the form: the result's view and headline figures, or each error
// once, next to the field it is about (the form's alert, for one that has no field).

import { setState } from "./state.js";
import { build } from "./view.js";

// The form's data-* headline figures (page contract): each tool's view puts one of these in
// `headline`. Checked against connectwisely's tool registry by tests/unit/test_tools.py.
const HEADLINE_KEYS = ["verdict", "score", "total"];

export function clearErrors(form) {
  for (const p of form.querySelectorAll(".cw-error")) {
    p.textContent = "";
    p.hidden = true;
  }
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  const alert = form.querySelector(".cw-form-error");
  alert.textContent = "";
  alert.hidden = true;
  alert.classList.remove("cw-visually-hidden");
  form.cwShowsProblem = false;
}

function clearResult(form) {
  form.querySelector(".cw-result").replaceChildren();
  for (const key of HEADLINE_KEYS) delete form.dataset[key];
}

/** The field an API path names ("positions[2].start" is the form's "positions.2.start"). */
function fieldFor(form, path) {
  const name = (path || "").replace(/\[(\d+)\]\./g, ".$1.").replace(/\[(\d+)\]$/, ".$1");
  if (!name) return null;
  return form.querySelector(`[name="${CSS.escape(name)}"]`)
    || form.querySelector(`[name^="${CSS.escape(name.split(".")[0])}"]`);
}

/** `message` on the error line of `field`; false if the field has none. */
function markField(field, message) {
  const errorId = (field.getAttribute("aria-describedby") || "").split(" ").find((id) => id.endsWith("-error"));
  const line = errorId && document.getElementById(errorId);
  if (!line) return false;
  field.setAttribute("aria-invalid", "true");
  line.textContent = message;
  line.hidden = false;
  return true;
}

function focusField(field) {
  for (let fold = field.closest("details"); fold; fold = fold.parentElement.closest("details")) fold.open = true;
  field.focus({ preventScroll: true });
  field.scrollIntoView({ block: "center" });
}

/** Problems found before or by Python ([{element, message}]): each message shown once, next to
 * its field, with focus moved to the first; the old result gone. The form's alert carries the
 * first message too (read out by screen readers, seen only when no field shows it). */
export function showProblems(form, found, focus = true) {
  clearResult(form);
  let first = null;
  for (const { element, message } of found) {
    if (element && markField(element, message)) first = first || element;
  }
  const alert = form.querySelector(".cw-form-error");
  const unplaced = found.find(({ element }) => !element || element.getAttribute("aria-invalid") !== "true");
  alert.textContent = (unplaced || found[0]).message;
  alert.classList.toggle("cw-visually-hidden", !unplaced);
  alert.hidden = false;
  if (first && focus) focusField(first);
  form.cwShowsProblem = true; // the runtime's own states no longer replace it (state.js)
  setState(form, "error", first ? "Not run yet: fix the marked field." : "");
}

export function showError(form, error) {
  const message = error.message || "Something went wrong.";
  const field = error.kind === "internal" ? null : fieldFor(form, error.field);
  showProblems(form, [{ element: field, message }]);
}

/** Values read from the reader's files go into the fields they left empty, and a line at the
 * top of the result says which: the form shows what was read. */
function fillFromFiles(form, area, filled) {
  for (const field of form.querySelectorAll('[data-filled="true"]')) {
    // read from an earlier file and left as it was: the new reading replaces it
    if (field.value === field.dataset.filledValue) field.value = "";
    delete field.dataset.filled;
    delete field.dataset.filledValue;
  }
  const labels = [];
  for (const [name, value] of Object.entries(filled || {})) {
    const field = form.elements.namedItem(name);
    if (!field || !("value" in field) || field.value.trim()) continue;
    field.value = value;
    field.dataset.filled = "true";
    field.dataset.filledValue = field.value; // as the field holds it (an input drops line breaks)
    const fold = field.closest("details");
    if (fold) fold.open = true;
    const label = field.labels && field.labels[0];
    labels.push(label ? label.textContent : name);
  }
  if (!labels.length) return;
  const line = document.createElement("p");
  line.className = "cw-filled";
  line.textContent = `Read from your file and filled in above: ${labels.join(", ")}. Change any of them and submit again.`;
  area.prepend(line);
}

export function showResult(form, answer) {
  const area = form.querySelector(".cw-result");
  area.replaceChildren(build(answer.view));
  fillFromFiles(form, area, answer.filled);
  for (const key of HEADLINE_KEYS) delete form.dataset[key];
  for (const [key, value] of Object.entries(answer.headline || {})) form.dataset[key] = String(value);
  const summary = answer.result && typeof answer.result.summary === "string" ? answer.result.summary : "Done.";
  setState(form, "done", summary);
}
