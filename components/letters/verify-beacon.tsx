"use client";
import { useEffect, useRef } from "react";
import { recordLetterViewAction } from "@/lib/letters/actions";

/**
 * Counts one public check of a letter once the page has reached a person's browser.
 * Rendering the page writes nothing: link previews, prefetches and crawlers that fetch the
 * HTML do not run this, so they are not counted as checks.
 */
export function VerifyBeacon({ token, method }: { token: string; method: "qr" | "number" }) {
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void recordLetterViewAction({ token, method }).catch(() => undefined);
  }, [token, method]);
  return null;
}
