// Zod schemas shared by the survey forms and their server actions. Messages are codes the UI translates.
import { z } from "zod";
import { AGE_BANDS, EDUCATIONS, OCCUPATIONS, SEXES, UNSUR_CODES, type UnsurCode } from "./frame";

/** "" = not chosen, "0" = "tidak menjawab" (explicitly skipped), "1".."4" = score. Both skips store NULL. */
const score = z.enum(["", "0", "1", "2", "3", "4"]);
const optionalCode = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal("")]);

export const answerSchema = z
  .object({
    u1: score,
    u2: score,
    u3: score,
    u4: score,
    u5: score,
    u6: score,
    u7: score,
    u8: score,
    u9: score,
    sex: optionalCode(SEXES),
    ageBand: optionalCode(AGE_BANDS),
    education: optionalCode(EDUCATIONS),
    occupation: optionalCode(OCCUPATIONS),
    suggestion: z.string().trim().max(1000, "too_long"),
  })
  .refine((v) => UNSUR_CODES.some((code) => Number(v[code.toLowerCase() as "u1"]) >= 1), {
    message: "answer_one",
    path: ["u1"],
  });

export type AnswerInput = z.input<typeof answerSchema>;

export const emptyAnswer: AnswerInput = {
  u1: "", u2: "", u3: "", u4: "", u5: "", u6: "", u7: "", u8: "", u9: "",
  sex: "", ageBand: "", education: "", occupation: "", suggestion: "",
};

export type ResponseValues = {
  u1: number | null; u2: number | null; u3: number | null; u4: number | null; u5: number | null;
  u6: number | null; u7: number | null; u8: number | null; u9: number | null;
  sex: "L" | "P" | null;
  ageBand: string | null;
  education: string | null;
  occupation: string | null;
  suggestion: string | null;
};

/** Parsed answers as stored: skipped unsur and empty profile fields become NULL. */
export function toResponseValues(input: z.output<typeof answerSchema>): ResponseValues {
  const s = (v: string) => (Number(v) >= 1 ? Number(v) : null);
  return {
    u1: s(input.u1), u2: s(input.u2), u3: s(input.u3), u4: s(input.u4), u5: s(input.u5),
    u6: s(input.u6), u7: s(input.u7), u8: s(input.u8), u9: s(input.u9),
    sex: input.sex || null,
    ageBand: input.ageBand || null,
    education: input.education || null,
    occupation: input.occupation || null,
    suggestion: input.suggestion || null,
  };
}

const wording = z.object({
  code: z.enum(UNSUR_CODES),
  question: z.string().trim().min(10, "too_short").max(300, "too_long"),
  labels: z.tuple([
    z.string().trim().min(1, "required").max(60, "too_long"),
    z.string().trim().min(1, "required").max(60, "too_long"),
    z.string().trim().min(1, "required").max(60, "too_long"),
    z.string().trim().min(1, "required").max(60, "too_long"),
  ]),
});

/** Admins reword the nine questions; the codes, their number and their order are fixed. */
export const questionsSchema = z.object({
  items: z
    .array(wording)
    .length(9, "frame")
    .refine((items) => items.every((item, i) => item.code === UNSUR_CODES[i]), "frame"),
});

export type QuestionsInput = z.input<typeof questionsSchema>;

export const PERIOD_KEY = /^\d{4}(-S[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

export const followUpPlanSchema = z.object({
  period: z.string().regex(PERIOD_KEY, "period"),
  rows: z
    .array(
      z.object({
        elementCode: z.enum(UNSUR_CODES),
        program: z.string().trim().min(3, "too_short").max(500, "too_long"),
        timeframe: z.string().trim().min(2, "too_short").max(100, "too_long"),
        responsible: z.string().trim().min(2, "too_short").max(150, "too_long"),
      }),
    )
    .max(20, "too_many"),
});

export type FollowUpPlanInput = z.input<typeof followUpPlanSchema>;

export function isUnsurField(key: string): key is Lowercase<UnsurCode> {
  return /^u[1-9]$/.test(key);
}
