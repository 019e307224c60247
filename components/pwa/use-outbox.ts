"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { newIdempotencyKey as newKey } from "@/lib/idempotency/key";
import { outboxModule, type OutboxItem, type SendResult } from "@/lib/pwa/outbox-lazy";

const RETRY_MS = 15_000;


/**
 * Submissions of one kind through the phone's outbox: sent at once when there is a signal,
 * otherwise kept and resent (same idempotency key) when the connection returns. `later` is the
 * answer of a submission that had to wait (also handed to `onLater`); `waiting` says one is still queued.
 */
export function useOutbox(kind: string, url: string, onLater?: (result: SendResult) => void) {
  const [waiting, setWaiting] = useState(false);
  const [later, setLater] = useState<SendResult | null>(null);
  const busy = useRef(false);
  const onLaterRef = useRef(onLater);
  useEffect(() => {
    onLaterRef.current = onLater;
  });

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      let left = 0;
      const { pending, send } = await outboxModule();
      for (const item of await pending(kind)) {
        const result = await send(item);
        if (result.status === "waiting") left++;
        else {
          setLater(result);
          onLaterRef.current?.(result);
        }
      }
      setWaiting(left > 0);
    } finally {
      busy.current = false;
    }
  }, [kind]);

  useEffect(() => {
    void flush();
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [flush]);

  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, flush]);

  const submit = async (fields: [string, string | File][]): Promise<SendResult> => {
    const item: OutboxItem = { key: newKey(), kind, url, fields, createdAt: Date.now() };
    const { enqueue, send } = await outboxModule();
    await enqueue(item).catch(() => {}); // no IndexedDB (private mode): still try to send
    busy.current = true;
    try {
      const result = await send(item);
      if (result.status === "waiting") setWaiting(true);
      return result;
    } finally {
      busy.current = false;
    }
  };

  return { waiting, later, submit, dismissLater: () => setLater(null) };
}
