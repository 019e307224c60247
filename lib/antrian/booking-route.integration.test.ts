// The booking form's booking (POST /api/antrian/pesan), called in-process through the route handler:
// the booking action's rules (residents only, one booking per day, the quota never oversold) hold
// behind the route, and what is not the app's own page, or not JSON, is refused before anything else.
import { AsyncLocalStorage } from "node:async_hooks";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import type { SeedContext } from "@/prisma/seed/base";
import { actor, makeResidents, openDays, seedDemo } from "@/test/antrian-setup";
import { loadDayPlan } from "./data/plan";

const caller = new AsyncLocalStorage<Actor | null>();
vi.mock("@/lib/auth", () => ({ getActor: async () => caller.getStore() ?? null, requireActor: async () => caller.getStore() ?? null }));
vi.mock("@/lib/http/client-ip", () => ({ clientIp: async () => "203.0.113.40" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const { POST } = await import("@/app/api/antrian/pesan/[layanan]/[tanggal]/[jam]/route");

let ctx: SeedContext;
let siti: Actor, petugas: Actor;
let serviceA: { id: string; officeId: string };
let days: string[];

beforeAll(async () => {
  ctx = await seedDemo();
  [siti, petugas] = await Promise.all([actor(ctx.residents.siti.userId), actor(ctx.users.petugas)]);
  serviceA = await db.queueService.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, prefix: "A" }, select: { id: true, officeId: true } });
  days = await openDays(ctx.offices.pakansari.id, 5);
}, 60_000);

type Sent = { status: number; body: Record<string, unknown> };

type Slot = { queueServiceId: string; day: string; start: string; requestId?: string };

/** The booking form's call: the slot in the path, the rest as JSON (or `body` as given). */
async function book(as: Actor | null, { queueServiceId, day, start, ...rest }: Slot, headers: Record<string, string> = {}, body?: string): Promise<Sent> {
  const request = new Request(`http://lw.test/api/antrian/pesan/${encodeURIComponent(queueServiceId)}/${day}/${encodeURIComponent(start)}`, {
    method: "POST",
    body: body ?? JSON.stringify(rest),
    headers: { origin: "http://lw.test", "content-type": "application/json", ...headers },
  });
  const params = Promise.resolve({ layanan: encodeURIComponent(queueServiceId), tanggal: day, jam: encodeURIComponent(start) });
  const response = await caller.run(as, () => POST(request, { params }));
  expect(response.headers.get("cache-control")).toBe("no-store");
  if (response.status === 409) expect(response.headers.get("x-slot-full")).toBe((await response.clone().json()).error === "quota_full" ? "1" : null);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const tickets = (who: Actor) => db.queueTicket.count({ where: { residentId: who.residentId, queueServiceId: serviceA.id } });

describe("POST /api/antrian/pesan", () => {
  it("books a place for the resident and answers the ticket; a second booking the same day is refused", async () => {
    const first = await book(siti, { queueServiceId: serviceA.id, day: days[0], start: "09:00" });
    expect(first).toMatchObject({ status: 200, body: { ok: true, id: expect.any(String), number: expect.stringMatching(/^A-\d{3}$/), code: expect.any(String) } });
    const row = await db.queueTicket.findUniqueOrThrow({ where: { id: first.body.id as string }, select: { residentId: true, status: true, number: true } });
    expect(row).toMatchObject({ residentId: siti.residentId, status: "BOOKED", number: first.body.number });
    expect(await book(siti, { queueServiceId: serviceA.id, day: days[0], start: "10:00" })).toEqual({ status: 409, body: { ok: false, error: "already_booked" } });
    expect(await tickets(siti)).toBe(1);
  });

  it("sells exactly the last 3 places of a slot to 20 phones booking at the same moment", async () => {
    const day = days[1];
    const plan = await loadDayPlan(serviceA, day);
    if (!plan.open) throw new Error("expected an open day");
    const slot = plan.slots.find((s) => s.start === "10:30")!;
    await db.queueSlot.create({ data: { officeId: serviceA.officeId, queueServiceId: serviceA.id, day: new Date(`${day}T00:00:00Z`), startsAt: slot.startsAt, endsAt: slot.endsAt, quota: slot.quota, booked: slot.quota - 3 } });
    const people = await makeResidents(ctx.offices.pakansari.id, 20, "route");
    const answers = await Promise.all(people.map((p) => book(p, { queueServiceId: serviceA.id, day, start: "10:30" })));
    expect(answers.filter((a) => a.status === 200 && a.body.ok)).toHaveLength(3);
    expect(answers.filter((a) => a.status !== 200)).toEqual(Array(17).fill({ status: 409, body: { ok: false, error: "quota_full" } }));
    expect((await db.queueSlot.findFirstOrThrow({ where: { queueServiceId: serviceA.id, startsAt: slot.startsAt } })).booked).toBe(slot.quota);
  });

  it("says per field what is wrong, and books nothing", async () => {
    const [warga] = await makeResidents(ctx.offices.pakansari.id, 1, "route-bad");
    const bad = await book(warga, { queueServiceId: serviceA.id, day: "besok", start: "9 pagi" });
    expect(bad).toMatchObject({ status: 422, body: { ok: false, error: "invalid_input", fieldErrors: { day: expect.any(String), start: expect.any(String) } } });
    expect(await book(warga, { queueServiceId: serviceA.id, day: days[2], start: "09:00" }, {}, "{not json")).toEqual({ status: 400, body: { ok: false, error: "invalid_input" } });
    expect(await tickets(warga)).toBe(0);
  });

  it("only residents, only from the app's own pages, only JSON", async () => {
    const [warga] = await makeResidents(ctx.offices.pakansari.id, 1, "route-who");
    const input = { queueServiceId: serviceA.id, day: days[2], start: "09:00" };
    expect(await book(null, input)).toEqual({ status: 403, body: { ok: false, error: "forbidden" } });
    // Staff book walk-ins at the loket (queue.operate), not online bookings.
    expect(await book(petugas, input)).toEqual({ status: 403, body: { ok: false, error: "forbidden" } });
    // A page on another site cannot book with the resident's cookie: not by fetch, not by a plain form.
    expect(await book(warga, input, { origin: "https://evil.example" })).toEqual({ status: 403, body: { ok: false, error: "forbidden" } });
    expect(await book(warga, input, { "sec-fetch-site": "cross-site", origin: "" })).toEqual({ status: 403, body: { ok: false, error: "forbidden" } });
    expect(await book(warga, input, { "content-type": "application/x-www-form-urlencoded" }, "requestId=x")).toEqual({ status: 415, body: { ok: false, error: "invalid_input" } });
    expect(await tickets(warga)).toBe(0);
  });
});
