"use client";

import { useCodeText } from "@/components/ui/error-text";

export { applyServerErrors as placeServerErrors } from "@/components/ui/error-text";

const namespaces = ["complaints.errors", "common.errors"];

/** Turns error codes from the schema or the server into the reader's language. */
export function useComplaintErrorText() {
  return useCodeText(namespaces, "complaints.errors.generic");
}
