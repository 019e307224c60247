// The service worker's source, served by app/sw.js/route.ts with the build's id in it, so every
// deployment is a byte-different worker and the page can offer "Muat versi baru".
//
// Hand-written rather than Serwist: Serwist's Next.js plugin builds no worker on Next 16 and its
// configurator mode adds a `serwist build` step after `next build` that would precache every
// chunk of the build (staff pages included), megabytes a resident's phone never needs. This
// worker precaches only the offline page and the icons, and keeps the app shell (hashed,
// immutable /_next/static files: JS, CSS, fonts) as the phone uses it. Pages, API answers and
// files are never stored: they hold residents' personal data.
export function serviceWorkerSource(version: string): string {
  return `// Layanan Warga service worker, version ${JSON.stringify(version)}
const VERSION = ${JSON.stringify(version)};
const SHELL = "shell-" + VERSION;
const STATIC = "static-v1";
const OFFLINE = "/offline";
const PRECACHE = [OFFLINE, "/manifest.webmanifest", "/icons/icon-192.png", "/icons/icon-512.png", "/icons/icon-maskable-192.png", "/icons/icon-maskable-512.png"];

self.addEventListener("install", (event) => {
  // No skipWaiting here: a new version waits until the resident taps "Muat versi baru".
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload", credentials: "omit" })))));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== SHELL && k !== STATIC).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
  // After a sign-out the page has emptied every cache; put back the offline page and icons (nothing personal).
  if (event.data && event.data.type === "PRECACHE") event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)));
});

const isShellAsset = (url) => url.origin === self.location.origin && (url.pathname.startsWith("/_next/static/") || url.pathname.startsWith("/icons/"));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (isShellAsset(url)) {
    // Hashed file names: a stored copy is always right.
    event.respondWith(
      caches.open(STATIC).then((cache) =>
        cache.match(request).then((hit) => hit || fetch(request).then((response) => {
          if (response.ok && response.type === "basic") cache.put(request, response.clone());
          return response;
        })),
      ),
    );
    return;
  }
  if (request.mode === "navigate") {
    // Always the network (pages are personal); the offline page only when there is none.
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE, { ignoreSearch: true }).then((hit) => hit || Response.error())));
  }
});

self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch { data = { body: event.data ? event.data.text() : "" }; }
  const title = data.title || "Layanan Warga";
  // One notification per request or complaint: its page is the tag, so a newer status replaces the older one.
  const tag = data.tag || data.url || undefined;
  event.waitUntil(self.registration.showNotification(title, {
    body: data.body || "",
    tag,
    renotify: Boolean(tag),
    data: { url: data.url || "/notifikasi" },
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-maskable-192.png",
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL((event.notification.data && event.notification.data.url) || "/notifikasi", self.location.origin).href;
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((list) => {
    for (const client of list) if (client.url === target && "focus" in client) return client.focus();
    return self.clients.openWindow(target);
  }));
});
`;
}
