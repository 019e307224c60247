// What wakes the notification worker (scripts/worker.ts → listen(url, NOTIFICATION_WAKE, …)): each
// committed event, through the one signal its transaction sends, and nothing else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listen } from "@/lib/jobs/listen";
import { PG_CHANNEL } from "@/lib/realtime/channels";
import { buildWorld, type World } from "@/test/support/requests-world";
import { notify } from "./mutations/notify";
import { NOTIFICATION_WAKE } from "./worker";

let world: World;
let wakes = 0;
let stop: () => Promise<void>;

beforeAll(async () => {
  world = await buildWorld();
  stop = await listen(process.env.DATABASE_URL!, NOTIFICATION_WAKE, () => void (wakes += 1));
});

afterAll(async () => {
  await stop();
});

/** The wake-ups that arrive within `ms` after `run`. */
async function wakesDuring(run: () => Promise<unknown>, ms = 400): Promise<number> {
  const before = wakes;
  await run().catch(() => {});
  await new Promise((r) => setTimeout(r, ms));
  return wakes - before;
}

const statusChange = (key: string) =>
  db.$transaction((tx) =>
    notify(tx, {
      event: "request.completed", officeId: world.offices.pakansari.id, key, target: { type: "request", id: key },
      recipients: [{ userId: world.residents.siti.userId, link: "/warga/permohonan/x" }],
      vars: { kantor: "Kelurahan Pakansari", nomor: "X/1", layanan: "Surat", hasil: "Loket 2" },
    }),
  );

describe("waking the notification worker", () => {
  it("wakes once for an event with an in-app row: its realtime signal is the only one the transaction sends", async () => {
    expect(await wakesDuring(() => statusChange("wake:completed:1"))).toBe(1);
    expect(await db.notificationFanout.count({ where: { key: "wake:completed:1" } })).toBe(1);
  });

  it("wakes for a password reset, which has no in-app row, and for a re-run whose rows already exist", async () => {
    const reset = () =>
      db.$transaction((tx) =>
        notify(tx, {
          event: "account.password_reset", officeId: world.offices.pakansari.id, key: "wake:reset:1",
          recipients: [{ userId: world.residents.siti.userId }], vars: { kantor: "Kelurahan Pakansari", berlaku: "1 jam" }, link: "/atur-ulang/x",
        }),
      );
    expect(await wakesDuring(reset)).toBe(1);
    expect(await wakesDuring(() => statusChange("wake:completed:1"))).toBe(1); // in-app row deduplicated: no realtime signal, the fan-out's own
  });

  it("does not wake for a rolled-back change or another realtime channel's signal", async () => {
    const rolledBack = () =>
      db.$transaction(async (tx) => {
        await notify(tx, {
          event: "request.completed", officeId: world.offices.pakansari.id, key: "wake:rolled-back", target: { type: "request", id: "x" },
          recipients: [{ userId: world.residents.siti.userId }], vars: { kantor: "K", nomor: "X/2", layanan: "Surat", hasil: "-" },
        });
        throw new Error("the status change failed");
      });
    expect(await wakesDuring(rolledBack)).toBe(0);
    expect(await db.notificationFanout.count({ where: { key: "wake:rolled-back" } })).toBe(0);
    const conversation = () => db.$executeRawUnsafe(`SELECT pg_notify('${PG_CHANNEL}', json_build_object('s', '1', 'c', 'conversation:abc', 'i', 'm1')::text)`);
    expect(await wakesDuring(conversation)).toBe(0);
    expect(await wakesDuring(() => db.$executeRawUnsafe(`SELECT pg_notify('${PG_CHANNEL}', 'not json')`))).toBe(0);
  });
});
