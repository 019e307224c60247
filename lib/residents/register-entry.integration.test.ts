import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { seedBase, type SeedContext } from "../../prisma/seed/base";
import { seedClient } from "../../prisma/seed/client";
import { getResidentForStaff, listResidentsForStaff } from "./data";
import { saveRegisterEntry, verifyResident } from "./mutations";
import { registerEntrySchema } from "./schema";

let seed: SeedContext;
let staff: Actor, otherStaff: Actor, lurah: Actor;
const entry = (over: Record<string, unknown> = {}) =>
  registerEntrySchema.parse({ nik: "3201014101800007", kkNumber: "3201010101150007", fullName: "NENEK SITI", birthPlace: "BOGOR", birthDate: "1980-01-01", sex: "P", address: "Jl. Melati No. 7", rt: "3", rw: "5", headOfFamily: false, ...over });

beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await client.$disconnect();
  [staff, otherStaff, lurah] = await Promise.all([seed.users.petugas, seed.users.petugasTengah, seed.users.lurah].map(async (id) => (await loadActor(id))!));
});

describe("register entries typed by staff", () => {
  it("refuses a woman's NIK without the +40 day, at the sex field", async () => {
    expect(await saveRegisterEntry(staff, null, entry({ nik: "3201010101800007" }))).toEqual({ ok: false, error: "invalid", fieldErrors: { sex: "sex_nik_mismatch" } });
  });

  it("creates a walk-in on the household's KK, found by KK search and shown with the household", async () => {
    const saved = await saveRegisterEntry(staff, null, entry());
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const page = await listResidentsForStaff(staff, { q: "3201010101150007", account: "no" });
    expect(page.items.map((i) => i.fullName)).toEqual(["NENEK SITI"]);
    const detail = await getResidentForStaff(staff, saved.id);
    expect(detail?.household.map((m) => m.fullName).sort()).toEqual(["Budi Santoso", "Siti Aminah"]);
    // Another office's staff and supervisors cannot change it.
    expect(await saveRegisterEntry(otherStaff, saved.id, entry({ fullName: "X" }))).toEqual({ ok: false, error: "not_found" });
    expect(await saveRegisterEntry(lurah, saved.id, entry({ fullName: "X" }))).toEqual({ ok: false, error: "forbidden" });
    expect(await saveRegisterEntry(staff, null, entry())).toEqual({ ok: false, error: "conflict", fieldErrors: { nik: "nik_taken" } });
  });

  it("verifies an account, adopting the register's values when asked", async () => {
    await db.residentProfile.update({ where: { id: seed.residents.budi.profileId }, data: { verifiedAt: null, registerData: { fullName: "BUDI SANTOSO BIN SLAMET" } } });
    expect(await verifyResident(otherStaff, seed.residents.budi.profileId, true)).toEqual({ ok: false, error: "not_found" });
    expect(await verifyResident(staff, seed.residents.budi.profileId, true)).toEqual({ ok: true });
    const budi = await db.residentProfile.findUniqueOrThrow({ where: { id: seed.residents.budi.profileId } });
    expect(budi.fullName).toBe("BUDI SANTOSO BIN SLAMET");
    expect(budi.verifiedAt).toBeInstanceOf(Date);
    expect(budi.verifiedById).toBe(staff.userId);
  });
});
