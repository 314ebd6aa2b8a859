// A form's data-state (idle, loading, ready, busy, done, error: the page contract, CONTRIBUTING.md)
// and the status line that says it in words, with a download bar while Python loads.
// setState is the only code that writes data-state.

import { config } from "./config.js";
import { runtime } from "./runtime.js";

const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

const STATUS = {
  idle: () => `Python starts when you use this tool (${config.megabytes} MB, downloaded once). Nothing you enter leaves this page.`,
  loading: () => `Loading Python in your browser (${config.megabytes} MB, once per visit)…`,
  ready: () => "Ready. Nothing you enter leaves this page.",
  busy: () => "Working…",
};

/** The download bar beside the status: real bytes on the wire, from the worker's responses.
 * Not a live region (the status line announces loading once); its value is readable on demand. */
function showDownload(form, status, state) {
  let bar = form.querySelector(".cw-download");
  if (state !== "loading") {
    if (bar) bar.hidden = true;
    return;
  }
  if (!bar) {
    bar = document.createElement("span");
    bar.className = "cw-download";
    const progress = document.createElement("progress");
    progress.setAttribute("aria-label", "Python download");
    const figures = document.createElement("span");
    figures.className = "cw-download-figures";
    bar.append(progress, figures);
    status.after(bar);
  }
  bar.hidden = false;
  const progress = bar.querySelector("progress");
  const figures = bar.querySelector(".cw-download-figures");
  const download = runtime.download;
  if (download && download.total) {
    progress.max = download.total;
    progress.value = Math.min(download.loaded, download.total);
    figures.textContent = `${megabytes(download.loaded)} of ${megabytes(download.total)} MB`;
    progress.setAttribute("aria-valuetext", figures.textContent);
  } else {
    progress.removeAttribute("value"); // not started yet: an indeterminate bar
    figures.textContent = "";
  }
}

/** Put the form in `state`; the status line says `text`, or the state's own words. */
export function setState(form, state, text) {
  const words = text !== undefined ? text : (STATUS[state] ? STATUS[state]() : "");
  form.dataset.state = state;
  const status = form.querySelector(".cw-status");
  if (!status) return;
  if (status.textContent !== words) status.textContent = words; // said once, not per chunk
  showDownload(form, status, state);
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
