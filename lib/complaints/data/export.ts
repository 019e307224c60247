import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";
import { slaBoundaries, slaState } from "@/lib/calendar/working-days";
import type { QueueFilters } from "../filters";
import { keysetWhere } from "@/lib/paging/keyset";
import { effectiveDue } from "../sla";
import { cachedOfficeCalendar } from "@/lib/calendar/data";
import { queueWhere } from "./where";

const BATCH = 500;

const exportSelect = {
  id: true, ticket: true, createdAt: true, classification: true, title: true, privacy: true, channel: true, status: true,
  track: true, verifyDueAt: true, dueAt: true, completedAt: true, locationText: true,
  category: { select: { name: true } },
  unit: { select: { name: true } },
} as const;
type ExportBatch = Prisma.ComplaintGetPayload<{ select: typeof exportSelect }>[];

export type ExportRow = {
  ticket: string;
  createdAt: Date;
  classification: string;
  category: string;
  title: string;
  privacy: string;
  channel: string;
  status: string;
  unit: string;
  track: string;
  due: Date | null;
  sla: string;
  completedAt: Date | null;
  reporter: string;
  location: string;
};

/**
 * The queue's filtered rows for the daily export, in batches (bounded memory). The reporter's name
 * is read only for non-Anonim complaints; an Anonim row never carries an identity.
 */
export async function* complaintExportRows(actor: Actor, filters: QueueFilters, now = new Date()): AsyncGenerator<ExportRow> {
  if (!can(actor.role, "complaint.handle")) return;
  const clock = await cachedOfficeCalendar(actor.officeId);
  const boundaries = slaBoundaries(now, clock.slaWarnDays, clock);
  const where = queueWhere(actor, { ...filters, after: undefined, before: undefined }, boundaries);
  let cursor: { at: Date; id: string } | null = null;
  // Reporters' names leave the system in this file: who exported what is on record, before any row is sent.
  const scope = Object.fromEntries(Object.entries(filters).filter(([k, v]) => k !== "after" && k !== "before" && v !== undefined)) as Record<string, string>;
  await recordAudit(actor, "complaint.exported", { type: "Office", id: actor.officeId }, { filters: scope });
  for (;;) {
    const keyset = keysetWhere("createdAt", cursor, false);
    const batch: ExportBatch = await db.complaint.findMany({
      where: { AND: [where, keyset.where] },
      orderBy: keyset.orderBy,
      take: BATCH,
      select: exportSelect,
    });
    if (batch.length === 0) break;
    const named = batch.filter((c) => c.privacy !== "ANONIM").map((c) => c.id);
    const identities = named.length
      ? await db.complaint.findMany({
          where: { id: { in: named } },
          select: { id: true, reporter: { select: { name: true } }, resident: { select: { fullName: true } } },
        })
      : [];
    const nameOf = new Map(identities.map((i) => [i.id, i.resident?.fullName ?? i.reporter?.name ?? ""]));
    for (const c of batch) {
      const due = effectiveDue(c);
      yield {
        ticket: c.ticket,
        createdAt: c.createdAt,
        classification: c.classification,
        category: c.category.name,
        title: c.title,
        privacy: c.privacy,
        channel: c.channel,
        status: c.status,
        unit: c.unit?.name ?? "",
        track: c.track ?? "",
        due,
        sla: slaState({ dueAt: due }, boundaries) ?? "",
        completedAt: c.completedAt,
        reporter: c.privacy === "ANONIM" ? "" : (nameOf.get(c.id) ?? ""),
        location: c.locationText ?? "",
      };
    }
    const last: { createdAt: Date; id: string } = batch[batch.length - 1];
    cursor = { at: last.createdAt, id: last.id };
    if (batch.length < BATCH) break;
  }
}
