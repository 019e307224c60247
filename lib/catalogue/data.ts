import "server-only";
import type { Actor } from "@/lib/auth/types";
import { PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage, type PageRequest } from "@/lib/paging/keyset";
import { db } from "@/lib/db";
import { publicCache } from "@/lib/http/public-cache";
import { managedServiceWhere } from "./policy";
import { historyEntries, type ServiceSnapshot } from "./snapshot";

const REVISION_PAGE = PAGE_SIZE;

const requirementSelect = {
  id: true,
  kind: true,
  code: true,
  label: true,
  description: true,
  required: true,
  position: true,
  fieldType: true,
  options: true,
  acceptTypes: true,
  maxSizeKb: true,
  example: true,
  active: true,
} as const;

/** Offices that publish at least one active service, for the catalogue's first page. */
export const listCatalogueOffices = publicCache(async function listCatalogueOffices() {
  return db.office.findMany({
    where: { active: true, services: { some: { active: true } } },
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, type: true, address: true, _count: { select: { services: { where: { active: true } } } } },
  });
}, "catalogue-offices", ["catalogue"]);

export const getPublicOffice = publicCache(async function getPublicOffice(slug: string) {
  return db.office.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, name: true, type: true, address: true, phone: true, email: true, openTime: true, closeTime: true },
  });
}, "public-office", ["catalogue"]);

export const listPublicServices = publicCache(async function listPublicServices(officeId: string) {
  return db.service.findMany({
    where: { officeId, active: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      durationValue: true,
      durationUnit: true,
      feeRupiah: true,
      digitalResult: true,
      requiresVerifiedAccount: true,
      subjectTargets: true,
      unit: { select: { name: true } },
    },
  });
}, "public-services", ["catalogue"]);

/** The published standard of one active service (its six components plus the responsible unit). */
export const getPublicService = publicCache(async function getPublicService(officeSlug: string, serviceSlug: string) {
  return db.service.findFirst({
    where: { slug: serviceSlug, active: true, office: { slug: officeSlug, active: true } },
    select: {
      id: true,
      slug: true,
      name: true,
      summary: true,
      procedure: true,
      durationValue: true,
      durationUnit: true,
      feeRupiah: true,
      product: true,
      complaintInfo: true,
      legalBasis: true,
      digitalResult: true,
      requiresVerifiedAccount: true,
      subjectTargets: true,
      updatedAt: true,
      unit: { select: { name: true } },
      office: { select: { id: true, slug: true, name: true, phone: true, email: true, address: true } },
      requirements: { where: { active: true }, orderBy: [{ position: "asc" }, { code: "asc" }], select: requirementSelect },
    },
  });
}, "public-service", ["catalogue"]);

export type PublicService = NonNullable<Awaited<ReturnType<typeof getPublicService>>>;

// ───────────── admin (always scoped to the admin's own office) ─────────────

export async function listAdminServices(actor: Actor) {
  return db.service.findMany({
    where: managedServiceWhere(actor),
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      slug: true,
      active: true,
      durationValue: true,
      durationUnit: true,
      feeRupiah: true,
      updatedAt: true,
      unit: { select: { name: true } },
      _count: { select: { requirements: { where: { active: true } } } },
    },
  });
}

export async function getAdminService(actor: Actor, id: string) {
  return db.service.findFirst({
    where: { id, ...managedServiceWhere(actor) },
    select: {
      id: true,
      name: true,
      slug: true,
      summary: true,
      unitId: true,
      procedure: true,
      durationValue: true,
      durationUnit: true,
      feeRupiah: true,
      product: true,
      complaintInfo: true,
      legalBasis: true,
      digitalResult: true,
      requiresVerifiedAccount: true,
      subjectTargets: true,
      active: true,
      office: { select: { slug: true } },
      requirements: { orderBy: [{ active: "desc" }, { position: "asc" }, { code: "asc" }], select: requirementSelect },
    },
  });
}

export async function listOfficeUnits(actor: Actor) {
  return db.unit.findMany({ where: { officeId: actor.officeId, active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/**
 * One page of the revision history, newest first, with who made each change and what changed
 * against the revision before it in time (the page's oldest one is compared with the revision just
 * before the page, so only the very first revision reads "created"). Keyset-paged on (createdAt, id).
 */
export async function listServiceRevisions(actor: Actor, serviceId: string, request: PageRequest = {}) {
  const service = await db.service.findFirst({ where: { id: serviceId, ...managedServiceWhere(actor) }, select: { id: true, name: true } });
  if (!service) return null;
  const { cursor, backwards } = datePageDirection(request);
  const keyset = keysetWhere("createdAt", cursor, backwards);
  const rows = await db.serviceRevision.findMany({
    where: { AND: [{ serviceId }, keyset.where] },
    orderBy: keyset.orderBy,
    take: REVISION_PAGE + 1,
    select: { id: true, summary: true, snapshot: true, createdAt: true, actor: { select: { name: true } } },
  });
  const page = toPage(rows, REVISION_PAGE, backwards, cursor !== null, (r) => dateKey(r.createdAt, r.id));
  const oldest = page.items[page.items.length - 1];
  const older = keysetWhere("createdAt", oldest ? { at: oldest.createdAt, id: oldest.id } : null, false);
  const before = oldest
    ? await db.serviceRevision.findFirst({
        where: { AND: [{ serviceId }, older.where] },
        orderBy: older.orderBy,
        select: { snapshot: true },
      })
    : null;
  const revisions = page.items.map((r) => ({ ...r, snapshot: r.snapshot as unknown as ServiceSnapshot }));
  return {
    service,
    revisions: historyEntries(revisions, before ? (before.snapshot as unknown as ServiceSnapshot) : null),
    prev: page.prev,
    next: page.next,
  };
}
