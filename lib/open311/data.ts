import "server-only";
import { decodeCursor, encodeCursor } from "@/lib/paging/keyset";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoJakarta } from "./format";
import type { ListQuery } from "./params";
import { open311Status, statusNotes, workflowStatusesFor } from "./status";

export type Jurisdiction = { id: string; slug: string; name: string };

/**
 * The office a call is about. `jurisdiction_id` is the office's slug; it may be left out only when
 * exactly one office of the deployment takes complaints.
 */
export async function resolveJurisdiction(slug: string | undefined): Promise<Jurisdiction | "required" | "unknown"> {
  if (slug) {
    const office = await db.office.findFirst({ where: { slug, active: true }, select: { id: true, slug: true, name: true } });
    return office ?? "unknown";
  }
  const offices = await db.office.findMany({
    where: { active: true, complaintCategories: { some: { active: true } } },
    select: { id: true, slug: true, name: true },
    take: 2,
  });
  return offices.length === 1 ? offices[0] : "required";
}

export const hashApiKey = (key: string) => crypto.createHash("sha256").update(key).digest("hex");

/** The client behind an api_key, if the key is known and not revoked. */
export async function findApiClient(key: string) {
  return db.apiClient.findFirst({
    where: { keyHash: hashApiKey(key), revokedAt: null },
    select: { id: true, officeId: true, name: true },
  });
}

/** Every category takes the same two attributes: who may see the complaint, and what kind it is. */
export const ATTRIBUTES = [
  {
    variable: true, code: "privacy", datatype: "singlevaluelist", required: false, order: 1,
    description: "Siapa yang boleh melihat pengaduan ini (bawaan: RAHASIA)",
    datatype_description: "PUBLIK: isi boleh tampil untuk umum; RAHASIA: hanya status yang tampil; ANONIM: identitas pelapor disembunyikan dari petugas",
    values: [
      { key: "PUBLIK", name: "Publik" },
      { key: "RAHASIA", name: "Rahasia" },
      { key: "ANONIM", name: "Anonim" },
    ],
  },
  {
    variable: true, code: "classification", datatype: "singlevaluelist", required: false, order: 2,
    description: "Jenis laporan (bawaan: PENGADUAN)", datatype_description: "PENGADUAN, ASPIRASI atau INFORMASI",
    values: [
      { key: "PENGADUAN", name: "Pengaduan" },
      { key: "ASPIRASI", name: "Aspirasi" },
      { key: "INFORMASI", name: "Permintaan informasi" },
    ],
  },
];

export async function listServices(officeId: string) {
  const categories = await db.complaintCategory.findMany({
    where: { officeId, active: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true },
  });
  return categories.map((c) => ({
    service_code: c.slug,
    service_name: c.name,
    description: `Pengaduan: ${c.name}`,
    metadata: true,
    type: "realtime",
    keywords: "pengaduan",
    group: "Pengaduan",
  }));
}

export async function findService(officeId: string, code: string) {
  return db.complaintCategory.findFirst({ where: { officeId, slug: code, active: true }, select: { id: true, slug: true, name: true } });
}

const requestSelect = {
  id: true, ticket: true, status: true, privacy: true, description: true, locationText: true, latitude: true, longitude: true, mediaUrl: true,
  rejectReason: true, referredTo: true, createdAt: true, updatedAt: true, verifyDueAt: true, dueAt: true,
  category: { select: { slug: true, name: true } },
  unit: { select: { name: true } },
} satisfies Prisma.ComplaintSelect;

type Row = Prisma.ComplaintGetPayload<{ select: typeof requestSelect }>;

/**
 * A complaint as GeoReport v2 shows it to anyone. Never the reporter. Rahasia and Anonim
 * complaints show status fields only: their content, place and photos could point to the reporter.
 */
export function toServiceRequest(row: Row) {
  const open = row.privacy === "PUBLIK";
  return {
    service_request_id: row.ticket,
    status: open311Status(row.status),
    status_notes: statusNotes(row.status, open ? { unitName: row.unit?.name, rejectReason: row.rejectReason, referredTo: row.referredTo } : {}),
    service_name: row.category.name,
    service_code: row.category.slug,
    description: open ? row.description : null,
    agency_responsible: open ? (row.unit?.name ?? null) : null,
    service_notice: null,
    requested_datetime: isoJakarta(row.createdAt),
    updated_datetime: isoJakarta(row.updatedAt),
    expected_datetime: isoJakarta(row.dueAt ?? row.verifyDueAt),
    address: open ? row.locationText : null,
    address_id: null,
    zipcode: null,
    lat: open ? row.latitude : null,
    long: open ? row.longitude : null,
    media_url: open ? row.mediaUrl : null,
  };
}

const NINETY_DAYS = 90 * 86_400_000;

/**
 * Newest first, `page_size` at a time. Two ways through a long list: `page` (bounded at 100 pages)
 * and the keyset cursor `after` (from the previous page's Link header), which costs the same at
 * any depth on the (office_id, created_at DESC, id DESC) index.
 */
export async function listServiceRequests(officeId: string, query: ListQuery, now = new Date()): Promise<{ items: ReturnType<typeof toServiceRequest>[]; next: string | null }> {
  const where: Prisma.ComplaintWhereInput = { officeId };
  if (query.service_request_id?.length) {
    where.ticket = { in: query.service_request_id.map((t) => t.toUpperCase()) };
  } else {
    const end = query.end_date ?? now;
    const start = query.start_date ?? new Date(end.getTime() - NINETY_DAYS);
    where.createdAt = { gte: start, lte: end };
  }
  if (query.service_code) where.category = { slug: query.service_code };
  if (query.status) where.status = { in: workflowStatusesFor(query.status) };
  const cursor = decodeCursor(query.after);
  const after = cursor && !Number.isNaN(Date.parse(cursor.k)) ? { at: new Date(cursor.k), id: cursor.i } : null;
  const rows = await db.complaint.findMany({
    where: after ? { AND: [where, { OR: [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }] }] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: after ? 0 : (query.page - 1) * query.page_size,
    take: query.page_size + 1,
    select: requestSelect,
  });
  const page = rows.slice(0, query.page_size);
  const last = page.at(-1);
  return { items: page.map(toServiceRequest), next: rows.length > query.page_size && last ? encodeCursor(last.createdAt.toISOString(), last.id) : null };
}

export async function getServiceRequest(officeId: string, ticket: string) {
  const row = await db.complaint.findFirst({ where: { officeId, ticket: ticket.toUpperCase() }, select: requestSelect });
  return row ? toServiceRequest(row) : null;
}

export async function findByToken(officeId: string, token: string) {
  const row = await db.complaint.findFirst({ where: { officeId, apiToken: token }, select: { ticket: true } });
  return row ? { token, service_request_id: row.ticket } : null;
}

/** The office's client applications for the admin page (never the key; only its first characters). */
export async function listApiClients(officeId: string) {
  const rows = await db.apiClient.findMany({
    where: { officeId },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: { id: true, name: true, contact: true, keyPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, _count: { select: { complaints: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, complaints: _count.complaints }));
}

/** Offices that take complaints, for the developer page. */
export async function listOpen311Offices() {
  return db.office.findMany({
    where: { active: true, complaintCategories: { some: { active: true } } },
    orderBy: { name: "asc" },
    select: { slug: true, name: true },
  });
}
