// zod field for a date typed day first (17/08/2026) or given as ISO by a link or the calendar
// button, through the one reader (./date). The form keeps the typed text; the output is "YYYY-MM-DD".
// Codes: the caller's own, so each domain's messages say what its field is.
import { z } from "zod";
import { parseDateText } from "./date";

export function dateField({ invalid = "date_invalid", required = "required" }: { invalid?: string; required?: string } = {}) {
  return z.string({ error: required }).transform((raw, ctx) => {
    if (raw.trim() === "") {
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    const day = parseDateText(raw);
    if (!day) {
      ctx.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    }
    return day;
  });
}
