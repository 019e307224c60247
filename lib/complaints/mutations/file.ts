import "server-only";
import { notifyComplaintEvent } from "@/lib/notifications/mutations/hooks";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import { jakartaDateKey } from "@/lib/calendar/working-days";
import type { Channel } from "@/lib/generated/prisma/enums";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import type { ComplaintContent } from "../schema";
import { verifyDueDate } from "../sla";
import { formatTicket } from "../ticket";
import { nextSequence } from "@/lib/requests/mutations/numbering";
import { discardPhotos, storeComplaintPhotos, type PhotoUpload } from "./photos";
import { FETCH_MEDIA_JOB } from "./media";
import { enqueueJob } from "@/lib/jobs/mutations";
import { fail, type Failure } from "./result";
import { claimKey, rememberAnswer, type IdempotencyRef } from "@/lib/idempotency/mutations";

export type FiledComplaint = { ok: true; id: string; ticket: string };
/** `replayed`: the same submission (idempotency key) was already filed; this is its answer. */
type Inserted = FiledComplaint & { replayed?: true };

type Reporter = {
  reporterId: string | null;
  residentId: string | null;
  channel: Channel;
  enteredById: string | null;
  /** Open311 filings: the client, the token answered to it, and what it sent about the person. */
  apiClientId?: string;
  apiToken?: string;
  mediaUrl?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
};

async function create(actor: Actor, officeId: string, input: ComplaintContent, photos: PhotoUpload[], who: Reporter, once?: IdempotencyRef): Promise<FiledComplaint | Failure> {
  const category = await db.complaintCategory.findFirst({ where: { id: input.categoryId, officeId, active: true }, select: { id: true } });
  if (!category) return fail("invalid", { categoryId: "required" });

  const stored = await storeComplaintPhotos(photos, officeId, actor.userId, "foto");
  if (!stored.ok) return fail("upload", { photos: stored.error });

  try {
    const result = await insert(actor.userId, officeId, input, category.id, stored.fileIds, who, once);
    if (result.replayed) await discardPhotos(stored.fileIds); // the first submission has its own copies
    return { ok: true, id: result.id, ticket: result.ticket };
  } catch (error) {
    await discardPhotos(stored.fileIds);
    throw error;
  }
}

async function insert(actorId: string | null, officeId: string, input: ComplaintContent, categoryId: string, fileIds: string[], who: Reporter, once?: IdempotencyRef): Promise<Inserted> {
  return db.$transaction(async (tx) => {
    if (once) {
      const claim = await claimKey<FiledComplaint>(tx, once);
      if (!claim.first && claim.answer) return { ...claim.answer, replayed: true as const };
    }
    const clock = await loadOfficeCalendar(officeId, tx);
    const now = new Date();
    const year = Number(jakartaDateKey(now).slice(0, 4));
    const ticket = formatTicket(clock.code, year, await nextSequence(tx, officeId, "complaint", year));
    const complaint = await tx.complaint.create({
      data: {
        officeId,
        ticket,
        classification: input.classification,
        categoryId,
        title: input.title,
        description: input.description,
        locationText: input.locationText ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        privacy: input.privacy,
        ...who,
        verifyDueAt: verifyDueDate(now, clock),
        createdAt: now,
      },
      select: { id: true, ticket: true },
    });
    if (fileIds.length) {
      await tx.complaintAttachment.createMany({ data: fileIds.map((fileId) => ({ complaintId: complaint.id, fileId })) });
    }
    await tx.complaintEvent.create({
      data: { complaintId: complaint.id, actorId, type: "complaint.submitted", toStatus: "SUBMITTED", data: { channel: who.channel } },
    });
    await notifyComplaintEvent(tx, { complaintId: complaint.id, type: "complaint.submitted", actorId, occurrence: "1" }); // notifications (issue 10)
    if (who.mediaUrl) await enqueueJob(tx, FETCH_MEDIA_JOB, { complaintId: complaint.id }); // Open311 media_url, fetched in the background
    const answer = { ok: true as const, id: complaint.id, ticket: complaint.ticket };
    if (once) await rememberAnswer(tx, once, answer);
    return answer;
  });
}

/**
 * A signed-in resident files a complaint with their own office. With an idempotency key (the
 * phone's outbox) a repeat of the same submission answers the first one's ticket instead of filing twice.
 */
export async function fileComplaint(actor: Actor, input: ComplaintContent, photos: PhotoUpload[] = [], idempotencyKey?: string): Promise<FiledComplaint | Failure> {
  if (!can(actor.role, "complaint.file")) return fail("forbidden");
  const once = idempotencyKey ? { scope: "complaint.file", userId: actor.userId, key: idempotencyKey } : undefined;
  return create(actor, actor.officeId, input, photos, {
    reporterId: actor.userId,
    residentId: actor.residentId,
    channel: "WEB",
    enteredById: null,
  }, once);
}

/**
 * Staff record a complaint told at the desk, a Balai RW post or by WhatsApp. With the person's NIK
 * the complaint is linked to their register entry and, when they have an account, shows up on their
 * own page so they can confirm or reopen it; without it the complaint has no reporter identity.
 */
export async function fileWalkInComplaint(
  actor: Actor,
  input: ComplaintContent & { channel: Exclude<Channel, "WEB">; reporterNik?: string },
  photos: PhotoUpload[] = [],
): Promise<FiledComplaint | Failure> {
  if (!can(actor.role, "complaint.handle")) return fail("forbidden");
  let reporterId: string | null = null;
  let residentId: string | null = null;
  if (input.reporterNik) {
    // Same rule as the request walk-in (lib/requests/data/staff/walk-in.ts): only residents of the
    // desk's own office (a kecamatan: also its kelurahan/desa); a NIK of an unrelated office is
    // reported as registered elsewhere, without any of its data.
    const profile = await db.residentProfile.findFirst({
      where: { nik: input.reporterNik, OR: [{ officeId: actor.officeId }, { office: { parentId: actor.officeId } }] },
      select: { id: true, userId: true },
    });
    if (!profile) {
      const elsewhere = await db.residentProfile.count({ where: { nik: input.reporterNik } });
      return fail("invalid", { reporterNik: elsewhere > 0 ? "nik_elsewhere" : "nik_unknown" });
    }
    residentId = profile.id;
    reporterId = profile.userId;
  }
  return create(actor, actor.officeId, input, photos, { reporterId, residentId, channel: input.channel, enteredById: actor.userId });
}

/**
 * A complaint filed by an Open311 client of the office. There is no account behind it: what the
 * client sent about the person is kept as contact details, hidden like any reporter under Anonim.
 */
export async function fileApiComplaint(
  client: { id: string; officeId: string },
  input: ComplaintContent,
  extra: { apiToken: string; mediaUrl: string | null; contactName: string | null; contactEmail: string | null; contactPhone: string | null },
): Promise<FiledComplaint | Failure> {
  const category = await db.complaintCategory.findFirst({ where: { id: input.categoryId, officeId: client.officeId, active: true }, select: { id: true } });
  if (!category) return fail("invalid", { categoryId: "required" });
  const anonymous = input.privacy === "ANONIM";
  return insert(null, client.officeId, input, category.id, [], {
    reporterId: null,
    residentId: null,
    channel: "API",
    enteredById: null,
    apiClientId: client.id,
    apiToken: extra.apiToken,
    mediaUrl: extra.mediaUrl,
    contactName: anonymous ? null : extra.contactName,
    contactEmail: anonymous ? null : extra.contactEmail,
    contactPhone: anonymous ? null : extra.contactPhone,
  });
}
