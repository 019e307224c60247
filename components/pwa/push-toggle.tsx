"use client";

import { useEffect, useState } from "react";

type Words = { enable: string; enabled: string; disable: string; denied: string; failed: string; hint: string };
type State = "unknown" | "unsupported" | "off" | "on" | "denied" | "busy" | "failed";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const raw = atob((base64url + "=".repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * "Aktifkan notifikasi": the browser is asked for permission only after this tap. One
 * subscription per device (the browser's own for this service worker); the server keeps it per
 * endpoint (/api/notifications/push). Hidden where the phone cannot receive web push.
 */
export function PushToggle({ words }: { words: Words }) {
  const [state, setState] = useState<State>("unknown");

  useEffect(() => {
    const supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
    const check = async (): Promise<State> => {
      if (!supported) return "unsupported";
      if (Notification.permission === "denied") return "denied";
      const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
      return subscription && Notification.permission === "granted" ? "on" : "off";
    };
    void check().then(setState, () => setState("off"));
  }, []);

  const enable = async () => {
    setState("busy");
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const registration = await navigator.serviceWorker.ready;
      const { publicKey } = (await (await fetch("/api/notifications/push", { cache: "no-store" })).json()) as { publicKey: string };
      const subscription = (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
      const saved = await fetch("/api/notifications/push", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(subscription.toJSON()) });
      setState(saved.ok ? "on" : "failed");
    } catch {
      setState("failed");
    }
  };

  const disable = async () => {
    setState("busy");
    try {
      const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
      if (subscription) {
        await fetch("/api/notifications/push", { method: "DELETE", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ endpoint: subscription.endpoint }) });
        await subscription.unsubscribe();
      }
      setState("off");
    } catch {
      setState("failed");
    }
  };

  if (state === "unknown" || state === "unsupported") return null;
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4">
      <p className="flex-1 text-sm text-slate-700" role="status">
        {state === "on" ? words.enabled : state === "denied" ? words.denied : state === "failed" ? words.failed : words.hint}
      </p>
      {state === "on" ? (
        <button type="button" onClick={disable} className="min-h-12 rounded-lg border border-slate-300 px-4 font-medium text-slate-800">
          {words.disable}
        </button>
      ) : state === "denied" ? null : (
        <button type="button" onClick={enable} disabled={state === "busy"} className="min-h-12 rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:bg-slate-500">
          {words.enable}
        </button>
      )}
    </div>
  );
}
