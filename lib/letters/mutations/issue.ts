import "server-only";
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth/types";
import { loadForAction } from "@/lib/requests/mutations/staff/act";
import { completeRequest } from "@/lib/requests/mutations/staff/workflow";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordRequestEvent } from "@/lib/requests/mutations/events";
import { nextSequence } from "@/lib/requests/mutations/numbering";
import { canTransition } from "@/lib/requests/workflow";
import { composeContent } from "../compose";
import type { LetterContent } from "../content";
import { letterheadOf, valuesForRequest } from "../data/render-input";
import { formatLetterNumber, jakartaYearMonth } from "../number-pattern";
import { renderLetterPdf } from "../pdf";
import { canDecide } from "../policy";
import { signatureProvider } from "../signature";
import { LetterAbort, letterFail, type LetterFailure } from "../types";
import { unknownVariables } from "../variables";
import { readStoredFile, sha256Hex, storeGeneratedPdf } from "./store";

export type IssueResult = { ok: true; letterId: string; status: "PENDING_APPROVAL" | "FINAL"; number: string | null } | LetterFailure;

// Issuing holds the office's letter-sequence row lock while the PDF renders; 50 issues at once queue
// on it, so give transactions room beyond Prisma's 2 s / 5 s defaults.
export const TX_OPTIONS = { maxWait: 180_000, timeout: 180_000 } as const;

async function inTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | LetterFailure> {
  try {
    return await db.$transaction(work, TX_OPTIONS);
  } catch (error) {
    if (error instanceof LetterAbort) return error.failure;
    throw error;
  }
}

/** Renders the content of a new letter for a request from its service's template (no number yet). */
async function draftContent(tx: Prisma.TransactionClient, officeId: string, requestId: string, now: Date) {
  const input = await valuesForRequest(tx, officeId, requestId, now);
  if (!input) throw new LetterAbort(letterFail("not_found"));
  const template = await tx.letterTemplate.findFirst({ where: { serviceId: input.request.serviceId, officeId, active: true } });
  if (!template) throw new LetterAbort(letterFail("no_template"));
  const fieldCodes = Object.keys(input.values);
  if (unknownVariables(`${template.title}\n${template.body}`, fieldCodes).length) throw new LetterAbort(letterFail("unknown_variables"));
  const kop = await letterheadOf(tx, officeId);
  return { template, input, kop, content: composeContent(template, kop, input.values) };
}

/**
 * Makes a letter final: the next number of the office's per-year letter sequence, a random token for
 * the QR, the PDF and its SHA-256, stored as the request's result. Runs inside the caller's
 * transaction, so a failure leaves neither a number used nor a request completed.
 */
async function finalize(
  tx: Prisma.TransactionClient,
  actor: Actor,
  letterId: string,
  opts: { origin: string; now: Date; note?: string; completes: boolean },
): Promise<{ number: string; fileId: string }> {
  const letter = await tx.letter.findUniqueOrThrow({
    where: { id: letterId },
    select: { id: true, officeId: true, requestId: true, content: true, template: { select: { code: true } }, request: { select: { version: true, unit: { select: { code: true } }, office: { select: { code: true } } } } },
  });
  const kop = await letterheadOf(tx, letter.officeId);
  const { year, month } = jakartaYearMonth(opts.now);
  const seq = await nextSequence(tx, letter.officeId, "letter", year);
  const number = formatLetterNumber(kop.numberPattern, { seq, kode: letter.template.code, unit: letter.request.unit.code, kantor: letter.request.office.code, month, year });
  const token = crypto.randomBytes(18).toString("base64url");
  const verifyUrl = `${opts.origin}/verifikasi/${token}`;
  const content = letter.content as unknown as LetterContent;
  const signer = signatureProvider();
  const signatureMode = signer.configured ? "ELECTRONIC" : "QR";
  let pdf = await renderLetterPdf(content, { final: { number, verifyUrl, issuedAt: opts.now, signatureMode }, logo: await readStoredFile(tx, content.kop.logoFileId) });
  if (signer.configured) pdf = await signer.sign({ pdf, signerName: content.signer.name, signerNip: content.signer.nip, reason: content.title });
  const file = await storeGeneratedPdf(tx, { officeId: letter.officeId, bytes: pdf, name: `${content.title} ${number.replace(/[/\\]/g, "-")}.pdf` });
  await tx.letter.update({
    where: { id: letter.id },
    data: { status: "FINAL", number, year, seq, token, verifyUrl, fileId: file.id, sha256: sha256Hex(pdf), issuedAt: opts.now, signatureMode },
  });
  if (opts.completes) {
    const done = await completeRequest(actor, { id: letter.requestId, version: letter.request.version, note: opts.note, resultFileId: file.id }, opts.now, tx);
    if (!done.ok) throw new LetterAbort(letterFail(done.error === "conflict" || done.error === "invalid_transition" || done.error === "not_found" || done.error === "forbidden" ? done.error : "invalid_input"));
  }
  await recordRequestEvent(tx, { requestId: letter.requestId, actorId: actor.userId, type: "request.letter_issued", data: { letterId: letter.id, number } });
  return { number, fileId: file.id };
}

/**
 * Staff "complete" with a letter from the service's template. When the template needs the signing
 * official's approval the letter waits (no number); otherwise it is final at once and completes the request.
 */
export async function generateLetter(actor: Actor, input: { id: string; version: number; note?: string }, origin: string, now = new Date()): Promise<IssueResult> {
  return inTransaction(async (tx) => {
    const loaded = await loadForAction(tx, actor, input);
    if (!loaded.ok) throw new LetterAbort(letterFail(loaded.error === "invalid_transition" ? "invalid_transition" : loaded.error === "conflict" ? "conflict" : loaded.error === "forbidden" ? "forbidden" : "not_found"));
    if (!canTransition("complete", loaded.request.status)) throw new LetterAbort(letterFail("invalid_transition"));
    const pending = await tx.letter.findFirst({ where: { requestId: input.id, status: { in: ["PENDING_APPROVAL", "FINAL"] } }, select: { id: true } });
    if (pending) throw new LetterAbort(letterFail("already_pending"));
    const { template, input: source, content } = await draftContent(tx, actor.officeId, input.id, now);
    const letter = await tx.letter.create({
      data: {
        officeId: actor.officeId, serviceId: source.request.serviceId, requestId: input.id, templateId: template.id,
        status: "PENDING_APPROVAL", content: content as unknown as Prisma.InputJsonValue,
        subjectName: source.subject.name, subjectNik: source.subject.nik,
        signerName: template.signerName, signerPosition: template.signerPosition, createdById: actor.userId,
      },
      select: { id: true },
    });
    if (template.requiresApproval) {
      // Bumping the version keeps a stale "complete with PDF" from racing the letter under approval.
      await tx.serviceRequest.update({ where: { id: input.id }, data: { version: { increment: 1 } } });
      await recordRequestEvent(tx, { requestId: input.id, actorId: actor.userId, type: "request.letter_awaiting_approval", internal: true, note: input.note, data: { letterId: letter.id } });
      return { ok: true as const, letterId: letter.id, status: "PENDING_APPROVAL" as const, number: null };
    }
    const issued = await finalize(tx, actor, letter.id, { origin, now, note: input.note, completes: true });
    return { ok: true as const, letterId: letter.id, status: "FINAL" as const, number: issued.number };
  });
}

/** The signing official approves: the letter gets its number and QR and completes the request. */
export async function approveLetter(actor: Actor, letterId: string, origin: string, now = new Date()): Promise<IssueResult> {
  return inTransaction(async (tx) => {
    // Lock the letter row so two approvals cannot both finalize it.
    const rows = await tx.$queryRaw<{ id: string; office_id: string; status: string }[]>`
      SELECT id, office_id, status::text AS status FROM letters WHERE id = ${letterId} AND office_id = ${actor.officeId} FOR UPDATE`;
    const row = rows[0];
    if (!row) throw new LetterAbort(letterFail("not_found"));
    if (!canDecide(actor, { officeId: row.office_id, status: row.status })) throw new LetterAbort(letterFail(row.status === "PENDING_APPROVAL" ? "forbidden" : "invalid_transition"));
    await tx.letter.update({ where: { id: letterId }, data: { approvedById: actor.userId } });
    const issued = await finalize(tx, actor, letterId, { origin, now, completes: true });
    return { ok: true as const, letterId, status: "FINAL" as const, number: issued.number };
  });
}

/** The signing official sends a draft back to staff with a note; staff may generate it again. */
export async function returnLetter(actor: Actor, letterId: string, note: string): Promise<{ ok: true } | LetterFailure> {
  return inTransaction(async (tx) => {
    const letter = await tx.letter.findFirst({ where: { id: letterId, officeId: actor.officeId }, select: { id: true, officeId: true, status: true, requestId: true } });
    if (!letter) throw new LetterAbort(letterFail("not_found"));
    if (!canDecide(actor, letter)) throw new LetterAbort(letterFail(letter.status === "PENDING_APPROVAL" ? "forbidden" : "invalid_transition"));
    await tx.letter.update({ where: { id: letterId }, data: { status: "RETURNED", returnNote: note, approvedById: actor.userId } });
    await tx.serviceRequest.update({ where: { id: letter.requestId }, data: { version: { increment: 1 } } });
    await recordRequestEvent(tx, { requestId: letter.requestId, actorId: actor.userId, type: "request.letter_returned", internal: true, note, data: { letterId } });
    return { ok: true as const };
  });
}

export { finalize as finalizeLetter, draftContent, inTransaction };
