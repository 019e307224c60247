// zod fields for numbers typed in Indonesian notation, through the one parser (./number).
// The form keeps the typed text; the output is a JS number. Codes: number_* from the parser,
// then the caller's own too_small / too_large.
import { z } from "zod";
import { parseIdNumber, type ParseNumberOptions } from "./number";

type Bounds = ParseNumberOptions & { min?: number; max?: number; tooSmall?: string; tooLarge?: string; required?: string };

export function idNumberField({ min, max, tooSmall = "too_small", tooLarge = "too_large", required = "required", ...options }: Bounds = {}) {
  return z.union([z.string(), z.number()]).transform((raw, ctx) => {
    if (typeof raw === "string" && raw.trim() === "") {
      ctx.addIssue({ code: "custom", message: required });
      return z.NEVER;
    }
    const parsed = parseIdNumber(raw, options);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    if (min !== undefined && parsed.value < min) ctx.addIssue({ code: "custom", message: tooSmall });
    else if (max !== undefined && parsed.value > max) ctx.addIssue({ code: "custom", message: tooLarge });
    return parsed.value;
  });
}
