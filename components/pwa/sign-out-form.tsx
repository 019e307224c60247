"use client";

import { useRef, type ReactNode } from "react";
import { forgetThisDevice } from "@/lib/pwa/forget";

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
        void forgetThisDevice().then(() => {
          cleared.current = true;
          form.requestSubmit();
        });
      }}
    >
      {children}
    </form>
  );
}
