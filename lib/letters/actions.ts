"use server";
import { z } from "zod";
import { action, fail } from "@/lib/action";
import { ingestFormFile } from "@/lib/storage/ingest";
import { composeContent } from "./compose";
import { findTokenByNumberDate } from "./data/letters";
import { letterheadOf, valuesForRequest } from "./data/render-input";
import { previewClient } from "./data/preview";
import { approveLetter, generateLetter, returnLetter } from "./mutations/issue";
import { replaceLetter, revokeLetter } from "./mutations/revoke";
import { fieldCodesOf, saveLetterSettings, saveTemplate } from "./mutations/templates";
import { checkLetterFile, recordLetterView } from "./mutations/verify";
import { publicOrigin } from "./origin";
import { canEditTemplates } from "./policy";
import {
  generateLetterSchema, letterTargetSchema, lookupSchema, previewSchema, returnLetterSchema, revokeLetterSchema, settingsSchema, templateSchema,
} from "./schema";
import { unknownVariables } from "./variables";

const requestPaths = (id: string) => [`/petugas/permohonan/${id}`, "/petugas/permohonan"];

/** Staff "complete with a letter from the template". */
export const generateLetterAction = action(
  { permission: "letter.issue", schema: generateLetterSchema, revalidate: (i) => requestPaths(i.id) },
  async ({ actor, input }) => generateLetter(actor, input, await publicOrigin()),
);

export const approveLetterAction = action(
  { permission: "letter.approve", schema: letterTargetSchema, revalidate: ["/pimpinan/persetujuan"] },
  async ({ actor, input }) => approveLetter(actor, input.letterId, await publicOrigin()),
);

export const returnLetterAction = action(
  { permission: "letter.approve", schema: returnLetterSchema, revalidate: ["/pimpinan/persetujuan"] },
  async ({ actor, input }) => returnLetter(actor, input.letterId, input.note),
);

export const revokeLetterAction = action(
  { permission: "letter.revoke", schema: revokeLetterSchema, revalidate: (i) => [`/petugas/surat/${i.letterId}`] },
  async ({ actor, input }) => revokeLetter(actor, input.letterId, input.reason),
);

export const replaceLetterAction = action(
  { permission: "letter.revoke", schema: revokeLetterSchema, revalidate: (i) => [`/petugas/surat/${i.letterId}`] },
  async ({ actor, input }) => replaceLetter(actor, input.letterId, input.reason, await publicOrigin()),
);

/** The public look-up by number and date; rate-limited per address so numbers cannot be walked. */
export const lookupLetterAction = action(
  { permission: "public", schema: lookupSchema, rateLimit: { name: "letter-lookup", limit: 20, windowSeconds: 600, by: "ip" } },
  async ({ input }) => {
    const token = await findTokenByNumberDate(input.number, input.date);
    return token ? { ok: true as const, token } : fail("not_found");
  },
);

const letterToken = z.string().regex(/^[A-Za-z0-9_-]{16,40}$/);
const fileCheckSchema = z.object({ token: letterToken });
const viewSchema = z.object({ token: letterToken, method: z.enum(["qr", "number"]) });

/**
 * Counts one opening of the public verification page, sent by the page once it is shown in a
 * browser (the page's render writes nothing). Rate-limited per address so the count cannot be pumped.
 */
export const recordLetterViewAction = action(
  { permission: "public", schema: viewSchema, rateLimit: { name: "letter-view", limit: 30, windowSeconds: 600, by: "ip" } },
  async ({ input, ip }) => ((await recordLetterView(input.token, input.method, ip)) ? { ok: true as const } : fail("not_found")),
);

/** The public "is this PDF the one issued?" check: compares the upload's SHA-256 with the stored one. */
export const checkLetterFileAction = action(
  {
    permission: "public",
    schema: fileCheckSchema,
    input: (raw) => ({ token: (raw as FormData).get("token") }),
    rateLimit: { name: "letter-file-check", limit: 10, windowSeconds: 600, by: "ip" },
  },
  async ({ input, raw, ip }) => {
    const file = (raw as FormData).get("file");
    if (!file || typeof file === "string" || file.size === 0) return fail("empty", { file: "empty" });
    if (file.size > 10 * 1024 * 1024) return fail("too_large", { file: "too_large" });
    const result = await checkLetterFile(input.token, new Uint8Array(await file.arrayBuffer()), ip);
    return result ? { ok: true as const, same: result.same } : fail("not_found");
  },
);

export const saveTemplateAction = action(
  { permission: "letter.templates", schema: templateSchema, revalidate: (i) => ["/admin/surat", `/admin/surat/${i.serviceId}`] },
  async ({ actor, input }) => saveTemplate(actor, input),
);

/** Renders the template being edited with a real request of the service, before anything is saved. */
export const previewTemplateAction = action(
  { permission: "letter.templates", schema: previewSchema },
  async ({ actor, input }) => {
    const codes = await fieldCodesOf(actor.officeId, input.serviceId);
    if (!codes) return fail("not_found");
    const source = await valuesForRequest(previewClient, actor.officeId, input.requestId);
    if (!source || source.request.serviceId !== input.serviceId) return fail("not_found");
    const kop = await letterheadOf(previewClient, actor.officeId);
    const content = composeContent(input, kop, source.values);
    return { ok: true as const, content, unknown: unknownVariables(`${input.title}\n${input.body}`, codes) };
  },
);

/** Letterhead and number pattern; the logo (optional) goes through the shared upload checks. */
export const saveSettingsAction = action(
  {
    permission: "letter.templates",
    schema: settingsSchema,
    input: (raw) => {
      const f = raw as FormData;
      const get = (k: string) => (f.get(k) === null ? undefined : String(f.get(k)));
      return { numberPattern: get("numberPattern"), kopGovernment: get("kopGovernment"), kopParent: get("kopParent"), kopName: get("kopName"), kopAddress: get("kopAddress"), kopContacts: get("kopContacts") };
    },
    revalidate: ["/admin/surat"],
  },
  async ({ actor, input, raw }) => {
    if (!canEditTemplates(actor, actor.officeId)) return fail("forbidden");
    const logo = (raw as FormData).get("logo");
    let logoFileId: string | null | undefined;
    if ((raw as FormData).get("removeLogo") === "1") logoFileId = null;
    if (logo && typeof logo !== "string" && logo.size > 0) {
      const stored = await ingestFormFile(logo, { accept: ["image/png", "image/jpeg"], maxBytes: 1024 * 1024, officeId: actor.officeId, ownerId: actor.userId });
      if (!stored.ok) return fail(stored.error, { logo: stored.error });
      logoFileId = stored.file.id;
    }
    return saveLetterSettings(actor, input, logoFileId);
  },
);
