"use client";

import { ErrorView } from "@/components/layout/error-view";

// A failing page keeps the area's header and navigation (the root boundary would replace them).
export default function AreaError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorView reset={reset} inShell />;
}
