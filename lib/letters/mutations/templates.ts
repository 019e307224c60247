import "server-only";
import type { Actor } from "@/lib/auth/types";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { letterheadOf } from "../data/render-input";
import type { SettingsInput, TemplateInput } from "../schema";
import { letterFail, type LetterFailure } from "../types";
import { BASE_VARIABLES, unknownVariables } from "../variables";

/** The field codes a template of this service may use, or null if the service is not the office's. */
export async function fieldCodesOf(officeId: string, serviceId: string): Promise<string[] | null> {
  const service = await db.service.findFirst({ where: { id: serviceId, officeId }, select: { requirements: { where: { kind: "FIELD" }, select: { code: true } } } });
  return service ? service.requirements.map((r) => r.code) : null;
}

/** Saves a service's template; any {variable} that is neither a base variable nor one of its fields is refused. */
export async function saveTemplate(actor: Actor, input: TemplateInput): Promise<{ ok: true } | LetterFailure> {
  const codes = await fieldCodesOf(actor.officeId, input.serviceId);
  if (!codes) return letterFail("not_found");
  const fieldErrors: Record<string, string> = {};
  if (unknownVariables(input.title, codes).length) fieldErrors.title = `unknown_variables:${unknownVariables(input.title, codes).join(",")}`;
  if (unknownVariables(input.body, codes).length) fieldErrors.body = `unknown_variables:${unknownVariables(input.body, codes).join(",")}`;
  if (Object.keys(fieldErrors).length) return letterFail("unknown_variables", fieldErrors);
  const { serviceId, ...data } = input;
  await db.letterTemplate.upsert({ where: { serviceId }, create: { ...data, serviceId, officeId: actor.officeId }, update: data });
  await recordAudit(actor, "letter.template_saved", { type: "service", id: serviceId });
  return { ok: true };
}

export async function saveLetterSettings(actor: Actor, input: SettingsInput, logoFileId?: string | null): Promise<{ ok: true }> {
  const current = await letterheadOf(db, actor.officeId);
  const data = { ...input, logoFileId: logoFileId === undefined ? current.logoFileId : logoFileId };
  await db.letterSettings.upsert({ where: { officeId: actor.officeId }, create: { officeId: actor.officeId, ...data }, update: data });
  await recordAudit(actor, "letter.settings_saved", { type: "office", id: actor.officeId });
  return { ok: true };
}

export { BASE_VARIABLES };
