// Offline after the first visit: a service worker at the site's root (see overrides/sw.js).
// The worker stores the runtime it downloads straight into this build's cache (CACHE_NAME), so
// nothing is downloaded twice; this module asks the service worker to keep what a page loaded
// (its scripts, these modules included) and, once the page is idle (and a tool it started is
// ready), the site's other pages: never when the reader's browser asks to save data.

import { config } from "./config.js";

const supported = Boolean(config && "serviceWorker" in navigator && window.isSecureContext && config.cacheKey);

/** This build's offline cache, which the worker reads first and fills; null without one.
 * overrides/main.html names it too (the worker it starts early): change both together. */
export const CACHE_NAME = supported ? `connectwisely-${config.cacheKey}` : null;

/** The browser asks to save data, or the link is a slow one: download only what is asked for.
 * overrides/main.html's early worker start checks the same: change both together. */
export function savingData() {
  const link = navigator.connection;
  return Boolean(link && (link.saveData || ["slow-2g", "2g"].includes(link.effectiveType)));
}

const holds = new Set(); // promises of tools getting ready (holdPages)

// Registered once the page has loaded and a tool it starts is ready (holdPages): on a first
// visit the service worker's start and its fetches would otherwise share the processor with
// Python's. Nothing is lost meanwhile: the worker stores the runtime itself, and what the page
// loaded is kept from the HTTP cache (keepThisPage).
const registered = supported
  ? loadedAndFree()
      .then(() => navigator.serviceWorker.register(new URL(`sw.js?v=${config.cacheKey}`, config.root), { scope: config.root }))
      .then(() => navigator.serviceWorker.ready)
      .catch(() => null)
  : Promise.resolve(null);

function tell(message) {
  registered.then((registration) => {
    if (registration && registration.active) registration.active.postMessage(message);
  });
}

/** Ask the service worker (once it is active) to keep these URLs in this build's cache. */
export function keepOffline(urls) {
  tell({ type: "cache", urls });
}

/** The page has loaded and no tool is getting ready (a tool page starts its tool first). */
async function loadedAndFree() {
  if (document.readyState !== "complete") await new Promise((resolve) => addEventListener("load", resolve, { once: true }));
  await new Promise((resolve) => setTimeout(resolve, 500));
  while (holds.size) await Promise.allSettled([...holds]);
}

/** The other pages are stored only after `promise` (a tool getting ready) settles. */
export function holdPages(promise) {
  holds.add(promise);
  promise.then(() => holds.delete(promise), () => holds.delete(promise));
}

const idle = () => new Promise((resolve) => {
  if ("requestIdleCallback" in window) requestIdleCallback(resolve, { timeout: 10000 });
  else setTimeout(resolve, 2000);
});

let pagesAsked = false;

/** Once the page has loaded, its tool is ready and the browser is idle: store the other pages. */
async function keepPagesWhenIdle() {
  if (pagesAsked || !supported) return;
  pagesAsked = true;
  await loadedAndFree();
  await idle();
  keepLoaded(); // what loaded since (the icon, late scripts): from the HTTP cache
  if (!savingData()) tell({ type: "pages" });
}

function keepLoaded() {
  keepOffline([location.href, ...performance.getEntriesByType("resource").map((entry) => entry.name)
    .filter((url) => url.startsWith(location.origin))]);
}

/** What this first page loaded before the service worker took control; later, the other pages. */
export function keepThisPage() {
  keepLoaded();
  keepPagesWhenIdle();
}
