import "server-only";
import { can } from "@/lib/auth/policy";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { PAGE_SIZE, RESIDENT_PAGE_SIZE, dateKey, datePageDirection, keysetWhere, toPage, type Page, type PageRequest } from "@/lib/paging/keyset";
import type { Actor } from "@/lib/auth/types";
import type { DeliveryStatus, NotificationChannel } from "@/lib/generated/prisma/enums";
import { CATEGORIES, RESIDENT_CATEGORIES, isEventKey, type EventCategory, type EventKey } from "./events";
import { localizeVars } from "./format";
import { mailboxDir, type MailboxEntry } from "./mailbox";
import { defaultPreference, type Preference } from "./recipients";
import { defaultTemplate, render, type Template, type TemplateChannel } from "./templates";

export async function unreadCount(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null, createdAt: { lte: new Date() } } });
}

export type InboxItem = { id: string; title: string; body: string; link: string | null; read: boolean; createdAt: Date };

/** The signed-in person's notifications, newest first, keyset-paged by (createdAt, id). */
export async function listInbox(actor: Actor, locale: string, request: PageRequest = {}, limit = RESIDENT_PAGE_SIZE): Promise<Page<InboxItem>> {
  const { cursor, backwards } = datePageDirection(request);
  const keyset = keysetWhere("createdAt", cursor, backwards);
  const found = await db.notification.findMany({
    where: {
      AND: [{ userId: actor.userId, createdAt: { lte: new Date() } }, keyset.where], // scheduled reminders appear at their time
    },
    orderBy: keyset.orderBy,
    take: limit + 1,
    select: { id: true, officeId: true, event: true, vars: true, link: true, readAt: true, createdAt: true },
  });
  const page = toPage(found, limit, backwards, cursor !== null, (r) => dateKey(r.createdAt, r.id));
  const templates = await officeTemplates(actor.officeId, "INAPP", locale);
  const items: InboxItem[] = page.items.map((r) => {
    const t = isEventKey(r.event) ? (templates.get(r.event) ?? defaultTemplate(r.event, "INAPP", locale)) : { subject: r.event, body: "" };
    const vars = localizeVars((r.vars ?? {}) as Record<string, string>, locale);
    return { id: r.id, title: render(t.subject ?? "", vars), body: render(t.body, vars), link: r.link, read: r.readAt !== null, createdAt: r.createdAt };
  });
  return { ...page, items };
}

export async function findOwnNotification(actor: Actor, id: string) {
  return db.notification.findFirst({ where: { id, userId: actor.userId }, select: { id: true, link: true, readAt: true } });
}

async function officeTemplates(officeId: string, channel: TemplateChannel, locale: string): Promise<Map<string, Template>> {
  const rows = await db.notificationTemplate.findMany({ where: { officeId, channel, locale }, select: { event: true, subject: true, body: true } });
  return new Map(rows.map((r) => [r.event, { subject: r.subject, body: r.body }]));
}

export type SentItem = { id: string; event: string; channel: NotificationChannel; status: DeliveryStatus; address: string; attempts: number; at: Date; lastError: string | null };

/** Mask an address for staff eyes: s***@mail.com, +62812****0001. */
export function maskAddress(channel: NotificationChannel, address: string): string {
  if (channel === "EMAIL") {
    const [user, domain] = address.split("@");
    return `${user.slice(0, 1)}***@${domain ?? ""}`;
  }
  if (channel === "PUSH") return "";
  return address.length > 8 ? `${address.slice(0, 6)}****${address.slice(-4)}` : "****";
}

/**
 * What was sent about a record to its resident (the timeline's "Pesan terkirim"). Staff see masked
 * addresses; for an Anonim complaint `hideAddress` removes them entirely.
 */
export async function deliveriesForTarget(target: { type: "request" | "complaint"; id: string }, opts: { mask: boolean; hideAddress?: boolean }): Promise<SentItem[]> {
  const rows = await db.notificationDelivery.findMany({
    where: { targetType: target.type, targetId: target.id, event: { startsWith: `${target.type}.` } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, event: true, channel: true, status: true, address: true, attempts: true, createdAt: true, sentAt: true, updatedAt: true, lastError: true },
  });
  return rows.map((r) => ({
    id: r.id, event: r.event, channel: r.channel, status: r.status, attempts: r.attempts, lastError: opts.mask ? null : r.lastError,
    address: opts.hideAddress ? "" : opts.mask ? maskAddress(r.channel, r.address) : r.channel === "PUSH" ? "" : r.address,
    at: r.sentAt ?? r.updatedAt ?? r.createdAt,
  }));
}

export type DeadLetter = { id: string; event: string; channel: NotificationChannel; address: string; attempts: number; lastError: string | null; updatedAt: Date; targetType: string | null; targetId: string | null };

/** The office's dead letters, newest first, keyset-paged by (updatedAt, id). */
export async function listDeadLetters(actor: Actor, request: PageRequest = {}, limit = PAGE_SIZE): Promise<Page<DeadLetter>> {
  const { cursor, backwards } = datePageDirection(request);
  const keyset = keysetWhere("updatedAt", cursor, backwards);
  const rows = await db.notificationDelivery.findMany({
    where: { AND: [{ officeId: actor.officeId, status: "DEAD" }, keyset.where] },
    orderBy: keyset.orderBy,
    take: limit + 1,
    select: { id: true, event: true, channel: true, address: true, attempts: true, lastError: true, updatedAt: true, targetType: true, targetId: true },
  });
  const page = toPage(rows, limit, backwards, cursor !== null, (r) => dateKey(r.updatedAt, r.id));
  return { ...page, items: page.items.map((r) => ({ ...r, address: maskAddress(r.channel, r.address) })) };
}

/** Newest mails of the offline mailbox (only when no SMTP_URL is configured). */
export function readMailbox(limit = 50): { configured: boolean; entries: MailboxEntry[] } {
  if (process.env.SMTP_URL) return { configured: true, entries: [] };
  const dir = mailboxDir();
  if (!fs.existsSync(dir)) return { configured: false, entries: [] };
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort().reverse().slice(0, limit);
  const entries = files.flatMap((f) => {
    try {
      return [JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as MailboxEntry];
    } catch {
      return [];
    }
  });
  return { configured: false, entries };
}

/** "<deliveryId@layanan-warga>" (the e-mail channel's Message-ID) → the delivery id. */
const deliveryIdOf = (entry: MailboxEntry) => /^<([A-Za-z0-9._-]+)@layanan-warga>$/.exec(entry.messageId ?? "")?.[1] ?? null;

/** Which of these mails were sent for this office (through its notification deliveries). */
async function ofOffice(officeId: string, entries: MailboxEntry[]): Promise<MailboxEntry[]> {
  const ids = entries.flatMap((e) => deliveryIdOf(e) ?? []);
  if (ids.length === 0) return [];
  const mine = new Set((await db.notificationDelivery.findMany({ where: { id: { in: ids }, officeId }, select: { id: true } })).map((d) => d.id));
  return entries.filter((e) => mine.has(deliveryIdOf(e) ?? ""));
}

/**
 * The office's mails in the offline mailbox: the mailbox holds the whole deployment's mail (also
 * password-reset links), so an admin sees only what was sent for their own office.
 */
export async function readOfficeMailbox(officeId: string, limit = 100): Promise<{ configured: boolean; entries: MailboxEntry[] }> {
  const { configured, entries } = readMailbox(limit * 10);
  return { configured, entries: (await ofOffice(officeId, entries)).slice(0, limit) };
}

export async function findOfficeMailboxEntry(officeId: string, id: string): Promise<MailboxEntry | null> {
  const entry = findMailboxEntry(id);
  return entry && (await ofOffice(officeId, [entry])).length === 1 ? entry : null;
}

export function findMailboxEntry(id: string): MailboxEntry | null {
  if (process.env.SMTP_URL || !/^[0-9]+-[0-9a-f]+$/.test(id)) return null;
  const file = path.join(mailboxDir(), `${id}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as MailboxEntry) : null;
}

export async function loadPreferences(actor: Actor): Promise<{ category: EventCategory; preference: Preference }[]> {
  const [rows, user] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: actor.userId } }),
    db.user.findUnique({ where: { id: actor.userId }, select: { email: true } }),
  ]);
  const categories = can(actor.role, "resident.self") ? RESIDENT_CATEGORIES : CATEGORIES.filter((c) => c === "work");
  return categories.map((category) => {
    const row = rows.find((r) => r.category === category);
    return { category, preference: row ? { email: row.email, sms: row.sms, whatsapp: row.whatsapp, push: row.push } : defaultPreference({ email: user?.email ?? null }) };
  });
}

export async function listOfficeTemplates(officeId: string) {
  return db.notificationTemplate.findMany({ where: { officeId }, select: { event: true, channel: true, locale: true, subject: true, body: true, updatedAt: true } });
}

export type { EventKey };

export async function hasSavedPreferences(actor: Actor): Promise<boolean> {
  return (await db.notificationPreference.count({ where: { userId: actor.userId } })) > 0;
}
