import { z } from "zod";

export const apiClientSchema = z.object({
  name: z.string().trim().min(3, { error: "too_short" }).max(120, { error: "too_long" }),
  contact: z.string().trim().max(200, { error: "too_long" }).optional(),
});

export type ApiClientInput = z.input<typeof apiClientSchema>;
