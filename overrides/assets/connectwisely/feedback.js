// What a call's reply shows in the form: the result's view and headline figures, or an error
// next to the field it is about (and in the form's alert).

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
}

/** `error.field` is the API's path ("positions[2].start"); the form names it "positions.2.start". */
export function showError(form, error) {
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
  const alert = form.querySelector(".cw-form-error");
  alert.textContent = message;
  alert.hidden = false;
  setState(form, "error", message);
}

export function showResult(form, answer) {
  const area = form.querySelector(".cw-result");
  area.replaceChildren(build(answer.view));
  for (const key of HEADLINE_KEYS) delete form.dataset[key];
  for (const [key, value] of Object.entries(answer.headline || {})) form.dataset[key] = String(value);
  const summary = answer.result && typeof answer.result.summary === "string" ? answer.result.summary : "Done.";
  setState(form, "done", summary);
}
