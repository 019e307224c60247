"use server";

import { action } from "@/lib/action";
import { answerPrivacyRequest, createPrivacyRequest } from "./mutations";
import { answerPrivacySchema, privacyRequestSchema } from "./schema";

export const createPrivacyRequestAction = action(
  { permission: "privacy.request", schema: privacyRequestSchema, rateLimit: { name: "privacy-request", limit: 10, windowSeconds: 24 * 60 * 60, by: "actor" }, revalidate: ["/warga/privasi"] },
  ({ actor, input }) => createPrivacyRequest(actor, input),
);

export const answerPrivacyRequestAction = action(
  { permission: "privacy.handle", schema: answerPrivacySchema, revalidate: ["/admin/privasi"] },
  ({ actor, input }) => answerPrivacyRequest(actor, input),
);
