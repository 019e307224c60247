"use server";

import { z } from "zod";
import { action, fail } from "@/lib/action";
import { signInWithPassword } from "@/lib/auth";
import { changePassword, resetPasswordWithToken, updateStaffProfile } from "./mutations";
import { isWeakPassword } from "./password-strength";
import { requestMeta } from "./request-meta";
import { changePasswordSchema, loginSchema, resetPasswordSchema, staffProfileSchema } from "./schema";
import { safeNextPath } from "./next-path";

const login = action(
  {
    permission: "public",
    // Failed sign-ins are limited per account and per address in lib/auth/credentials.ts.
    schema: loginSchema.and(z.object({ next: z.string().max(500).nullish() })),
  },
  async ({ input }) => {
    const target = safeNextPath(input.next);
    const redirectTo = target ? `/masuk/lanjut?next=${encodeURIComponent(target)}` : "/masuk/lanjut";
    const error = await signInWithPassword(input.identifier, input.password, redirectTo);
    return { ok: false as const, error };
  },
);

/**
 * Signs in and continues at /masuk/lanjut, which sends each role to its own home (or back to
 * the page that asked for a login). On failure returns "invalid" | "locked" | "inactive".
 */
export async function loginAction(input: unknown, next?: string | null) {
  return login({ ...(typeof input === "object" && input !== null ? input : {}), next });
}

export const changePasswordAction = action({ permission: "signed-in", schema: changePasswordSchema }, async ({ actor, input }) =>
  isWeakPassword(input.newPassword, [actor.name]) ? fail("invalid_input", { newPassword: "password_weak" }) : changePassword(actor, input),
);

export const updateStaffProfileAction = action(
  { permission: "account.staffProfile", schema: staffProfileSchema, revalidate: [{ layout: "/" }] }, // the header shows the name
  ({ actor, input }) => updateStaffProfile(actor, input),
);

const reset = action(
  {
    permission: "public",
    schema: resetPasswordSchema.and(z.object({ token: z.string().min(1).max(200) })),
    rateLimit: { name: "password-reset", limit: 20, windowSeconds: 15 * 60 },
  },
  async ({ input }) => {
    if (isWeakPassword(input.password)) return fail("invalid_input", { password: "password_weak" });
    const result = await resetPasswordWithToken(input.token, input.password, await requestMeta());
    return result.ok ? result : { ok: false as const, error: `token_${result.error}` as const };
  },
);

export async function resetPasswordAction(token: string, input: unknown) {
  if (typeof token !== "string" || token.length > 200) return { ok: false as const, error: "token_invalid" as const };
  return reset({ ...(typeof input === "object" && input !== null ? input : {}), token });
}
