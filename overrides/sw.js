// Offline after the first visit. Registered by offline.js with ?v=<build key>: the key changes
// with the Pyodide version, the wheel and the site's own scripts, so an upgrade gets a fresh
// cache and never serves stale files. Scoped to the site's root, so it works under a sub-path.
//
// - pages (navigations): network first, the cached copy when offline;
// - files whose names carry a version (Pyodide, the wheel, Material's bundles) and the site's
//   own scripts (covered by the build key): cache first;
// - the runtime the tools' worker downloads is stored by that worker itself, in this very cache
//   (under pyodide.asm.wasm, inflated): this worker never downloads it again, and leaves the
//   gzipped copy (.gz) to the network;
// - everything else (pages fetched by instant navigation, the search index): network first;
// - the other pages are precached from sitemap.xml when a page asks (offline.js: once it is idle,
//   its tool ready, and the reader does not save data), never at install.

const VERSION = new URL(self.location.href).searchParams.get("v") || "dev";
const PREFIX = "connectwisely-";
const CACHE = PREFIX + VERSION;
const SCOPE = self.registration.scope;

function ours(url) {
  return url.startsWith(SCOPE) && !url.includes("/sw.js");
}

async function pagesFromSitemap() {
  try {
    const response = await fetch(new URL("sitemap.xml", SCOPE), { cache: "no-cache" });
    const xml = await response.text();
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((m) => new URL(new URL(m[1]).pathname, SCOPE).href)
      .filter(ours);
  } catch {
    return [];
  }
}

async function store(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    // the runtime's WebAssembly is the tools' worker's to store (inflated, as it downloaded it)
    urls.filter((url) => ours(url) && !url.endsWith(".wasm") && !url.endsWith(".gz")).map(async (url) => {
      if (await cache.match(url)) return;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // offline or gone: the next visit tries again
      }
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "cache" && Array.isArray(data.urls)) event.waitUntil(store(data.urls.map(String)));
  if (data.type === "pages") {
    event.waitUntil(pagesFromSitemap().then((pages) => store([SCOPE, new URL("404.html", SCOPE).href, ...pages])));
  }
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    // not kept: the site's 404 page, with the status the server would give (it was cached as a 200)
    const missing = await cache.match(new URL("404.html", SCOPE));
    if (missing) return new Response(missing.body, { status: 404, statusText: "Not Found", headers: missing.headers });
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(request, response.clone());
  return response;
}

const VERSIONED = ["pyodide/", "assets/py/", "assets/javascripts/", "assets/stylesheets/", "assets/connectwisely/"];

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !ours(request.url) || request.url.endsWith(".gz")) return;
  const path = request.url.slice(SCOPE.length);
  const versioned = request.mode !== "navigate" && VERSIONED.some((prefix) => path.startsWith(prefix));
  event.respondWith(versioned ? cacheFirst(request) : networkFirst(request));
});
