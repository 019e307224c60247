"use client";

import { useCodeText } from "@/components/ui/error-text";

export { applyServerErrors } from "@/components/ui/error-text";

// Account and admin codes first, then the shared ones.
const namespaces = ["auth.errors", "admin.errors", "common.errors"];

export function useErrorText() {
  return useCodeText(namespaces);
}
