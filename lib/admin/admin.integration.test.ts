import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { checkCredentials } from "@/lib/auth/credentials";
import { resetPasswordWithToken } from "@/lib/accounts/mutations";
import { seedBase, type SeedContext } from "../../prisma/seed/base";
import { seedClient } from "../../prisma/seed/client";
import { listAuditActions, listAuditEvents } from "./data/audit";
import { listHolidays } from "./data/holidays";
import { getOwnOffice, listUnits } from "./data/offices";
import { getUserForAdmin, listUsers } from "./data/users";
import { createHoliday, deleteHoliday, updateHoliday } from "./mutations/holidays";
import { createUnit, updateOfficeHours, updateUnit } from "./mutations/offices";
import { createStaffUser, setUserActive, updateStaffUser } from "./mutations/users";
import { staffUserSchema } from "./schema";

let seed: SeedContext;
let admin: Actor;
let adminTengah: Actor;

beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await client.$disconnect();
  admin = (await loadActor(seed.users.admin))!;
  adminTengah = (await loadActor(seed.users.adminTengah))!;
});

const staff = (overrides: Record<string, unknown> = {}) =>
  staffUserSchema.parse({ name: "Petugas Baru", email: "baru@pakansari.go.id", phone: "", role: "STAFF", unitIds: [], servicePointIds: [], ...overrides });

describe("admin user management is scoped to the admin's office", () => {
  it("lists only the own office's accounts", async () => {
    const page = await listUsers(adminTengah, {});
    const names = page.items.map((u) => u.name);
    expect(names).toContain("Bambang Sutrisno");
    expect(names).toContain("Ahmad Fauzi");
    expect(names).not.toContain("Dewi Lestari");
    expect((await listUsers(adminTengah, { q: "pakansari" })).items).toEqual([]);
    expect((await listUsers(admin, { role: "STAFF" })).items.map((u) => u.name)).toEqual(["Agus Saputra", "Dewi Lestari", "Yanti (Pos RW 05)"]);
  });

  it("cannot read, edit, deactivate or reset another office's account", async () => {
    const dewi = seed.users.petugas;
    expect(await getUserForAdmin(adminTengah, dewi)).toBeNull();
    expect(await updateStaffUser(adminTengah, dewi, staff({ email: "dewi@tengah.go.id" }))).toEqual({ ok: false, error: "not_found" });
    expect(await setUserActive(adminTengah, dewi, false)).toEqual({ ok: false, error: "not_found" });
    const untouched = await db.user.findUniqueOrThrow({ where: { id: dewi } });
    expect(untouched).toMatchObject({ active: true, email: "petugas@pakansari.go.id" });
  });

  it("cannot give an account another office's units or service points", async () => {
    const result = await createStaffUser(adminTengah, staff({ email: "x@tengah.go.id", unitIds: [seed.offices.pakansari.units.PEM], servicePointIds: [seed.servicePoints.loket] }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { unitIds: "unit_invalid", servicePointIds: "service_point_invalid" } });
  });

  it("creates staff with memberships and a one-time link to set the first password", async () => {
    const created = await createStaffUser(admin, staff({ unitIds: [seed.offices.pakansari.units.EKBANG], servicePointIds: [seed.servicePoints.balaiRw] }));
    // Issue 17: the invitation link lasts 72 hours (a reset link stays at one hour).
    if (created.ok) expect(Math.round((created.expiresAt.getTime() - Date.now()) / 3_600_000)).toBe(72);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const actor = (await loadActor(created.id))!;
    expect(actor).toMatchObject({ role: "STAFF", officeId: seed.offices.pakansari.id, unitIds: [seed.offices.pakansari.units.EKBANG], servicePointIds: [seed.servicePoints.balaiRw] });
    expect(await resetPasswordWithToken(created.token, "sandi-pertama-1", { ip: null, userAgent: null })).toEqual({ ok: true });
    expect(await checkCredentials("baru@pakansari.go.id", "sandi-pertama-1", null)).toMatchObject({ ok: true, user: { role: "STAFF" } });
    expect(await createStaffUser(admin, staff({ name: "Lain" }))).toMatchObject({ ok: false, fieldErrors: { email: "email_taken" } });

    expect(await updateStaffUser(admin, created.id, staff({ role: "SUPERVISOR", unitIds: [], servicePointIds: [seed.servicePoints.balaiRw] }))).toEqual({ ok: true });
    expect((await loadActor(created.id))!).toMatchObject({ role: "SUPERVISOR", unitIds: [] });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.updated", targetId: created.id } });
    expect(audit.details).toEqual({ fields: ["role", "unitIds"] });
  });

  it("deactivation stops sign-in and the session at once; an admin cannot lock themselves out", async () => {
    expect(await setUserActive(admin, seed.users.petugasEkbang, false)).toMatchObject({ ok: true, moved: 0, released: 0 });
    expect(await loadActor(seed.users.petugasEkbang)).toBeNull();
    expect(await checkCredentials("ekbang@pakansari.go.id", "Demo#2026", null)).toEqual({ ok: false, error: "inactive" });
    expect(await setUserActive(admin, seed.users.petugasEkbang, true)).toMatchObject({ ok: true });
    expect(await setUserActive(admin, admin.userId, false)).toMatchObject({ ok: false, fieldErrors: { active: "own_account" } });
    expect(await updateStaffUser(admin, admin.userId, staff({ email: "admin@pakansari.go.id", role: "STAFF" }))).toMatchObject({ ok: false, fieldErrors: { role: "own_role" } });
  });

  it("refuses admin work to non-admins even if called directly", async () => {
    const lurah = (await loadActor(seed.users.lurah))!;
    expect(await createStaffUser(lurah, staff({ email: "y@pakansari.go.id" }))).toEqual({ ok: false, error: "forbidden" });
    expect(await createUnit(lurah, { code: "X", name: "X" })).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("office settings, units and holidays", () => {
  it("edits units and hours of the own office only, with audit entries", async () => {
    const unit = await createUnit(admin, { code: "UMUM", name: "Sekretariat" });
    if (!unit.ok) throw new Error("unit");
    expect(await createUnit(admin, { code: "UMUM", name: "Lagi" })).toMatchObject({ ok: false, fieldErrors: { code: "code_taken" } });
    expect(await updateUnit(adminTengah, unit.id, { active: false })).toEqual({ ok: false, error: "not_found" });
    expect(await updateUnit(admin, unit.id, { active: false })).toEqual({ ok: true });
    expect((await listUnits(admin, { activeOnly: true })).map((u) => u.code)).not.toContain("UMUM");
    expect(await db.auditEvent.count({ where: { action: "unit.deactivated", targetId: unit.id } })).toBe(1);

    expect(await updateOfficeHours(admin, { openTime: "07:30", closeTime: "16:00", slaWarnDays: 2 })).toEqual({ ok: true });
    expect(await getOwnOffice(admin)).toMatchObject({ openTime: "07:30", closeTime: "16:00", slaWarnDays: 2 });
    expect(await getOwnOffice(adminTengah)).toMatchObject({ openTime: "08:00" });
  });

  it("adds, edits and deletes office holidays; dates are unique per office", async () => {
    const year = new Date().getFullYear();
    const created = await createHoliday(admin, { date: `${year}-08-18`, name: "Cuti bersama HUT RI" });
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(await createHoliday(admin, { date: `${year}-08-18`, name: "Dobel" })).toMatchObject({ fieldErrors: { date: "date_taken" } });
    expect(await updateHoliday(adminTengah, created.id, { date: `${year}-08-19`, name: "x" })).toEqual({ ok: false, error: "not_found" });
    expect(await updateHoliday(admin, created.id, { date: `${year}-08-19`, name: "Cuti bersama", cutiBersama: true })).toEqual({ ok: true });
    const rows = await listHolidays(admin, year);
    expect(rows.find((h) => h.id === created.id)).toMatchObject({ name: "Cuti bersama", national: false, cutiBersama: true });
    // The seed names Isra Mikraj correctly and brings the decreed cuti bersama (issue 17).
    expect((await listHolidays(admin, 2026)).filter((h) => h.cutiBersama && h.national).map((h) => h.date.toISOString().slice(0, 10))).toContain("2026-12-24");
    expect((await listHolidays(admin, 2026)).find((h) => h.date.toISOString().startsWith("2026-01-16"))?.name).toBe("Isra Mikraj Nabi Muhammad SAW");
    expect(rows.some((h) => h.national)).toBe(true); // seeded national holidays
    expect((await listHolidays(adminTengah, year)).some((h) => h.id === created.id)).toBe(false);
    expect(await deleteHoliday(adminTengah, created.id)).toEqual({ ok: false, error: "not_found" });
    expect(await deleteHoliday(admin, created.id)).toEqual({ ok: true });
  });

  it("shows each admin only their own office's audit log, filterable and paged", async () => {
    const own = await listAuditEvents(admin, {});
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((e) => e.action)).toBe(true);
    // Issue 17: targets by name, not by id (a unit by its name, a user by theirs).
    const unitRow = own.items.find((e) => e.targetType === "unit");
    expect(unitRow?.targetLabel).toBe((await db.unit.findUniqueOrThrow({ where: { id: unitRow!.targetId } })).name);
    expect(own.items.filter((e) => e.targetType === "user").every((e) => e.targetLabel && e.targetLabel !== e.targetId)).toBe(true);
    const tengahActions = (await listAuditEvents(adminTengah, {})).items.map((e) => e.action);
    expect(tengahActions).not.toContain("unit.deactivated");
    const filtered = await listAuditEvents(admin, { action: "holiday." });
    expect(filtered.items.map((e) => e.action).sort()).toEqual(["holiday.created", "holiday.deleted", "holiday.updated"]);
    const byRina = await listAuditEvents(admin, { actor: "rina" });
    expect(byRina.items.length).toBe(own.items.filter((e) => e.actor?.name === "Rina Operator").length);
    expect(byRina.items.length).toBeLessThan(own.items.length); // the new staff member set their own password
    expect((await listAuditEvents(admin, { from: "2000-01-01", to: "2000-01-02" })).items).toEqual([]);

    for (let n = 0; n < 30; n++) await db.auditEvent.create({ data: { officeId: admin.officeId, actorId: admin.userId, action: "test.paging", targetType: "x", targetId: String(n) } });
    const first = await listAuditEvents(admin, { action: "test.paging" });
    expect(first.items.map((e) => e.targetId).slice(0, 3)).toEqual(["29", "28", "27"]);
    const second = await listAuditEvents(admin, { action: "test.paging", after: first.next });
    expect(second.items.map((e) => e.targetId)).toEqual(["4", "3", "2", "1", "0"]);
    const back = await listAuditEvents(admin, { action: "test.paging", before: second.prev });
    expect(back.items.map((e) => e.id)).toEqual(first.items.map((e) => e.id));

    // The filter's suggestions: each of the office's actions once, sorted, none of another office.
    const all = await db.auditEvent.findMany({ where: { officeId: admin.officeId }, select: { action: true } });
    const listed = await listAuditActions(admin);
    expect(listed).toHaveLength(new Set(listed).size);
    expect([...listed].sort()).toEqual([...new Set(all.map((e) => e.action))].sort());
    expect(await listAuditActions(adminTengah)).not.toContain("test.paging");
  });
});
