import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { isResidentSelf, ownProfileWhere, privacyRequestWhere } from "../policy";
import { privacyDueAt } from "./clock";
import { permissions } from "@/lib/auth/policy";
import { notify } from "@/lib/notifications/mutations/notify";
import type { z } from "zod";
import type { answerPrivacySchema, privacyRequestSchema } from "./schema";

const kindWords = { CORRECTION: "perbaikan data", WITHDRAW_CONSENT: "penarikan persetujuan", DELETION: "penghapusan data" } as const;

type Failure = { ok: false; error: "not_found" | "already_open" | "already_answered" };

/** A resident asks to correct, withdraw consent or delete; the office has 72 hours to answer. */
export async function createPrivacyRequest(actor: Actor, input: z.output<typeof privacyRequestSchema>, now = new Date()): Promise<{ ok: true; id: string } | Failure> {
  if (!isResidentSelf(actor)) return { ok: false, error: "not_found" };
  const profile = await db.residentProfile.findFirst({ where: ownProfileWhere(actor), select: { id: true, officeId: true } });
  if (!profile) return { ok: false, error: "not_found" };
  const open = await db.privacyRequest.count({ where: { userId: actor.userId, kind: input.kind, status: "OPEN" } });
  if (open) return { ok: false, error: "already_open" };
  return db.$transaction(async (tx) => {
    const created = await tx.privacyRequest.create({
      data: { officeId: profile.officeId, residentId: profile.id, userId: actor.userId, kind: input.kind, details: input.details, dueAt: privacyDueAt(now), createdAt: now },
      select: { id: true },
    });
    await recordAudit(actor, "privacy.requested", { type: "privacy_request", id: created.id }, { kind: input.kind }, tx);
    // The office's admins hear of it in the same transaction (in-app and their channels).
    const admins = await tx.user.findMany({ where: { officeId: profile.officeId, active: true, role: { in: [...permissions["privacy.handle"]] } }, select: { id: true } });
    if (admins.length) {
      const due = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" }).format(privacyDueAt(now));
      await notify(tx, {
        event: "work.privacy_request", officeId: profile.officeId, key: `work.privacy_request:${created.id}`,
        recipients: admins.map((a) => ({ userId: a.id })), vars: { jenis: kindWords[input.kind], tenggat: due }, link: "/admin/privasi",
        target: { type: "privacy_request", id: created.id }, now,
      });
    }
    return { ok: true as const, id: created.id };
  });
}

/**
 * The office admin answers. Consent withdrawal stops further processing (recorded on the
 * profile); a deletion closes the account and clears contact data, while the records the office
 * must keep (requests and the letters issued on them, complaints) stay, as the answer explains.
 */
export async function answerPrivacyRequest(actor: Actor, input: z.output<typeof answerPrivacySchema>): Promise<{ ok: true } | Failure> {
  const request = await db.privacyRequest.findFirst({ where: { AND: [{ id: input.requestId }, privacyRequestWhere(actor)] }, select: { id: true, status: true, kind: true, residentId: true, userId: true } });
  if (!request || isResidentSelf(actor)) return { ok: false, error: "not_found" };
  if (request.status !== "OPEN") return { ok: false, error: "already_answered" };
  await db.$transaction(async (tx) => {
    await tx.privacyRequest.update({ where: { id: request.id }, data: { status: input.status, answer: input.answer, handledById: actor.userId, handledAt: new Date() } });
    if (input.status === "DONE" && request.kind === "WITHDRAW_CONSENT") {
      await tx.residentProfile.update({ where: { id: request.residentId }, data: { consentWithdrawnAt: new Date() } });
    }
    if (input.status === "DONE" && request.kind === "DELETION") {
      await tx.user.update({ where: { id: request.userId }, data: { active: false, email: null, phone: null } });
      await tx.residentProfile.update({ where: { id: request.residentId }, data: { phone: null, email: null, consentWithdrawnAt: new Date() } });
    }
    await recordAudit(actor, "privacy.answered", { type: "privacy_request", id: request.id }, { kind: request.kind, status: input.status }, tx);
  });
  return { ok: true };
}

/**
 * Escalation: open requests past their 72 hours are reported to the office's supervisors, once per
 * request (the notification key is the request). Run by the worker's schedule on every instance's
 * shared lease; safe to run again.
 */
export async function escalateOverduePrivacyRequests(now = new Date()): Promise<number> {
  const overdue = await db.privacyRequest.findMany({ where: { status: "OPEN", dueAt: { lt: now } }, select: { id: true, officeId: true, kind: true, dueAt: true }, take: 500 });
  let sent = 0;
  const told = new Set(
    (await db.notification.findMany({ where: { event: "work.privacy_overdue", targetId: { in: overdue.map((r) => r.id) } }, select: { targetId: true } })).map((n) => n.targetId),
  );
  for (const r of overdue) {
    if (told.has(r.id)) continue;
    const supervisors = await db.user.findMany({ where: { officeId: r.officeId, active: true, role: { in: [...permissions["privacy.escalated"]] } }, select: { id: true } });
    if (!supervisors.length) continue;
    const due = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" }).format(r.dueAt);
    await db.$transaction(async (tx) => {
      const result = await notify(tx, {
        event: "work.privacy_overdue", officeId: r.officeId, key: `work.privacy_overdue:${r.id}`,
        recipients: supervisors.map((s) => ({ userId: s.id })), vars: { jenis: kindWords[r.kind], tenggat: due }, target: { type: "privacy_request", id: r.id }, now,
      });
      sent += result.inApp;
    });
  }
  return sent;
}

export function privacyEscalationSchedule() {
  return { name: "privacy.escalation", everyMs: 15 * 60_000, run: (now: Date) => escalateOverduePrivacyRequests(now).then(() => undefined) };
}
