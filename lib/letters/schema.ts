import { z } from "zod";
import { dateField } from "@/lib/format/date-field";
import { patternProblems } from "./number-pattern";

const id = z.string().min(1).max(40);
const text = (max: number) => z.string().trim().min(1, "required").max(max, "too_long");
const optionalText = (max: number) =>
  z.string().trim().max(max, "too_long").optional().transform((v) => (v ? v : null));

export const generateLetterSchema = z.object({ id, version: z.coerce.number().int().min(0), note: z.string().trim().max(1000).optional() });
export const letterTargetSchema = z.object({ letterId: id });
export const returnLetterSchema = z.object({ letterId: id, note: text(1000) });
export const revokeLetterSchema = z.object({ letterId: id, reason: text(500).refine((v) => v.length >= 5, "reason_too_short") });

export const templateSchema = z.object({
  serviceId: id,
  code: z.string().trim().regex(/^[0-9A-Za-z.\-]{1,12}$/, "code_format"),
  title: text(200),
  body: text(8000),
  signerPosition: text(120),
  signerName: text(120),
  signerNip: z.string().trim().regex(/^(\d{18})?$/, "nip_format").optional().transform((v) => (v ? v : null)),
  signPlace: text(80),
  qrPlacement: z.enum(["LEFT", "RIGHT"]),
  requiresApproval: z.boolean(),
});
export type TemplateInput = z.output<typeof templateSchema>;

export const previewSchema = templateSchema.extend({ requestId: id });

export const settingsSchema = z.object({
  numberPattern: text(120).superRefine((v, ctx) => {
    const p = patternProblems(v);
    if (p.missingSeq) ctx.addIssue({ code: "custom", message: "pattern_seq" });
    else if (p.unknown.length) ctx.addIssue({ code: "custom", message: "pattern_unknown" });
  }),
  kopGovernment: text(120),
  kopParent: optionalText(120),
  kopName: text(120),
  kopAddress: text(300),
  kopContacts: optionalText(300),
});
export type SettingsInput = z.output<typeof settingsSchema>;

export const lookupSchema = z.object({
  number: text(80),
  date: dateField({ invalid: "date_format", required: "date_format" }),
});
