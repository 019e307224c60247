import "server-only";
// Changing who a request is for after the draft was begun (issue 17): the resident picks another
// person on a DRAFT without losing its answers and files, or fixes the other person's name, NIK or
// relation that staff pointed at in a correction. The same rules as at start (lib/requests/schema,
// startDraft); a history entry and an audit row, since the subject's NIK is personal data.
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { normaliseTargets, targetOfRelation } from "@/lib/catalogue/targets";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskNik } from "@/lib/residents/nik";
import { flaggedSubjectFields } from "../corrections";
import { parseCorrections } from "../fields";
import { isApplicant, ownRequestWhere, subjectEditScope } from "../policy";
import type { ChangeSubjectInput, RequestActionResult } from "../schema";
import { OUTSIDE_KK, SUBJECT_FIELDS, type SubjectField } from "../subject";
import { recordRequestEvent } from "./events";
import { outsideSubjectProblem } from "./resident";

type Tx = Prisma.TransactionClient;
type Who = { residentId: string; relation: string; subjectName: string | null; subjectNik: string | null; subjectRelation: string | null };
/** What changed: "who" (another person altogether: self, a KK member, someone outside) and/or the other person's fields. */
export type SubjectChange = "who" | SubjectField;

const fail = (error: "invalid", fieldErrors: Record<string, string>) => ({ ok: false, error, fieldErrors }) as const;

/** The history entry's view of a subject: a name, a masked NIK, the relation; never the full NIK. */
function describe(who: Who, residentName: string) {
  return who.relation === OUTSIDE_KK
    ? { relation: OUTSIDE_KK, name: who.subjectName, nik: maskNik(who.subjectNik ?? ""), subjectRelation: who.subjectRelation }
    : { relation: who.relation, name: residentName, nik: null, subjectRelation: null };
}

function changes(before: Who, after: Who): SubjectChange[] {
  const out: SubjectChange[] = [];
  if (before.residentId !== after.residentId || before.relation !== after.relation) out.push("who");
  for (const f of SUBJECT_FIELDS) if ((before[f] ?? null) !== (after[f] ?? null)) out.push(f);
  return out;
}

export async function changeSubject(actor: Actor, input: ChangeSubjectInput, now = new Date()): Promise<RequestActionResult<{ changed: SubjectChange[] }>> {
  if (!isApplicant(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const row = await tx.serviceRequest.findFirst({
      where: { AND: [{ id: input.requestId }, ownRequestWhere(actor)] },
      select: {
        id: true, status: true, applicantId: true, residentId: true, relation: true, subjectName: true, subjectNik: true, subjectRelation: true,
        corrections: true, version: true, serviceId: true, resident: { select: { fullName: true } }, service: { select: { subjectTargets: true } },
      },
    });
    if (!row) return { ok: false, error: "not_found" } as const;
    const scope = subjectEditScope(actor, row, flaggedSubjectFields(parseCorrections(row.corrections)));
    if (!scope) return { ok: false, error: "subject_locked" } as const;
    const targets = normaliseTargets(row.service.subjectTargets);

    let next: Who;
    let residentName = row.resident.fullName;
    if (scope.mode === "draft") {
      const picked = await checkChoice(tx, actor, input, targets);
      if (!picked.ok) return picked;
      next = picked.who;
      residentName = picked.residentName ?? residentName;
    } else {
      // Only the fields staff pointed at; the rest stays as it was.
      if (input.relation !== OUTSIDE_KK || !input.subject) return fail("invalid", { relation: "relation_mismatch" });
      const typed = { subjectName: input.subject.name, subjectNik: input.subject.nik, subjectRelation: input.subject.relation };
      next = { residentId: row.residentId, relation: row.relation, subjectName: row.subjectName, subjectNik: row.subjectNik, subjectRelation: row.subjectRelation };
      for (const f of scope.fields) next[f] = typed[f];
      if (next.subjectNik !== row.subjectNik) {
        const problem = await outsideSubjectProblem(actor, next.subjectNik!, targets.includes("HOUSEHOLD"), tx);
        if (problem) return fail("invalid", { subjectNik: problem });
      }
      if (!changes(row, next).length) return fail("invalid", Object.fromEntries(scope.fields.map((f) => [f, "unchanged"])));
    }

    const changed = changes(row, next);
    if (!changed.length) return { ok: true, changed } as const;
    // One draft per person and service, as startDraft keeps it: another draft for that person is continued instead.
    if (scope.mode === "draft") {
      const other = await tx.serviceRequest.count({
        where: { id: { not: row.id }, applicantId: actor.userId, serviceId: row.serviceId, residentId: next.residentId, subjectNik: next.subjectNik, status: "DRAFT" },
      });
      if (other) return next.relation === OUTSIDE_KK ? fail("invalid", { subjectNik: "draft_exists" }) : ({ ok: false, error: "draft_exists" } as const);
    }
    const moved = await tx.serviceRequest.updateMany({
      where: { id: row.id, version: row.version, status: row.status },
      data: { ...next, version: { increment: 1 } },
    });
    if (moved.count === 0) return { ok: false, error: "conflict" } as const;
    const data = { fields: changed, before: describe(row, row.resident.fullName), after: describe(next, residentName) };
    await recordRequestEvent(tx, { requestId: row.id, actorId: actor.userId, type: "request.subject_changed", data, at: now });
    await recordAudit(actor, "request.subject_changed", { type: "ServiceRequest", id: row.id }, { fields: changed, by: "applicant", status: row.status }, tx, now);
    return { ok: true, changed } as const;
  });
}

/** A new choice on a draft: the rules of startDraft (service targets, own KK, own and household NIK refused as "another person"). */
async function checkChoice(tx: Tx, actor: Actor & { residentId: string }, input: ChangeSubjectInput, targets: string[]) {
  if (!targets.includes(targetOfRelation(input.relation))) return { ok: false, error: "target_not_allowed" } as const;
  const self = input.residentId === actor.residentId;
  if (input.relation === OUTSIDE_KK) {
    if (!self || !input.subject) return fail("invalid", { relation: "relation_mismatch" });
    const problem = await outsideSubjectProblem(actor, input.subject.nik, targets.includes("HOUSEHOLD"), tx);
    if (problem) return fail("invalid", { subjectNik: problem });
    const who: Who = { residentId: actor.residentId, relation: OUTSIDE_KK, subjectName: input.subject.name, subjectNik: input.subject.nik, subjectRelation: input.subject.relation };
    return { ok: true, who, residentName: null } as const;
  }
  if (self !== (input.relation === "SELF")) return fail("invalid", { relation: "relation_mismatch" });
  let residentName: string | null = null;
  if (!self) {
    const [me, other] = await Promise.all([
      tx.residentProfile.findUnique({ where: { id: actor.residentId }, select: { kkNumber: true } }),
      tx.residentProfile.findUnique({ where: { id: input.residentId }, select: { kkNumber: true, fullName: true } }),
    ]);
    // Only people on the same family card; anyone else is "not found".
    if (!me || !other || me.kkNumber !== other.kkNumber) return { ok: false, error: "not_found" } as const;
    residentName = other.fullName;
  } else {
    const me = await tx.residentProfile.findUnique({ where: { id: actor.residentId }, select: { fullName: true } });
    residentName = me?.fullName ?? null;
  }
  const who: Who = { residentId: input.residentId, relation: input.relation, subjectName: null, subjectNik: null, subjectRelation: null };
  return { ok: true, who, residentName } as const;
}
