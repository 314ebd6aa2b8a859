// A form's data-state (idle, loading, ready, busy, done, error: the page contract, CONTRIBUTING.md)
// and the status line that says it in words, with a download bar while Python loads.
// setState is the only code that writes data-state.

import { config } from "./config.js";
import { runtime } from "./runtime.js";

const megabytes = (bytes) => (bytes / 1e6).toFixed(1);
const PRIVATE = "Nothing you enter leaves this page.";

const STATUS = {
  idle: () => runtime.deferred
    ? `Your browser asks to save data, so nothing downloads until you start: the tool needs ${config.megabytes} MB, once. ${PRIVATE}`
    : `The tool gets ready when you first use it: ${config.megabytes} MB, once. ${PRIVATE}`,
  loading: () => `Getting the tool ready: ${config.megabytes} MB, once. ${PRIVATE}`,
  ready: () => `Ready. ${PRIVATE}`,
  busy: () => "Working…",
};

/** "about 8 s left", once a second of downloading gives a rate to go by; else "". */
function timeLeft(download) {
  const seconds = (download.elapsed || 0) / 1000;
  if (seconds < 1 || download.loaded < 50_000 || download.loaded >= download.total) return "";
  const left = ((download.total - download.loaded) / download.loaded) * seconds;
  return left < 1 ? ", almost done" : `, about ${left < 60 ? Math.ceil(left) + " s" : Math.ceil(left / 60) + " min"} left`;
}

/** The download bar beside the status: real bytes on the wire, counted by the worker as every
 * file it needs arrives; the total is every byte the tool fetches before it is ready.
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
    progress.setAttribute("aria-label", "Tool download");
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
    figures.textContent = `${megabytes(download.loaded)} of ${megabytes(download.total)} MB${timeLeft(download)}`;
    progress.setAttribute("aria-valuetext", figures.textContent);
  } else {
    progress.removeAttribute("value"); // not started yet, or all stored on this device
    figures.textContent = download ? "stored on this device" : "";
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

/** Forms follow the runtime: one waiting for an answer says loading/busy; a shown answer or
 * a shown problem with the reader's input stays. */
export function followRuntime(runtime) {
  runtime.listeners.add((state) => {
    for (const form of document.querySelectorAll("form[data-widget]")) {
      if (form.cwPending) {
        if (state === "ready") setState(form, "busy");
        else if (state === "loading") setState(form, "loading");
      } else if (form.dataset.state !== "done" && !form.cwShowsProblem) {
        showRuntimeState(form, runtime);
      }
    }
  });
}
