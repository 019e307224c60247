// Input of the FAQ admin form and the public search, shared by the form and the actions.
import { z } from "zod";
import { CONTENT_STATUSES } from "@/lib/news/schema";

export const faqSchema = z.object({
  question: z.string().trim().min(5, "too_short").max(250, "too_long"),
  answer: z.string().trim().min(1, "required").max(10_000, "too_long"),
  category: z.string().trim().min(1, "required").max(60, "too_long"),
  serviceId: z.string().trim().max(40).transform((v) => v || null),
  status: z.enum(CONTENT_STATUSES),
});
export type FaqFormInput = z.input<typeof faqSchema>;
export type FaqInput = z.output<typeof faqSchema>;

export const faqSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kantor: z.string().trim().max(80).optional().catch(undefined),
  kategori: z.string().trim().max(60).optional().catch(undefined),
});

export const faqVoteSchema = z.object({ faqId: z.string().min(1).max(40), helpful: z.boolean() });
export const faqIdSchema = z.object({ faqId: z.string().min(1).max(40) });

export type FaqError = "service_invalid";
