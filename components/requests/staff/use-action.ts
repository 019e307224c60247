"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { MutationResult } from "@/lib/requests/staff-result";

/**
 * Runs a staff request action and keeps its outcome: field errors for the form, one error code
 * for the alert, and a refresh on success so the page shows the new status and version.
 */
export function useStaffAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  function run(call: () => Promise<MutationResult>, onSuccess?: () => void) {
    setError(null);
    setFieldErrors({});
    setDone(false);
    start(async () => {
      try {
        const result = await call();
        if (!result.ok) {
          setError(result.error);
          setFieldErrors(result.fieldErrors ?? {});
          return;
        }
        setDone(true);
        onSuccess?.();
        router.refresh();
      } catch {
        setError("generic");
      }
    });
  }
  return { run, pending, error, fieldErrors, done, reload: () => router.refresh() };
}
