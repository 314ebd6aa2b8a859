// Offline after the first visit: a service worker at the site's root (see overrides/sw.js).
// It precaches the pages; this module asks it to keep what a page loaded (its scripts, these
// modules included) and, once a tool has started, the runtime and the wheel.

import { config } from "./config.js";

const registered = config && "serviceWorker" in navigator && window.isSecureContext && config.cacheKey
  ? navigator.serviceWorker
      .register(new URL(`sw.js?v=${config.cacheKey}`, config.root), { scope: config.root })
      .then(() => navigator.serviceWorker.ready)
      .catch(() => null)
  : Promise.resolve(null);

/** Ask the service worker (once it is active) to keep these URLs in this build's cache. */
export function keepOffline(urls) {
  registered.then((registration) => {
    if (registration && registration.active) registration.active.postMessage({ type: "cache", urls });
  });
}

/** What this first page loaded before the service worker took control. */
export function keepThisPage() {
  keepOffline([location.href, ...performance.getEntriesByType("resource").map((entry) => entry.name)
    .filter((url) => url.startsWith(location.origin))]);
}
