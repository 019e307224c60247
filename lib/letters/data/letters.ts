import "server-only";
import type { Actor } from "@/lib/auth/types";
import { recordView } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage, type PageRequest } from "@/lib/paging/keyset";
import { maskNik } from "@/lib/residents/nik";
import type { LetterContent, SignatureMode } from "../content";
import { maskName } from "../mask";
import { renderLetterPdf } from "../pdf";
import { canSeeLetter } from "../policy";
import { readStoredFile } from "../mutations/store";

export type PublicLetter = {
  token: string;
  title: string;
  number: string;
  issuedAt: Date;
  office: string;
  signerName: string;
  signerPosition: string;
  subjectName: string;
  subjectNik: string;
  signatureMode: SignatureMode;
  status: "valid" | "revoked" | "replaced";
  revokedAt: Date | null;
  revokeReason: string | null;
  replacement: { number: string; token: string } | null;
};

/** What anyone holding the QR (or the number and date) may see: masked subject, status, signer. */
export async function getPublicLetter(token: string): Promise<(PublicLetter & { id: string }) | null> {
  if (!/^[A-Za-z0-9_-]{16,40}$/.test(token)) return null;
  const l = await db.letter.findUnique({
    where: { token },
    select: {
      id: true, token: true, number: true, issuedAt: true, status: true, content: true, subjectName: true, subjectNik: true,
      signerName: true, signerPosition: true, signatureMode: true, revokedAt: true, revokeReason: true,
      office: { select: { name: true } },
      replacedBy: { select: { number: true, token: true } },
    },
  });
  if (!l || !l.number || !l.issuedAt || !l.token || (l.status !== "FINAL" && l.status !== "REVOKED")) return null;
  const replacement = l.replacedBy?.number && l.replacedBy.token ? { number: l.replacedBy.number, token: l.replacedBy.token } : null;
  return {
    id: l.id, token: l.token, number: l.number, issuedAt: l.issuedAt, title: (l.content as unknown as LetterContent).title,
    office: l.office.name, signerName: l.signerName, signerPosition: l.signerPosition,
    subjectName: maskName(l.subjectName), subjectNik: maskNik(l.subjectNik), signatureMode: l.signatureMode as SignatureMode,
    status: l.status === "FINAL" ? "valid" : replacement ? "replaced" : "revoked",
    revokedAt: l.revokedAt, revokeReason: l.revokeReason, replacement,
  };
}

/** The token of the letter with this number issued on this Jakarta date (YYYY-MM-DD), if any. */
export async function findTokenByNumberDate(number: string, date: string): Promise<string | null> {
  const start = new Date(`${date}T00:00:00+07:00`);
  if (Number.isNaN(start.getTime())) return null;
  const end = new Date(start.getTime() + 86_400_000);
  const l = await db.letter.findFirst({
    where: { number: number.trim(), issuedAt: { gte: start, lt: end }, status: { in: ["FINAL", "REVOKED"] } },
    select: { token: true },
  });
  return l?.token ?? null;
}

/** Letters waiting for the signing official of the actor's office, oldest first, keyset-paged both ways. */
export async function approvalQueue(actor: Actor, request: PageRequest = {}) {
  const { cursor, backwards } = datePageDirection(request);
  const keyset = keysetWhere("createdAt", cursor, backwards, "asc");
  const found = await db.letter.findMany({
    where: { AND: [{ officeId: actor.officeId, status: "PENDING_APPROVAL" }, keyset.where] },
    orderBy: keyset.orderBy,
    take: PAGE_SIZE + 1,
    select: {
      id: true, createdAt: true, content: true, subjectName: true, subjectNik: true,
      service: { select: { name: true } },
      request: { select: { id: true, number: true } },
    },
  });
  const page = toPage(found, PAGE_SIZE, backwards, cursor !== null, (r) => dateKey(r.createdAt, r.id));
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id, createdAt: r.createdAt, service: r.service.name, request: r.request, subjectName: r.subjectName,
      subjectNik: maskNik(r.subjectNik), content: r.content as unknown as LetterContent,
    })),
  };
}

/** A letter for its office's staff, with its recent verifications; the opening is audited. */
export async function getLetterForStaff(actor: Actor, id: string) {
  const l = await db.letter.findFirst({
    where: { id, officeId: actor.officeId },
    select: {
      id: true, officeId: true, status: true, number: true, issuedAt: true, token: true, verifyUrl: true, fileId: true, sha256: true, content: true,
      subjectName: true, subjectNik: true, signerName: true, signerPosition: true, signatureMode: true, returnNote: true,
      revokedAt: true, revokeReason: true, verifyCount: true, createdAt: true,
      service: { select: { name: true } },
      request: { select: { id: true, number: true } },
      replacedBy: { select: { id: true, number: true } },
      replaces: { select: { id: true, number: true } },
      verifications: { orderBy: { createdAt: "desc" }, take: 20, select: { id: true, method: true, matched: true, createdAt: true } },
    },
  });
  if (!l || !canSeeLetter(actor, l)) return null;
  await recordView(actor, "letter.viewed", { type: "letter", id: l.id });
  return { ...l, content: l.content as unknown as LetterContent, subjectNik: maskNik(l.subjectNik), verifications: l.verifications.map((v) => ({ ...v, id: String(v.id) })) };
}

/** The letters of one request (newest first), for the staff request page. */
export async function lettersOfRequest(actor: Actor, requestId: string) {
  const rows = await db.letter.findMany({
    where: { requestId, officeId: actor.officeId },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, number: true, issuedAt: true, returnNote: true, verifyCount: true, createdAt: true },
  });
  return rows;
}

/** Whether the request's service has an active template (so "complete with a letter" is offered). */
export async function hasTemplate(actor: Actor, serviceId: string): Promise<boolean> {
  return (await db.letterTemplate.count({ where: { serviceId, officeId: actor.officeId, active: true } })) > 0;
}

/**
 * A reprint: the PDF drawn again from the frozen content with the same number, QR and date. The
 * template may have changed since; the letter does not.
 */
export async function reprintLetter(actor: Actor, id: string): Promise<{ number: string; pdf: Buffer } | null> {
  const l = await db.letter.findFirst({
    where: { id, officeId: actor.officeId, status: { in: ["FINAL", "REVOKED"] } },
    select: { officeId: true, number: true, verifyUrl: true, issuedAt: true, signatureMode: true, content: true },
  });
  if (!l || !canSeeLetter(actor, l) || !l.number || !l.verifyUrl || !l.issuedAt) return null;
  const content = l.content as unknown as LetterContent;
  const pdf = await renderLetterPdf(content, {
    final: { number: l.number, verifyUrl: l.verifyUrl, issuedAt: l.issuedAt, signatureMode: l.signatureMode as SignatureMode },
    logo: await readStoredFile(db, content.kop.logoFileId),
  });
  return { number: l.number, pdf };
}

/** A draft (KONSEP) PDF of a pending letter, for the signing official to read before approving. */
export async function draftPdf(actor: Actor, id: string): Promise<Buffer | null> {
  const l = await db.letter.findFirst({ where: { id, officeId: actor.officeId }, select: { officeId: true, content: true, createdAt: true } });
  if (!l || !canSeeLetter(actor, l)) return null;
  const content = l.content as unknown as LetterContent;
  return renderLetterPdf(content, { final: null, logo: await readStoredFile(db, content.kop.logoFileId), draftDate: l.createdAt });
}
