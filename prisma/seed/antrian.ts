// Queue demo data: two services per kelurahan (A umum, B kependudukan), lokets, Monday–Friday
// schedules with a morning and an afternoon session, and 30 days of finished numbers for the
// supervisor's queue statistics. Idempotent.
import type { SeedContext } from "./base";
import type { CatalogueContext } from "./catalogue";
import type { SeedDb } from "./client";

const WEEKDAYS = [1, 2, 3, 4, 5];

export async function seedAntrian(db: SeedDb, ctx: SeedContext, catalogue: CatalogueContext) {
  const plan = [
    { key: "pakansari" as const, point: ctx.servicePoints.loket, counters: [1, 2] },
    { key: "tengah" as const, point: ctx.servicePoints.loketTengah, counters: [1] },
  ];
  for (const p of plan) {
    const officeId = ctx.offices[p.key].id;
    await db.queueSettings.upsert({ where: { officeId }, update: {}, create: { officeId } });
    const services = [
      { prefix: "A", name: "Layanan Umum (surat pengantar & keterangan)", serviceId: catalogue[p.key]["surat-pengantar-disdukcapil"] ?? null, avgServiceMin: 8 },
      { prefix: "B", name: "Pengambilan Dokumen", serviceId: catalogue[p.key]["surat-keterangan-domisili"] ?? null, avgServiceMin: 5 },
    ];
    const ids: string[] = [];
    for (const s of services) {
      const row = await db.queueService.upsert({ where: { officeId_prefix: { officeId, prefix: s.prefix } }, update: {}, create: { officeId, ...s } });
      ids.push(row.id);
      if ((await db.queueSchedule.count({ where: { queueServiceId: row.id } })) === 0) {
        await db.queueSchedule.createMany({
          data: [
            { officeId, queueServiceId: row.id, servicePointId: p.point, weekdays: WEEKDAYS, startTime: "08:00", endTime: "12:00", slotMinutes: 30, quotaPerSlot: 4, quotaPerDay: 40 },
            { officeId, queueServiceId: row.id, servicePointId: p.point, weekdays: WEEKDAYS, startTime: "13:00", endTime: "15:00", slotMinutes: 30, quotaPerSlot: 3, quotaPerDay: 12 },
          ],
        });
      }
    }
    for (const number of p.counters) {
      await db.queueCounter.upsert({ where: { officeId_number: { officeId, number } }, update: {}, create: { officeId, servicePointId: p.point, number } });
    }
    if (p.key === "pakansari") await seedHistory(db, officeId, ids);
  }
}

/** Finished and no-show numbers over the last 30 days, with a deterministic spread of times. */
async function seedHistory(db: SeedDb, officeId: string, serviceIds: string[]) {
  if ((await db.queueTicket.count({ where: { officeId } })) > 0) return;
  const counters = await db.queueCounter.findMany({ where: { officeId }, select: { id: true } });
  const rows = [];
  let rand = 7;
  const next = () => (rand = (rand * 48271) % 2147483647) / 2147483647;
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  for (let d = 30; d >= 1; d--) {
    const day = new Date(today - d * 86_400_000);
    const wd = day.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    for (const [si, serviceId] of serviceIds.entries()) {
      for (let seq = 1; seq <= 12; seq++) {
        const issued = new Date(day.getTime() + (1 + next() * 6) * 3_600_000); // 08:00–14:00 WIB
        const wait = 3 + next() * 40;
        const called = new Date(issued.getTime() + wait * 60_000);
        const noShow = next() < 0.08;
        const svc = 3 + next() * 12;
        rows.push({
          officeId, queueServiceId: serviceId, day, seq, number: `${si ? "B" : "A"}-${String(seq).padStart(3, "0")}`,
          code: `HIST-${d}-${si}-${seq}`, kind: "WALK_IN" as const,
          status: noShow ? ("NO_SHOW" as const) : ("DONE" as const), counterId: counters[seq % counters.length].id,
          checkedInAt: issued, queuedAt: issued, calledAt: called, noShowAt: noShow ? called : null,
          finishedAt: noShow ? null : new Date(called.getTime() + svc * 60_000), servedAt: noShow ? null : called, createdAt: issued,
        });
      }
    }
  }
  await db.queueTicket.createMany({ data: rows });
}
