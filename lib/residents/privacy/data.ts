import "server-only";
import { db } from "@/lib/db";
import { RESIDENT_PAGE_SIZE, pageDirection, toPage, type PageRequest } from "@/lib/paging/keyset";
import { canonicalTargetType } from "@/lib/audit/vocabulary";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/types";
import { isResidentSelf, ownProfileWhere, privacyRequestWhere } from "../policy";

// What a resident may see about the processing of their own data (UU 27/2022), and what the
// office admin needs to answer their requests. Staff names are shown to the resident on purpose:
// the law gives them the right to know who processed their data.

const profileSelect = {
  id: true, nik: true, kkNumber: true, fullName: true, birthPlace: true, birthDate: true, sex: true, address: true, rt: true, rw: true,
  kelurahan: true, kecamatan: true, phone: true, email: true, consentAt: true, consentWithdrawnAt: true, verifiedAt: true, createdAt: true,
  office: { select: { name: true } },
} as const;

export async function getOwnPrivacyProfile(actor: Actor) {
  if (!isResidentSelf(actor)) return null;
  return db.residentProfile.findFirst({ where: ownProfileWhere(actor), select: profileSelect });
}

/**
 * Targets that are about this resident: their profile, their requests, the letters issued on them,
 * their complaints — named in the audit log's one target vocabulary (lib/audit/vocabulary).
 */
async function ownTargets(actor: Actor, profileId: string) {
  const [requests, complaints] = await Promise.all([
    db.serviceRequest.findMany({ where: { OR: [{ residentId: profileId }, { applicantId: actor.userId }] }, select: { id: true, letters: { select: { id: true } } }, take: 1000 }),
    db.complaint.findMany({ where: { OR: [{ residentId: profileId }, { reporterId: actor.userId }] }, select: { id: true }, take: 1000 }),
  ]);
  const letters = requests.flatMap((r) => r.letters.map((l) => l.id));
  return [
    { targetType: canonicalTargetType("ResidentProfile"), targetId: profileId },
    ...(requests.length ? [{ targetType: canonicalTargetType("ServiceRequest"), targetId: { in: requests.map((r) => r.id) } }] : []),
    ...(letters.length ? [{ targetType: canonicalTargetType("letter"), targetId: { in: letters } }] : []),
    ...(complaints.length ? [{ targetType: canonicalTargetType("Complaint"), targetId: { in: complaints.map((c) => c.id) } }] : []),
  ];
}

export type AccessRow = { id: string; at: Date; action: string; targetType: string; actorName: string | null; actorRole: string | null; officeName: string | null };

/**
 * Who else viewed or changed the resident's data, newest first (keyset on the audit id). The
 * resident's own actions are left out; rows about anyone else can never match the targets.
 */
export async function listOwnAccessLog(actor: Actor, options: PageRequest & { take?: number } = {}): Promise<{ rows: AccessRow[]; next: string | null; prev: string | null }> {
  const profile = isResidentSelf(actor) ? await db.residentProfile.findFirst({ where: ownProfileWhere(actor), select: { id: true } }) : null;
  if (!profile) return { rows: [], next: null, prev: null };
  const take = options.take ?? RESIDENT_PAGE_SIZE;
  const { cursor, backwards } = pageDirection(options);
  const cursorId = cursor && /^\d{1,19}$/.test(cursor.i) ? BigInt(cursor.i) : null;
  // Newest first: the next page holds smaller ids.
  const events = await db.auditEvent.findMany({
    where: { OR: await ownTargets(actor, profile.id), NOT: { actorId: actor.userId }, ...(cursorId !== null ? { id: backwards ? { gt: cursorId } : { lt: cursorId } } : {}) },
    orderBy: { id: backwards ? "asc" : "desc" },
    take: take + 1,
    select: { id: true, createdAt: true, action: true, targetType: true, actor: { select: { name: true, role: true } }, office: { select: { name: true } } },
  });
  const page = toPage(events, take, backwards, cursorId !== null, (e) => ({ k: "", i: e.id.toString() }));
  const rows = page.items.map((e) => ({
    id: e.id.toString(), at: e.createdAt, action: e.action, targetType: e.targetType,
    actorName: e.actor?.name ?? null, actorRole: e.actor?.role ?? null, officeName: e.office?.name ?? null,
  }));
  return { rows, next: page.next, prev: page.prev };
}

/** Everything the system holds about the signed-in resident, for the JSON and PDF downloads. */
export async function collectOwnData(actor: Actor) {
  const profile = await getOwnPrivacyProfile(actor);
  if (!profile) return null;
  const [account, requests, complaints, tickets, privacyRequests, access] = await Promise.all([
    db.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true, phone: true, locale: true, createdAt: true, lastLoginAt: true } }),
    db.serviceRequest.findMany({
      where: { OR: [{ residentId: profile.id }, { applicantId: actor.userId }] }, orderBy: { createdAt: "desc" }, take: 1000,
      select: { number: true, status: true, createdAt: true, service: { select: { name: true } }, letters: { select: { number: true, status: true, issuedAt: true } } },
    }),
    db.complaint.findMany({ where: { OR: [{ residentId: profile.id }, { reporterId: actor.userId }] }, orderBy: { createdAt: "desc" }, take: 1000, select: { ticket: true, title: true, status: true, privacy: true, createdAt: true } }),
    db.queueTicket.findMany({ where: { residentId: profile.id }, orderBy: { createdAt: "desc" }, take: 1000, select: { createdAt: true, status: true } }),
    db.privacyRequest.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "desc" }, select: { kind: true, status: true, details: true, answer: true, createdAt: true, dueAt: true, handledAt: true } }),
    listOwnAccessLog(actor, { take: 1000 }),
  ]);
  return { generatedAt: new Date(), profile, account, requests, complaints, queueTickets: tickets, privacyRequests, accessLog: access.rows };
}

export async function listPrivacyRequests(actor: Actor) {
  return db.privacyRequest.findMany({
    where: privacyRequestWhere(actor),
    orderBy: [{ status: "asc" }, { dueAt: "asc" }],
    take: 100,
    select: { id: true, kind: true, status: true, details: true, answer: true, createdAt: true, dueAt: true, handledAt: true, resident: { select: { fullName: true, nik: true } } },
  });
}

/** The office's processing log for the data protection officer: who accessed which resident's data, by period, in batches. */
export async function* processingLog(actor: Actor, from: Date, to: Date) {
  if (!can(actor.role, "audit.view")) return;
  let after: bigint | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { officeId: actor.officeId, createdAt: { gte: from, lt: to }, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: 1000,
      select: { id: true, createdAt: true, action: true, targetType: true, targetId: true, ip: true, actor: { select: { name: true, role: true, email: true } } },
    });
    if (!rows.length) return;
    yield* rows;
    after = rows[rows.length - 1].id;
  }
}
