import { z } from "zod";
import { CATEGORIES } from "./events";
import { TEMPLATE_CHANNELS } from "./templates";

export const idSchema = z.object({ id: z.string().min(1).max(64) });

export const templateSchema = z.object({
  event: z.string().min(1).max(64),
  channel: z.enum(TEMPLATE_CHANNELS as [string, ...string[]]),
  locale: z.enum(["id", "en"]),
  subject: z.string().max(200).optional().nullable(),
  body: z.string().max(2000),
});

const pref = z.object({ email: z.boolean(), sms: z.boolean(), whatsapp: z.boolean(), push: z.boolean() });
export const preferencesSchema = z.object({
  prefs: z.array(z.object({ category: z.enum(CATEGORIES as [string, ...string[]]), preference: pref })).min(1).max(4),
});

export const forgotSchema = z.object({ identifier: z.string().trim().min(1, "required").max(200) });

/** Checkbox grid "prefs.<category>.<channel>" from FormData. */
export function preferencesFromForm(raw: unknown): unknown {
  const form = raw as FormData;
  const categories = form.getAll("category").map(String);
  return {
    prefs: categories.map((category) => ({
      category,
      preference: {
        email: form.get(`${category}.email`) === "on",
        sms: form.get(`${category}.sms`) === "on",
        whatsapp: form.get(`${category}.whatsapp`) === "on",
        push: form.get(`${category}.push`) === "on",
      },
    })),
  };
}
