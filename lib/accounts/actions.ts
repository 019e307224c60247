"use server";

import { revalidatePath } from "next/cache";
import { actionActor, signInWithPassword } from "@/lib/auth";
import { changePassword, resetPasswordWithToken, updateStaffProfile } from "./mutations";
import { requestMeta } from "./request-meta";
import { invalid, type FormResult } from "./result";
import { changePasswordSchema, loginSchema, resetPasswordSchema, staffProfileSchema } from "./schema";
import { safeNextPath } from "./next-path";

/**
 * Signs in and continues at /masuk/lanjut, which sends each role to its own home (or back to
 * the page that asked for a login). On failure returns "invalid" | "locked" | "inactive".
 */
export async function loginAction(input: unknown, next?: string | null): Promise<FormResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const target = safeNextPath(next);
  const redirectTo = target ? `/masuk/lanjut?next=${encodeURIComponent(target)}` : "/masuk/lanjut";
  const error = await signInWithPassword(parsed.data.identifier, parsed.data.password, redirectTo);
  return { ok: false, error };
}

export async function changePasswordAction(input: unknown): Promise<FormResult> {
  const actor = await actionActor();
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return changePassword(actor, parsed.data);
}

export async function updateStaffProfileAction(input: unknown): Promise<FormResult> {
  const actor = await actionActor();
  if (!actor || actor.role === "RESIDENT") return { ok: false, error: "forbidden" };
  const parsed = staffProfileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateStaffProfile(actor, parsed.data);
  if (result.ok) revalidatePath("/", "layout"); // the header shows the name
  return result;
}

export async function resetPasswordAction(token: string, input: unknown): Promise<FormResult> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (typeof token !== "string" || token.length > 200) return { ok: false, error: "token_invalid" };
  const result = await resetPasswordWithToken(token, parsed.data.password, await requestMeta());
  return result.ok ? result : { ok: false, error: `token_${result.error}` };
}
