"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraftAction } from "@/lib/requests/actions/resident";

export type SaveState = "idle" | "saving" | "saved" | "error";

const storageKey = (requestId: string) => `lw-draft-${requestId}`;

/**
 * Saves changed field values to the server-side draft after a pause in typing (or at once on
 * blur). Values that could not be sent are kept in localStorage and retried on the next visit,
 * so a dropped connection or a closed tab loses nothing.
 */
export function useAutosave(requestId: string, delayMs = 800) {
  const pending = useRef<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>("idle");

  const persistLocally = useCallback(() => {
    try {
      if (Object.keys(pending.current).length) localStorage.setItem(storageKey(requestId), JSON.stringify(pending.current));
      else localStorage.removeItem(storageKey(requestId));
    } catch {
      // Private mode or full storage: the server copy is the only one then.
    }
  }, [requestId]);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const values = pending.current;
    if (Object.keys(values).length === 0) return true;
    pending.current = {};
    setState("saving");
    let ok = false;
    inFlight.current = (async () => {
      try {
        const result = await saveDraftAction(requestId, values);
        ok = result.ok;
      } catch {
        ok = false;
      }
      if (!ok) pending.current = { ...values, ...pending.current };
      persistLocally();
      setState(ok ? "saved" : "error");
    })();
    await inFlight.current;
    inFlight.current = null;
    return ok;
  }, [persistLocally, requestId]);

  const queue = useCallback(
    (code: string, value: string, immediate = false) => {
      pending.current = { ...pending.current, [code]: value };
      persistLocally();
      if (timer.current) clearTimeout(timer.current);
      if (immediate) void flush();
      else timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, persistLocally],
  );

  /** Values typed on an earlier visit that never reached the server. */
  const restore = useCallback((): Record<string, string> => {
    try {
      const raw = localStorage.getItem(storageKey(requestId));
      return raw ? (JSON.parse(raw) as Record<string, string>) : {};
    } catch {
      return {};
    }
  }, [requestId]);

  /** The form was sent with these values (the phone's outbox carries them): nothing left to autosave. */
  const forget = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = {};
    persistLocally();
    setState("idle");
  }, [persistLocally]);

  /** Stops a pending save (the send carries the values); what is unsent stays in localStorage. */
  const hold = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setState("idle");
  }, []);

  useEffect(() => {
    const onLeave = () => persistLocally();
    window.addEventListener("pagehide", onLeave);
    return () => window.removeEventListener("pagehide", onLeave);
  }, [persistLocally]);

  return { state, queue, flush, restore, forget, hold };
}
