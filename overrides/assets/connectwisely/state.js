// A form's data-state (idle, loading, ready, busy, done, error: the page contract, CONTRIBUTING.md)
// and the status line that says it in words. setState is the only code that writes data-state.

import { config } from "./config.js";

const STATUS = {
  idle: () => `Python starts when you use this tool (${config.megabytes} MB, downloaded once). Nothing you enter leaves this page.`,
  loading: () => `Loading Python in your browser (${config.megabytes} MB, once per visit)…`,
  ready: () => "Ready. Nothing you enter leaves this page.",
  busy: () => "Working…",
};

/** Put the form in `state`; the status line says `text`, or the state's own words. */
export function setState(form, state, text) {
  form.dataset.state = state;
  const status = form.querySelector(".cw-status");
  if (status) status.textContent = text !== undefined ? text : (STATUS[state] ? STATUS[state]() : "");
}

/** The form's state when the runtime is in `runtime.state` and the form shows no answer. */
export function showRuntimeState(form, runtime) {
  setState(form, runtime.state, runtime.state === "error" ? runtime.error : undefined);
}

/** Forms follow the runtime: one waiting for an answer says loading/busy; a shown answer stays. */
export function followRuntime(runtime) {
  runtime.listeners.add((state) => {
    for (const form of document.querySelectorAll("form[data-widget]")) {
      if (form.cwPending) {
        if (state === "ready") setState(form, "busy");
        else if (state === "loading") setState(form, "loading");
      } else if (form.dataset.state !== "done") {
        showRuntimeState(form, runtime);
      }
    }
  });
}
