"use server";

import { z } from "zod";
import { action, fail } from "@/lib/action";
import { isWeakPassword } from "@/lib/accounts/password-strength";
import { signInWithPassword } from "@/lib/auth";
import { requestMeta } from "@/lib/accounts/request-meta";
import { registerResident, saveRegisterEntry, updateResidentContact, verifyResident } from "./mutations";
import { normalizeDigits, validateNik, type NikWarning } from "./nik";
import { regionChecker } from "./regions";
import { registerEntrySchema, registrationSchema, residentContactSchema } from "./schema";

/**
 * Registration: creates the account and signs the new resident in (redirects to /warga).
 * NIK warnings never block; they are kept in the audit entry for staff to verify later.
 * Public and costly (two argon2 hashes), so limited per address in PostgreSQL.
 */
export const registerAction = action(
  { permission: "public", schema: registrationSchema, rateLimit: { name: "register", limit: 10, windowSeconds: 60 * 60 } },
  async ({ input }) => {
    if (isWeakPassword(input.password, [input.fullName, input.nik, input.email, input.phone, input.birthDate])) return fail("invalid_input", { password: "password_weak" });
    const check = validateNik(input.nik, { birthDate: input.birthDate, sex: input.sex, isKnownRegion: await regionChecker() });
    const warnings = check.ok ? check.warnings : [];
    const result = await registerResident(input, { ...(await requestMeta()), warnings });
    if (!result.ok) return result;
    const error = await signInWithPassword(input.nik, input.password, "/warga");
    // Only reached if signing in failed right after registering (e.g. the IP is locked out).
    return { ok: false as const, error: error === "locked" ? ("registered_locked" as const) : ("registered_login_failed" as const) };
  },
);

const nikWarnings = action(
  { permission: "public", schema: z.object({ nik: z.string().max(40) }), rateLimit: { name: "nik-warnings", limit: 120, windowSeconds: 10 * 60 } },
  async ({ input }) => {
    const check = validateNik(normalizeDigits(input.nik), { isKnownRegion: await regionChecker() });
    return { ok: true as const, warnings: check.ok ? check.warnings : [] };
  },
);

/** Region-code warning for the NIK being typed (the official list lives on the server). */
export async function nikWarningsAction(nik: unknown): Promise<NikWarning[]> {
  const result = await nikWarnings({ nik });
  return result.ok ? result.warnings : [];
}

export const updateResidentContactAction = action(
  { permission: "resident.self", schema: residentContactSchema, revalidate: ["/profil"] },
  ({ actor, input }) => updateResidentContact(actor, input),
);

export const verifyResidentAction = action(
  {
    permission: "resident.register",
    schema: z.object({ residentId: z.string().min(1).max(40), useRegister: z.boolean() }),
    revalidate: (i) => [`/petugas/warga/${i.residentId}`],
  },
  ({ actor, input }) => verifyResident(actor, input.residentId, input.useRegister),
);

export const saveRegisterEntryAction = action(
  {
    permission: "resident.register",
    schema: registerEntrySchema.extend({ residentId: z.string().max(40).nullable() }),
    revalidate: (i) => ["/petugas/warga", ...(i.residentId ? [`/petugas/warga/${i.residentId}`] : [])],
  },
  ({ actor, input }) => {
    const { residentId, ...entry } = input;
    return saveRegisterEntry(actor, residentId, entry);
  },
);
