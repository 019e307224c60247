// The bell is told at once: notify() publishes on the recipient's own realtime channel inside the
// same transaction — delivered on commit, never on rollback, and never on anyone else's channel.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { channels } from "@/lib/realtime/channels";
import { eventsSince, latestSeq } from "@/lib/realtime/data";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { notify } from "./mutations/notify";

let ctx: SeedContext;
beforeAll(async () => {
  ctx = await seedBase(db);
}, 60_000);

const event = (userId: string, key: string) => ({
  event: "request.completed" as const, officeId: ctx.offices.pakansari.id, key, recipients: [{ userId }],
  vars: { kantor: "Kelurahan Pakansari", nomor: "PKS/2026/000001", layanan: "Surat Keterangan Domisili", hasil: "Loket 1" },
});

describe("the bell's live signal", () => {
  it("reaches only the recipient's channel, with the notification's id, once committed", async () => {
    const siti = ctx.residents.siti.userId;
    const budi = ctx.residents.budi.userId;
    const before = await latestSeq();
    await db.$transaction((tx) => notify(tx, event(siti, "bell-live:1")));
    const inbox = await db.notification.findFirstOrThrow({ where: { dedupeKey: `bell-live:1:${siti}` } });
    expect(await eventsSince([channels.notifications(siti)], before)).toMatchObject([{ channel: channels.notifications(siti), id: inbox.id }]);
    expect(await eventsSince([channels.notifications(budi)], before)).toEqual([]);
  });

  it("leaves nothing behind when the change rolls back", async () => {
    const siti = ctx.residents.siti.userId;
    const before = await latestSeq();
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, event(siti, "bell-live:2"));
        throw new Error("the status change failed");
      }),
    ).rejects.toThrow("the status change failed");
    // eventsSince replays a few seconds back (sequences are taken before commit), so compare ids.
    const committed = new Set((await db.notification.findMany({ where: { userId: siti }, select: { id: true } })).map((n) => n.id));
    const signals = await eventsSince([channels.notifications(siti)], before);
    expect(signals.filter((s) => !committed.has(s.id))).toEqual([]);
  });
});
