import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { seedBase, type SeedContext } from "../../prisma/seed/base";
import { seedClient } from "../../prisma/seed/client";
import { registerResident, updateResidentContact } from "./mutations";
import { getResidentForStaff, listResidentsForStaff } from "./data";
import { registrationSchema, residentContactSchema } from "./schema";

let seed: SeedContext;
const meta = { ip: "10.0.0.1", userAgent: "vitest", warnings: [] };

function form(overrides: Record<string, unknown> = {}) {
  return registrationSchema.parse({
    nik: "3201016708920004",
    kkNumber: "3201010101200009",
    fullName: "Rahmawati",
    birthPlace: "Bogor",
    birthDate: "1992-08-27",
    sex: "P",
    phone: "0812 9000 0001",
    email: "Rahma@Contoh.id",
    address: "Jl. Kenanga No. 3",
    rt: "4",
    rw: "5",
    officeId: seed.offices.pakansari.id,
    password: "rahasia-rahma",
    confirmPassword: "rahasia-rahma",
    consent: true,
    ...overrides,
  });
}

beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await client.$disconnect();
});

describe("resident registration", () => {
  it("creates the account, the profile and an audit entry together", async () => {
    const result = await registerResident(form(), meta);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, include: { profile: true } });
    expect(user).toMatchObject({ role: "RESIDENT", officeId: seed.offices.pakansari.id, phone: "081290000001", email: "rahma@contoh.id" });
    expect(user.profile).toMatchObject({ nik: "3201016708920004", rt: "004", rw: "005", kelurahan: "Pakansari", kecamatan: "Cibinong" });
    expect(user.profile?.consentAt).toBeInstanceOf(Date);
    expect(await verifyPassword(user.passwordHash, "rahasia-rahma")).toBe(true);
    const audit = await db.auditEvent.findMany({ where: { action: "resident.registered", targetId: result.residentId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: result.userId, officeId: seed.offices.pakansari.id, ip: "10.0.0.1" });
  });

  it("refuses a duplicate NIK with a code at the NIK field, and creates nothing", async () => {
    const before = await db.user.count();
    const result = await registerResident(form({ phone: "081290000099", email: "" }), meta);
    expect(result).toEqual({ ok: false, error: "conflict", fieldErrors: { nik: "nik_taken" } });
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a phone number or e-mail that another account uses", async () => {
    const result = await registerResident(form({ nik: "3201011505930005", phone: "081234560001", email: "siti@contoh.id" }), meta);
    expect(result).toEqual({ ok: false, error: "conflict", fieldErrors: { phone: "phone_taken", email: "email_taken" } });
  });

  it("refuses an office that is not a kelurahan or desa", async () => {
    const result = await registerResident(form({ nik: "3201011505930005", phone: "081290000005", email: "", officeId: seed.offices.kecamatan.id }), meta);
    expect(result).toMatchObject({ ok: false, fieldErrors: { officeId: "office_required" } });
  });

  it("lets a walk-in resident (profile without account) claim their NIK", async () => {
    const walkIn = await db.residentProfile.create({
      data: {
        nik: "3201012010880006", kkNumber: "3201010101200010", fullName: "Joko", birthPlace: "Bogor", birthDate: new Date("1988-10-20"),
        sex: "L", address: "Jl. A", rt: "001", rw: "001", kelurahan: "Pakansari", officeId: seed.offices.pakansari.id, verifiedAt: new Date(),
      },
    });
    const result = await registerResident(
      form({ nik: "3201012010880006", fullName: "Joko Widodo", birthDate: "1988-10-20", sex: "L", phone: "081290000006", email: "" }),
      meta,
    );
    expect(result).toMatchObject({ ok: true, residentId: walkIn.id });
    const profile = await db.residentProfile.findUniqueOrThrow({ where: { id: walkIn.id } });
    expect(profile).toMatchObject({ fullName: "Joko Widodo", verifiedAt: null });
    expect(profile.userId).not.toBeNull();
  });

  it("a resident changes contact details; login identifiers follow and the change is audited", async () => {
    const actor = (await loadActor(seed.residents.budi.userId))!;
    const input = residentContactSchema.parse({ phone: "081290000007", email: "budi@contoh.id", address: "Jl. Melati No. 8", rt: "3", rw: "5" });
    expect(await updateResidentContact(actor, input)).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, include: { profile: true } });
    expect(user).toMatchObject({ phone: "081290000007", email: "budi@contoh.id" });
    expect(user.profile).toMatchObject({ address: "Jl. Melati No. 8", rt: "003", nik: "3201011203850001" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "resident.updated", targetId: seed.residents.budi.profileId } });
    expect(audit.details).toEqual({ fields: ["phone", "email", "address"], by: "self" });

    const taken = residentContactSchema.parse({ phone: "081234560003", email: "", address: "x", rt: "1", rw: "1" });
    expect(await updateResidentContact(actor, taken)).toMatchObject({ ok: false, fieldErrors: { phone: "phone_taken" } });
  });
});

describe("staff resident directory", () => {
  it("lists only the actor's office, with the NIK masked", async () => {
    const tengah = (await loadActor(seed.users.petugasTengah))!;
    const page = await listResidentsForStaff(tengah, {});
    expect(page.items.map((r) => r.fullName)).toEqual(["Ahmad Fauzi"]);
    expect(page.items[0].maskedNik).toBe("3201••••••••0003");
    expect(JSON.stringify(page)).not.toContain("3201010101950003");
    expect((await listResidentsForStaff(tengah, { q: "Siti" })).items).toEqual([]);
    expect((await listResidentsForStaff(tengah, { q: "3201014506900002" })).items).toEqual([]);

    const pakansari = (await loadActor(seed.users.petugas))!;
    expect((await listResidentsForStaff(pakansari, { q: "siti" })).items.map((r) => r.fullName)).toEqual(["Siti Aminah"]);
    expect((await listResidentsForStaff(pakansari, { q: "3201 0145" })).items.map((r) => r.fullName)).toEqual(["Siti Aminah"]);
  });

  it("pages through a long list in both directions", async () => {
    const officeId = seed.offices.tengah.id;
    await db.residentProfile.createMany({
      data: Array.from({ length: 30 }, (_, n) => ({
        nik: `3201010101900${100 + n}`,
        kkNumber: "3201010101200011", fullName: `Warga ${String(n).padStart(2, "0")}`, birthPlace: "Bogor", birthDate: new Date("1990-01-01"),
        sex: "L" as const, address: "Jl. B", rt: "001", rw: "001", kelurahan: "Tengah", officeId,
      })),
    });
    const tengah = (await loadActor(seed.users.petugasTengah))!;
    const first = await listResidentsForStaff(tengah, {});
    expect(first.items).toHaveLength(25);
    expect(first.prev).toBeNull();
    const second = await listResidentsForStaff(tengah, { after: first.next });
    expect(second.items).toHaveLength(6);
    expect(second.next).toBeNull();
    const back = await listResidentsForStaff(tengah, { before: second.prev });
    expect(back.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
  });

  it("shows another office's resident to nobody there, and audits each look at personal data once (a refresh is the same look)", async () => {
    const tengah = (await loadActor(seed.users.petugasTengah))!;
    const count = () => db.auditEvent.count({ where: { action: "resident.viewed", targetId: seed.residents.siti.profileId } });
    expect(await getResidentForStaff(tengah, seed.residents.siti.profileId)).toBeNull();
    expect(await count()).toBe(0);

    const pakansari = (await loadActor(seed.users.petugas))!;
    const detail = await getResidentForStaff(pakansari, seed.residents.siti.profileId);
    expect(detail).toMatchObject({ nik: "3201014506900002", kkNumber: "3201010101150007" });
    await getResidentForStaff(pakansari, seed.residents.siti.profileId);
    expect(await count()).toBe(1);
    // Another staff member's look is their own row.
    await getResidentForStaff((await loadActor(seed.users.admin))!, seed.residents.siti.profileId);
    expect(await count()).toBe(2);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "resident.viewed", targetId: seed.residents.siti.profileId } });
    expect(event).toMatchObject({ actorId: seed.users.petugas, officeId: seed.offices.pakansari.id, targetType: "resident" });
  });
});
