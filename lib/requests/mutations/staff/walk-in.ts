import "server-only";
import { ensureSurveyInvitation } from "@/lib/survey/mutations";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { dueDate } from "@/lib/calendar/working-days";
import { db } from "@/lib/db";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import { recordRequestEvent } from "../events";
import { notifyRequestEvent } from "@/lib/notifications/mutations/hooks";
import { nextRegistrationNumber } from "@/lib/requests/mutations/numbering";
import { deleteUnreferencedFiles } from "@/lib/storage/cleanup";
import { ingestFormFile } from "@/lib/storage/ingest";
import { matchOtherOfficeResident, residentInScope } from "@/lib/requests/data/staff/walk-in";
import { validateFieldValues } from "@/lib/requests/fields";
import { canActOnRequest } from "@/lib/requests/policy";
import { fail, type Failure } from "@/lib/requests/staff-result";
import { completeOnSpot } from "./workflow";
import type { WalkInInput } from "@/lib/requests/walk-in-schema";
import { walkInTarget } from "@/lib/requests/walk-in-subject";
import type { Prisma } from "@/lib/generated/prisma/client";

export type WalkInResult = { ok: true; id: string; number: string } | Failure;

/**
 * Files a request at a desk on behalf of a walk-in resident: checks the desk and channel, the
 * service's fields and documents, stores the scans, and submits with a registration number and a
 * due date, recording the channel and who entered it.
 */
export async function createWalkInRequest(actor: Actor, input: WalkInInput, files: Map<string, File>, now = new Date()): Promise<WalkInResult> {
  const service = await db.service.findFirst({
    where: { id: input.serviceId, officeId: actor.officeId, active: true },
    select: {
      id: true, unitId: true, durationValue: true, durationUnit: true, subjectTargets: true,
      office: { select: { id: true, code: true, name: true } },
      requirements: { where: { active: true }, select: { id: true, code: true, kind: true, required: true, fieldType: true, options: true, acceptTypes: true, maxSizeKb: true } },
    },
  });
  if (!service) return fail("invalid_input", { serviceId: "required" });

  // The desk: a service point the actor belongs to; the POS_RW channel only from a POS_RW post.
  const points = await db.servicePoint.findMany({ where: { id: { in: actor.servicePointIds }, officeId: actor.officeId, active: true }, select: { id: true, kind: true } });
  let servicePointId: string | null = null;
  if (input.servicePointId) {
    const point = points.find((p) => p.id === input.servicePointId);
    if (!point) return fail("invalid_input", { servicePointId: "not_your_service_point" });
    servicePointId = point.id;
  }
  if (input.channel === "POS_RW") {
    const post = points.find((p) => p.kind === "POS_RW" && (!servicePointId || p.id === servicePointId));
    if (!post) return fail("invalid_input", { channel: "pos_rw_not_member" });
    servicePointId = post.id;
  } else if (input.channel === "LOKET" && !servicePointId) {
    servicePointId = points.find((p) => p.kind === "LOKET")?.id ?? null;
  }

  const target = walkInTarget(service.subjectTargets, input.subject);
  const errors: Record<string, string> = target.ok ? {} : { ...target.fieldErrors };
  const fieldReqs = service.requirements.filter((r) => r.kind === "FIELD");
  const checked = validateFieldValues(fieldReqs, input.fields);
  if (!checked.ok) for (const [code, error] of Object.entries(checked.errors)) errors[`fields.${code}`] = error;
  const docReqs = service.requirements.filter((r) => r.kind === "DOCUMENT");
  // A required document is either scanned or its original checked at the desk ("berkas asli diperiksa").
  const originals = new Set(input.originals);
  for (const code of originals) if (!docReqs.some((r) => r.code === code)) errors[`files.${code}`] = "unknown_requirement";
  for (const req of docReqs) if (req.required && !files.get(req.code)?.size && !originals.has(req.code)) errors[`files.${req.code}`] = "required";
  // Whoever files it handles it when they may: the walk-in is assigned to them (and only then may finish it now).
  const handles = canActOnRequest(actor, { officeId: actor.officeId, unitId: service.unitId });
  if (input.finish === "onSpot" && !handles) errors.finish = "not_your_unit";

  let resident: WalkInResident | null = null;
  if (input.residentId) {
    resident = await residentInScope(actor, input.residentId);
    if (!resident) errors.residentId = "resident_required";
  } else if (input.otherOfficeResident) {
    // Checked again here, not trusted from the look-up: same answer as the look-up for a wrong name.
    const other = input.otherOfficeResident;
    const match = await matchOtherOfficeResident(actor, other);
    if (!match) errors["otherOfficeResident.fullName"] = "resident_elsewhere";
    else resident = { id: match.id, userId: match.userId, otherOffice: { officeId: match.officeId, officeName: match.officeName, reason: other.reason, phone: other.phone ?? null, email: other.email ?? null } };
  } else if (input.newResident) {
    const taken = await db.residentProfile.count({ where: { nik: input.newResident.nik } });
    if (taken) errors["newResident.nik"] = "nik_registered";
  }
  if (Object.keys(errors).length) return fail("invalid_input", errors);

  // Scans are stored before the transaction (file I/O must not hold row locks).
  const stored: { requirementId: string; fileId: string }[] = [];
  for (const req of docReqs) {
    const file = files.get(req.code);
    if (!file?.size) continue;
    const result = await ingestFormFile(file, { accept: req.acceptTypes, maxBytes: req.maxSizeKb * 1024, officeId: actor.officeId, ownerId: actor.userId });
    if (!result.ok) errors[`files.${req.code}`] = result.error;
    else stored.push({ requirementId: req.id, fileId: result.file.id });
  }
  // A scan refused after others were stored, or a transaction that fails: the stored scans go again.
  const discard = () => deleteUnreferencedFiles(stored.map((s) => s.fileId));
  if (Object.keys(errors).length) {
    await discard();
    return fail("invalid_input", errors);
  }
  try {
    const checks = docReqs.filter((r) => originals.has(r.code)).map((r) => r.id);
    const about = target.ok ? { relation: target.relation, subjectName: target.subjectName, subjectNik: target.subjectNik, subjectRelation: target.subjectRelation } : {};
    return await submitWalkIn(actor, input, service, servicePointId, resident, { stored, checks, handles }, { ...(checked.ok ? checked.data : {}) }, now, about);
  } catch (error) {
    await discard().catch(() => {});
    throw error;
  }
}

/** Who the request is for; `otherOffice` when they are registered at an office this desk does not serve. */
type WalkInResident = {
  id: string;
  userId: string | null;
  otherOffice?: { officeId: string; officeName: string; reason: string; phone: string | null; email: string | null };
};

type WalkInService = { id: string; unitId: string; durationValue: number; durationUnit: Parameters<typeof dueDate>[1]["unit"]; office: { id: string; code: string; name: string } };

async function submitWalkIn(
  actor: Actor,
  input: WalkInInput,
  service: WalkInService,
  servicePointId: string | null,
  resident: WalkInResident | null,
  papers: { stored: { requirementId: string; fileId: string }[]; checks: string[]; handles: boolean },
  fieldData: object,
  now: Date,
  about: { relation?: string; subjectName?: string | null; subjectNik?: string | null; subjectRelation?: string | null } = {},
): Promise<WalkInResult> {
  const calendar = await loadOfficeCalendar(actor.officeId, undefined, now);
  const due = dueDate(now, { value: service.durationValue, unit: service.durationUnit }, calendar);
  const { stored, checks, handles } = papers;

  return db.$transaction(async (tx) => {
    if (!resident && input.newResident) {
      const r = input.newResident;
      const created = await tx.residentProfile.create({
        data: {
          officeId: actor.officeId, nik: r.nik, kkNumber: r.kkNumber, fullName: r.fullName, birthPlace: r.birthPlace,
          birthDate: new Date(`${r.birthDate}T00:00:00Z`), sex: r.sex, address: r.address, rt: r.rt.padStart(3, "0"),
          rw: r.rw.padStart(3, "0"), kelurahan: r.kelurahan, phone: r.phone ?? null, createdById: actor.userId,
        },
        select: { id: true, userId: true },
      });
      await recordAudit(actor, "resident.created", { type: "ResidentProfile", id: created.id }, { via: "walk_in" }, tx);
      resident = created;
    }
    const number = await nextRegistrationNumber(tx, service.office, now);
    const request = await tx.serviceRequest.create({
      data: {
        officeId: actor.officeId, serviceId: service.id, unitId: service.unitId, number, residentId: resident!.id,
        // A resident with an account also sees a desk request on their phone.
        applicantId: resident!.userId, channel: input.channel, enteredById: actor.userId, servicePointId,
        assigneeId: handles ? actor.userId : null,
        contactPhone: resident!.otherOffice?.phone ?? null, contactEmail: resident!.otherOffice?.email ?? null,
        status: "SUBMITTED", data: fieldData, submittedAt: now, dueAt: due, ...about,
        attachments: { create: stored.map((s) => ({ requirementId: s.requirementId, fileId: s.fileId })) },
        originalChecks: { create: checks.map((requirementId) => ({ requirementId, checkedById: actor.userId, checkedAt: now })) },
      },
      select: { id: true },
    });
    await recordRequestEvent(tx, {
      requestId: request.id, actorId: actor.userId, type: "request.submitted", fromStatus: "DRAFT", toStatus: "SUBMITTED",
      data: { channel: input.channel, servicePointId, enteredBy: actor.userId, originalsChecked: checks.length },
      at: now,
    });
    if (resident!.otherOffice) await recordOtherOfficeFiling(tx, actor, { id: request.id, number }, service.office.name, resident!, now);
    if (handles) {
      await recordRequestEvent(tx, {
        requestId: request.id, actorId: actor.userId, type: "request.assigned", internal: true,
        data: { from: null, to: actor.userId, toName: actor.name, auto: "walk_in" }, at: now,
      });
    }
    // The receipt printed next carries this request's single-use survey QR: it exists before the page renders.
    await ensureSurveyInvitation(tx, { requestId: request.id, officeId: actor.officeId, serviceId: service.id });
    // Notifications (issue 10): a walk-in resident without an account gets the SMS/e-mail on their profile's contacts.
    if (input.finish === "onSpot") {
      // Issued and handed over now: one more step in the same transaction (the resident hears "selesai").
      const done = await completeOnSpot(actor, { id: request.id, version: 0 }, now, tx);
      if (!done.ok) throw new Error(`walk-in completion refused: ${done.error}`);
    } else {
      await notifyRequestEvent(tx, { requestId: request.id, type: "request.submitted", actorId: actor.userId, occurrence: "1", now });
    }
    return { ok: true as const, id: request.id, number };
  });
}

/**
 * A filing for a resident of another office leaves a staff-only entry on the request ("filed at
 * the loket of X for a resident registered at Y", with the reason) and an audit row on the profile.
 */
async function recordOtherOfficeFiling(
  tx: Prisma.TransactionClient,
  actor: Actor,
  request: { id: string; number: string },
  filingOfficeName: string,
  resident: WalkInResident,
  now: Date,
) {
  const other = resident.otherOffice!;
  await recordRequestEvent(tx, {
    requestId: request.id, actorId: actor.userId, type: "request.filed_for_other_office", internal: true, note: other.reason,
    data: { filingOfficeId: actor.officeId, filingOfficeName, residentOfficeId: other.officeId, residentOfficeName: other.officeName },
    at: now,
  });
  await recordAudit(
    actor, "resident.filed_at_other_office", { type: "ResidentProfile", id: resident.id },
    { requestId: request.id, number: request.number, reason: other.reason, residentOfficeId: other.officeId }, tx, now,
  );
}
