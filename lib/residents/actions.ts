"use server";

import { revalidatePath } from "next/cache";
import { actionActor, signInWithPassword } from "@/lib/auth";
import { requestMeta } from "@/lib/accounts/request-meta";
import { invalid, type FormResult } from "@/lib/accounts/result";
import { registerResident, updateResidentContact } from "./mutations";
import { normalizeDigits, validateNik, type NikWarning } from "./nik";
import { regionChecker } from "./regions";
import { registrationSchema, residentContactSchema } from "./schema";

/**
 * Registration: creates the account and signs the new resident in (redirects to /warga).
 * NIK warnings never block; they are kept in the audit entry for staff to verify later.
 */
export async function registerAction(input: unknown): Promise<FormResult> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const data = parsed.data;
  const check = validateNik(data.nik, { birthDate: data.birthDate, sex: data.sex, isKnownRegion: await regionChecker() });
  const warnings = check.ok ? check.warnings : [];
  const result = await registerResident(data, { ...(await requestMeta()), warnings });
  if (!result.ok) return result;
  const error = await signInWithPassword(data.nik, data.password, "/warga");
  // Only reached if signing in failed right after registering (e.g. the IP is locked out).
  return { ok: false, error: error === "locked" ? "registered_locked" : "registered_login_failed" };
}

/** Region-code warning for the NIK being typed (the official list lives on the server). */
export async function nikWarningsAction(nik: unknown): Promise<NikWarning[]> {
  if (typeof nik !== "string" || nik.length > 40) return [];
  const check = validateNik(normalizeDigits(nik), { isKnownRegion: await regionChecker() });
  return check.ok ? check.warnings : [];
}

export async function updateResidentContactAction(input: unknown): Promise<FormResult> {
  const actor = await actionActor("resident.self");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = residentContactSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await updateResidentContact(actor, parsed.data);
  if (result.ok) revalidatePath("/profil");
  return result;
}
