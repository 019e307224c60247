// What the phone keeps of a signed-in resident besides the session: the service worker's caches
// (no personal data, but cleared anyway), the drafts and outbox in IndexedDB (personal) and the
// web push subscription.
// Called on sign-out, before the session ends.
export const DRAFTS_DB = "layanan-warga";

export async function forgetThisDevice(): Promise<void> {
  const jobs: Promise<unknown>[] = [forgetPush()];
  if (typeof caches !== "undefined") jobs.push(caches.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k)))));
  if (typeof indexedDB !== "undefined") {
    // Empty the store rather than delete the database: deleteDatabase waits for every open
    // connection (this page's idb-keyval one is never closed), stays pending across the navigation
    // that follows, and every later open on this phone queues behind it (drafts and the offline
    // outbox hung until the browser was restarted).
    jobs.push(import("idb-keyval").then(({ clear, createStore }) => clear(createStore(DRAFTS_DB, "kv"))).catch(() => {}));
  }
  // Never let a stuck storage API keep someone signed in.
  await Promise.race([Promise.allSettled(jobs), new Promise((r) => setTimeout(r, 1500))]);
  navigator.serviceWorker?.controller?.postMessage({ type: "PRECACHE" });
}

/** A shared phone must not keep showing the signed-out resident's notifications. */
async function forgetPush(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration();
  const subscription = await registration?.pushManager?.getSubscription();
  if (!subscription) return;
  await fetch("/api/notifications/push", { method: "DELETE", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ endpoint: subscription.endpoint }) }).catch(() => {});
  await subscription.unsubscribe().catch(() => false);
}
