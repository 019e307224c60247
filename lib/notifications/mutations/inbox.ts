import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { unknownVariables, type TemplateChannel } from "../templates";
import { isEventKey, type EventCategory } from "../events";
import type { Preference } from "../recipients";

/** Marks one of the caller's own notifications read; another person's is not_found. */
export async function markRead(actor: Actor, id: string): Promise<{ ok: true; link: string | null } | { ok: false; error: "not_found" }> {
  const row = await db.notification.findFirst({ where: { id, userId: actor.userId }, select: { id: true, link: true, readAt: true } });
  if (!row) return { ok: false, error: "not_found" };
  if (!row.readAt) await db.notification.update({ where: { id }, data: { readAt: new Date() } });
  return { ok: true, link: row.link };
}

export async function markAllRead(actor: Actor): Promise<{ ok: true; count: number }> {
  const { count } = await db.notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } });
  return { ok: true, count };
}

/** An admin sends a dead letter of their own office again: back to QUEUED with fresh attempts. */
export async function resendDelivery(actor: Actor, id: string): Promise<{ ok: true } | { ok: false; error: "not_found" }> {
  const updated = await db.notificationDelivery.updateMany({
    where: { id, officeId: actor.officeId, status: "DEAD" },
    data: { status: "QUEUED", attempts: 0, runAt: new Date(), lastError: null, lockedBy: null, lockedUntil: null },
  });
  if (updated.count === 0) return { ok: false, error: "not_found" };
  await recordAudit(actor, "notification.resent", { type: "notification_delivery", id });
  return { ok: true };
}

export type TemplateInput = { event: string; channel: TemplateChannel; locale: "id" | "en"; subject?: string | null; body: string };

/** Saves (or, with an empty body, removes) an office's wording; unknown {variables} are refused. */
export async function saveTemplate(actor: Actor, input: TemplateInput): Promise<{ ok: true } | { ok: false; error: "invalid_input"; fieldErrors: Record<string, string> }> {
  if (!isEventKey(input.event)) return { ok: false, error: "invalid_input", fieldErrors: { event: "unknown_event" } };
  const where = { officeId_event_channel_locale: { officeId: actor.officeId, event: input.event, channel: input.channel, locale: input.locale } };
  if (!input.body.trim()) {
    await db.notificationTemplate.deleteMany({ where: where.officeId_event_channel_locale });
    return { ok: true };
  }
  const unknown = unknownVariables(input.event, [input.subject, input.body]);
  if (unknown.length) return { ok: false, error: "invalid_input", fieldErrors: { body: `unknown_variable:${unknown.join(",")}` } };
  const data = { subject: input.subject?.trim() || null, body: input.body.trim(), updatedById: actor.userId };
  await db.notificationTemplate.upsert({ where, create: { ...where.officeId_event_channel_locale, ...data }, update: data });
  await recordAudit(actor, "notification.template_saved", { type: "notification_template", id: `${input.event}/${input.channel}/${input.locale}` });
  return { ok: true };
}

export async function savePreferences(actor: Actor, prefs: { category: EventCategory; preference: Preference }[]): Promise<{ ok: true }> {
  await db.$transaction(
    prefs.map(({ category, preference }) =>
      db.notificationPreference.upsert({
        where: { userId_category: { userId: actor.userId, category } },
        create: { userId: actor.userId, category, ...preference },
        update: preference,
      }),
    ),
  );
  return { ok: true };
}

/** Stores this device's push subscription (an endpoint already known moves to the caller). */
export async function savePushSubscription(actor: Actor, sub: { endpoint: string; keys: { p256dh: string; auth: string } }, userAgent: string | null) {
  await db.pushSubscription.upsert({
    where: { endpoint: sub.endpoint },
    create: { userId: actor.userId, endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth, userAgent },
    update: { userId: actor.userId, p256dh: sub.keys.p256dh, auth: sub.keys.auth, userAgent },
  });
  return { ok: true as const };
}

export async function removePushSubscriptionOf(actor: Actor, endpoint: string) {
  await db.pushSubscription.deleteMany({ where: { endpoint, userId: actor.userId } });
  return { ok: true as const };
}
