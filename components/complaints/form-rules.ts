import { CLASSIFICATIONS, PRIVACIES, WALK_IN_CHANNELS } from "@/lib/complaints/constants";
import type { Codes } from "@/lib/forms/lean-form";

// The complaint forms' checks in the browser, without a schema library (issue 16). They mirror
// lib/complaints/schema.ts (walkInSchema, reopenSchema), which the server applies in full;
// form-rules.test.ts runs both on the same inputs and expects the same codes.

export type ComplaintValues = {
  classification: string; categoryId: string; title: string; description: string; locationText: string; privacy: string;
  channel: string; reporterNik: string;
};

const length = (value: string, min: number, max: number, short: string) => {
  const v = value.trim();
  return v.length < min ? short : v.length > max ? "too_long" : undefined;
};
const oneOf = (list: readonly string[], value: string) => (list.includes(value) ? undefined : "required");

export function complaintCodes(v: ComplaintValues, mode: "resident" | "walkIn"): Codes<ComplaintValues> {
  return {
    classification: oneOf(CLASSIFICATIONS, v.classification),
    categoryId: v.categoryId ? undefined : "required",
    title: length(v.title, 5, 150, "title_short"),
    description: length(v.description, 20, 4000, "description_short"),
    locationText: v.locationText.trim().length > 300 ? "too_long" : undefined,
    privacy: oneOf(PRIVACIES, v.privacy),
    ...(mode === "walkIn"
      ? { channel: oneOf(WALK_IN_CHANNELS, v.channel), reporterNik: v.reporterNik.trim() === "" || /^\d{16}$/.test(v.reporterNik.trim()) ? undefined : "nik" }
      : {}),
  };
}

export function reopenCodes(v: { reason: string }): Codes<{ reason: string }> {
  return { reason: length(v.reason, 10, 1000, "reason_short") };
}
