import "server-only";
import { isResidentSelf, ownProfileWhere, residentDirectoryWhere } from "./policy";
import { db } from "@/lib/db";
import { recordView } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { PAGE_SIZE, keysetWhere, pageDirection, toPage, type PageRequest } from "@/lib/paging/keyset";
import { maskNik, normalizeDigits } from "./nik";

/** Kelurahan and desa offices a resident can register with. */
export async function listRegistrationOffices() {
  return db.office.findMany({
    where: { active: true, type: { in: ["KELURAHAN", "DESA"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, type: true, parent: { select: { name: true } } },
  });
}

/** The signed-in resident's own profile (for /profil). */
export async function getOwnResidentProfile(actor: Actor) {
  if (!isResidentSelf(actor)) return null;
  return db.residentProfile.findFirst({
    where: ownProfileWhere(actor),
    select: {
      nik: true, kkNumber: true, fullName: true, birthPlace: true, birthDate: true, sex: true,
      address: true, rt: true, rw: true, kelurahan: true, kecamatan: true, phone: true, email: true,
      consentAt: true, verifiedAt: true, office: { select: { name: true, phone: true, address: true } },
    },
  });
}

export type ResidentListItem = { id: string; fullName: string; maskedNik: string; rt: string; rw: string; hasAccount: boolean; verified: boolean };

/**
 * Staff directory of the actor's own office. The full NIK never leaves this function: lists
 * show it masked, and only the audited detail view shows personal data.
 */
export type RegisterFilters = { q?: string; rt?: string; rw?: string; account?: "yes" | "no"; verified?: "yes" | "no" };

export async function listResidentsForStaff(actor: Actor, query: RegisterFilters & PageRequest) {
  const q = (query.q ?? "").trim();
  const digits = normalizeDigits(q);
  // 16 digits: a NIK or a nomor KK (both indexed); fewer digits: part of a NIK; else part of a name.
  const match = !q
    ? {}
    : /^\d+$/.test(digits)
      ? digits.length === 16
        ? { OR: [{ nik: digits }, { kkNumber: digits }] }
        : { nik: { contains: digits } }
      : { fullName: { contains: q, mode: "insensitive" as const } };
  const pad = (v?: string) => (v && /^\d{1,3}$/.test(v) ? v.padStart(3, "0") : undefined);
  const filters = {
    ...(pad(query.rt) ? { rt: pad(query.rt) } : {}),
    ...(pad(query.rw) ? { rw: pad(query.rw) } : {}),
    ...(query.account === "yes" ? { userId: { not: null } } : query.account === "no" ? { userId: null } : {}),
    ...(query.verified === "yes" ? { verifiedAt: { not: null } } : query.verified === "no" ? { verifiedAt: null } : {}),
  };
  const { cursor, backwards } = pageDirection(query);
  const keyset = keysetWhere("fullName", cursor ? { at: cursor.k, id: cursor.i } : null, backwards, "asc");
  const rows = await db.residentProfile.findMany({
    where: { AND: [residentDirectoryWhere(actor), match, filters, keyset.where] },
    orderBy: keyset.orderBy,
    take: PAGE_SIZE + 1,
    select: { id: true, fullName: true, nik: true, rt: true, rw: true, userId: true, verifiedAt: true },
  });
  const page = toPage(rows, PAGE_SIZE, backwards, Boolean(cursor), (r) => ({ k: r.fullName, i: r.id }));
  const items: ResidentListItem[] = page.items.map((r) => ({
    id: r.id,
    fullName: r.fullName,
    maskedNik: maskNik(r.nik),
    rt: r.rt,
    rw: r.rw,
    hasAccount: Boolean(r.userId),
    verified: Boolean(r.verifiedAt),
  }));
  return { items, prev: page.prev, next: page.next };
}

/**
 * Full personal data of one resident of the actor's office, for staff. Every call is an access
 * to personal data under UU 27/2022 and is written to the audit log. Another office's resident
 * is "not found".
 */
export async function getResidentForStaff(actor: Actor, residentId: string) {
  const resident = await db.residentProfile.findFirst({
    where: { AND: [{ id: residentId }, residentDirectoryWhere(actor)] },
    select: {
      id: true, nik: true, kkNumber: true, fullName: true, birthPlace: true, birthDate: true, sex: true,
      address: true, rt: true, rw: true, kelurahan: true, kecamatan: true, phone: true, email: true,
      consentAt: true, verifiedAt: true, createdAt: true, headOfFamily: true, registerData: true, userId: true,
      user: { select: { active: true, lastLoginAt: true } },
    },
  });
  if (!resident) return null;
  // A refresh is not a new look: repeated views within the window are one row (lib/audit/log recordView).
  await recordView(actor, "resident.viewed", { type: "resident", id: resident.id });
  // The household: everyone of this office on the same KK, head of family first; NIKs masked.
  const members = await db.residentProfile.findMany({
    where: { AND: [residentDirectoryWhere(actor), { kkNumber: resident.kkNumber, id: { not: resident.id } }] },
    orderBy: [{ headOfFamily: "desc" }, { birthDate: "asc" }],
    take: 30,
    select: { id: true, fullName: true, nik: true, headOfFamily: true, birthDate: true, sex: true },
  });
  const household = members.map((m) => ({ id: m.id, fullName: m.fullName, maskedNik: maskNik(m.nik), headOfFamily: m.headOfFamily, birthDate: m.birthDate, sex: m.sex }));
  return { ...resident, household };
}
