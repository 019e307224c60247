// The action pipeline against the real database: real actors, a real domain step, real rate limits.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { verifyRequest } from "@/lib/requests/mutations/staff/workflow";
import { simpleTransitionSchema } from "@/lib/requests/staff-schema";
import { buildWorld, makeRequest, type World } from "@/test/support/requests-world";
import { consumeRateLimit } from "@/lib/rate-limit/mutations";
import { createPipeline } from "./pipeline";

let world: World;
let caller: Actor | null = null;
const revalidated: string[] = [];

const action = createPipeline({
  resolveActor: async () => caller,
  resolveIp: async () => "203.0.113.7",
  consumeRateLimit,
  revalidate: (path) => revalidated.push(path),
  expireTag: (tag) => void revalidated.push(`tag:${tag}`),
});

const verify = action(
  { permission: "request.queue", schema: simpleTransitionSchema, revalidate: (i) => [`/petugas/permohonan/${i.id}`] },
  ({ actor, input }) => verifyRequest(actor, input),
);

beforeAll(async () => {
  world = await buildWorld();
});

async function submitted() {
  return makeRequest({ officeId: world.offices.pakansari.id, serviceId: world.services.pem, residentId: world.residents.siti.profileId });
}

describe("action pipeline", () => {
  it("refuses a signed-out caller before reading the input", async () => {
    caller = null;
    expect(await verify({ id: "x", version: "not a number" })).toEqual({ ok: false, error: "forbidden" });
  });

  it("refuses a role without the permission (a resident calling a staff step)", async () => {
    const request = await submitted();
    caller = (await loadActor(world.residents.siti.userId))!;
    expect(await verify({ id: request.id, version: request.version })).toEqual({ ok: false, error: "forbidden" });
  });

  it("answers bad input with codes at the fields, without calling the step", async () => {
    caller = world.actors.petugas;
    const result = await verify({ id: "", version: "x" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("invalid_input");
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["id", "version"]);
  });

  it("answers not_found for another office's record, and changes nothing", async () => {
    const request = await submitted();
    caller = world.actors.tengah;
    expect(await verify({ id: request.id, version: request.version })).toMatchObject({ ok: false, error: "not_found" });
    caller = world.actors.petugas;
    revalidated.length = 0;
    expect(await verify({ id: request.id, version: request.version })).toMatchObject({ ok: true });
    expect(revalidated).toEqual([`/petugas/permohonan/${request.id}`]);
  });

  it("limits a public action per address in PostgreSQL", async () => {
    caller = null;
    const ping = action(
      { permission: "public", schema: simpleTransitionSchema.pick({ id: true }), rateLimit: { name: "ping", limit: 3, windowSeconds: 60 } },
      async () => ({ ok: true as const }),
    );
    const results = await Promise.all(Array.from({ length: 6 }, () => ping({ id: "a" })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.error === "rate_limited")).toHaveLength(3);
  });
});
