import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { fileApiComplaint } from "@/lib/complaints/mutations/file";
import { hashApiKey } from "./data";
import type { Filing } from "./params";
import { canManageApiClient } from "./policy";

/** Files a GeoReport v2 request as a complaint of the client's office. */
export async function fileServiceRequest(client: { id: string; officeId: string }, category: { id: string; name: string }, filing: Filing) {
  const description = filing.description;
  const title = `${category.name}: ${description.replace(/\s+/g, " ")}`.slice(0, 147).trimEnd() + (description.length + category.name.length + 2 > 147 ? "…" : "");
  const name = [filing.first_name, filing.last_name].filter(Boolean).join(" ") || null;
  const apiToken = crypto.randomBytes(16).toString("base64url");
  const result = await fileApiComplaint(
    client,
    {
      classification: filing.attribute.classification ?? "PENGADUAN",
      categoryId: category.id,
      title,
      description,
      locationText: filing.address_string,
      latitude: filing.lat,
      longitude: filing.long,
      privacy: filing.attribute.privacy ?? "RAHASIA",
    },
    { apiToken, mediaUrl: filing.media_url ?? null, contactName: name, contactEmail: filing.email ?? null, contactPhone: filing.phone ?? null },
  );
  if (result.ok) await db.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: new Date() } });
  return result.ok ? { ok: true as const, ticket: result.ticket, token: apiToken } : result;
}

/** A new key for a client application; the key itself is returned once and only its hash is kept. */
export async function createApiClient(actor: Actor, input: { name: string; contact?: string }) {
  if (!canManageApiClient(actor, { officeId: actor.officeId })) return { ok: false as const, error: "forbidden" as const };
  const key = `lw_${crypto.randomBytes(24).toString("base64url")}`;
  const client = await db.$transaction(async (tx) => {
    const row = await tx.apiClient.create({
      data: { officeId: actor.officeId, name: input.name, contact: input.contact || null, keyHash: hashApiKey(key), keyPrefix: key.slice(0, 9), createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(actor, "api_client.created", { type: "api_client", id: row.id }, { name: input.name }, tx);
    return row;
  });
  return { ok: true as const, id: client.id, key };
}

export async function revokeApiClient(actor: Actor, id: string) {
  const client = await db.apiClient.findFirst({ where: { id, officeId: actor.officeId }, select: { id: true, officeId: true, revokedAt: true } });
  if (!client || !canManageApiClient(actor, client)) return { ok: false as const, error: "not_found" as const };
  if (client.revokedAt) return { ok: true as const };
  await db.$transaction(async (tx) => {
    await tx.apiClient.update({ where: { id: client.id }, data: { revokedAt: new Date() } });
    await recordAudit(actor, "api_client.revoked", { type: "api_client", id: client.id }, {}, tx);
  });
  return { ok: true as const };
}
