"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";

// The prompt's markup is loaded only when a new version waits: this component is on every page.
const UpdatePrompt = lazy(() => import("./update-prompt"));

type Words = { newVersion: string; reload: string; later: string };

/**
 * Registers the service worker (/sw.js) and offers a new version when one is waiting. Never
 * reloads by itself (a reload would wipe a half-filled form): only after "Muat versi baru".
 */
export function PwaClient({ words }: { words: Words }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const accepted = useRef(false);

  useEffect(() => {
    const sw = navigator.serviceWorker;
    if (!sw || !window.isSecureContext) return;
    const offer = (worker: ServiceWorker | null) => worker && sw.controller && setWaiting(worker);
    // Registered once the page has loaded and the phone is idle: on a first visit the worker's
    // install downloads the shell, which must not compete with the page's own files.
    let live = true;
    const register = () =>
      live &&
      sw.register("/sw.js", { scope: "/" })
        .then((registration) => {
          offer(registration.waiting);
          registration.addEventListener("updatefound", () => {
            const next = registration.installing;
            next?.addEventListener("statechange", () => next.state === "installed" && offer(next));
          });
        })
        .catch(() => {});
    const whenIdle = () => ("requestIdleCallback" in window ? window.requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    const onControllerChange = () => accepted.current && window.location.reload();
    sw.addEventListener("controllerchange", onControllerChange);
    return () => {
      live = false;
      window.removeEventListener("load", whenIdle);
      sw.removeEventListener("controllerchange", onControllerChange);
    };
  }, []);

  if (!waiting) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt
        words={words}
        onLater={() => setWaiting(null)}
        onReload={() => {
          accepted.current = true;
          waiting.postMessage({ type: "SKIP_WAITING" });
        }}
      />
    </Suspense>
  );
}
