"use client";

import { useRef, type ReactNode } from "react";

/** The sign-out form: clears this phone's caches, drafts and outbox first, then runs the sign-out action. */
export function SignOutForm({ action, children }: { action: () => Promise<void>; children: ReactNode }) {
  const cleared = useRef(false);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (cleared.current) return;
        event.preventDefault();
        const form = event.currentTarget;
        // Loaded only now: every signed-in page would otherwise carry it (issue 16's 15 KB per page).
        void import("@/lib/pwa/forget")
          .then(({ forgetThisDevice }) => forgetThisDevice())
          .catch(() => {})
          .then(() => {
            cleared.current = true;
            form.requestSubmit();
          });
      }}
    >
      {children}
    </form>
  );
}
