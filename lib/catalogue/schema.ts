import type { PipelineError } from "@/lib/action/result";
// Input schemas of the catalogue admin forms, shared by the form (zodResolver) and the actions.
// Error messages are codes; the UI translates them (catalogue.errors.*).
import { z } from "zod";
import { idNumberField } from "@/lib/format/number-field";
import { SERVICE_TARGETS } from "./targets";

export const DURATION_UNITS = ["WORKING_DAYS", "HOURS", "MINUTES"] as const;
import { FIELD_TYPES } from "@/lib/requests/fields";
export { FIELD_TYPES };
export const REQUIREMENT_KINDS = ["DOCUMENT", "FIELD"] as const;
export const DOCUMENT_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;

const text = (max: number) => z.string().trim().min(1, "required").max(max, "too_long");
const optionalText = (max: number) => z.string().trim().max(max, "too_long").optional().transform((v) => v || null);

/** Lines of a textarea → non-empty trimmed list (steps of the procedure, choice options). */
const lines = (max: number) =>
  z
    .string()
    .transform((v) => v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(max, "too_long")));

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const serviceSchema = z.object({
  name: text(150),
  // Left empty, it is made from the name (see the transform below).
  slug: z.string().trim().toLowerCase().max(80, "too_long").refine((v) => v === "" || slugPattern.test(v), "invalid_slug"),
  summary: text(500),
  unitId: z.string().min(1, "required"),
  procedure: lines(500).pipe(z.array(z.string()).min(1, "required").max(20, "too_many")),
  durationValue: idNumberField({ integer: true, min: 1, max: 999 }),
  durationUnit: z.enum(DURATION_UNITS),
  // "10.000" is ten thousand Rupiah (Indonesian notation), never 10.
  feeRupiah: idNumberField({ integer: true, min: 0, max: 1_000_000_000 }),
  product: text(200),
  complaintInfo: text(1000),
  legalBasis: optionalText(1000),
  digitalResult: z.boolean(),
  requiresVerifiedAccount: z.boolean(),
  // "Untuk siapa layanan ini": at least one; stored in SERVICE_TARGETS order so reordering is no change.
  subjectTargets: z
    .array(z.enum(SERVICE_TARGETS, { error: "choose_target" }), { error: "choose_target" })
    .min(1, "choose_target")
    .transform((list) => SERVICE_TARGETS.filter((t) => list.includes(t))),
}).transform((v) => ({ ...v, slug: v.slug || slugify(v.name) }));
export type ServiceFormInput = z.input<typeof serviceSchema>;
export type ServiceInput = z.output<typeof serviceSchema>;

export const requirementSchema = z
  .object({
    kind: z.enum(REQUIREMENT_KINDS),
    code: z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_]*$/, "invalid_code").max(40, "too_long"),
    label: text(150),
    description: optionalText(500),
    required: z.boolean(),
    fieldType: z.enum(FIELD_TYPES).nullable(),
    options: lines(100).pipe(z.array(z.string()).max(30, "too_many")),
    acceptTypes: z.array(z.enum(DOCUMENT_TYPES)),
    maxSizeKb: idNumberField({ integer: true, min: 100, max: 10_240 }),
    example: optionalText(300),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "FIELD" && !v.fieldType) ctx.addIssue({ code: "custom", path: ["fieldType"], message: "required" });
    if (v.kind === "FIELD" && v.fieldType === "CHOICE" && v.options.length < 2)
      ctx.addIssue({ code: "custom", path: ["options"], message: "too_few_options" });
    if (v.kind === "DOCUMENT" && v.acceptTypes.length === 0) ctx.addIssue({ code: "custom", path: ["acceptTypes"], message: "required" });
  });
export type RequirementFormInput = z.input<typeof requirementSchema>;
export type RequirementInput = z.output<typeof requirementSchema>;

/** "Surat Keterangan Usaha" → "surat-keterangan-usaha" */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

export type ActionResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; error: "invalid" | "conflict" | PipelineError; fieldErrors?: Record<string, string> };
