import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { fileComplaint } from "@/lib/complaints/mutations/file";
import { actor, content, seedDemo } from "@/test/support/complaints-setup";
import { parseIdempotencyKey } from "./key";

// The phone's outbox resends a complaint whose answer it never got: one complaint, one ticket.
let siti: Actor, budi: Actor;
let categoryId: string;

beforeAll(async () => {
  const ctx = await seedDemo();
  [siti, budi] = await Promise.all([ctx.residents.siti.userId, ctx.residents.budi.userId].map(actor));
  categoryId = (await db.complaintCategory.findFirstOrThrow({ where: { officeId: ctx.offices.pakansari.id, slug: "jalan-rusak" } })).id;
});

const count = (title: string) => db.complaint.count({ where: { title } });

describe("complaints filed with an idempotency key", () => {
  it("files once when the same submission arrives twice, and answers the same ticket", async () => {
    const input = content({ categoryId, title: "Lampu jalan mati sekali saja" });
    const key = "k-" + crypto.randomUUID();
    const first = await fileComplaint(siti, input, [], key);
    const again = await fileComplaint(siti, input, [], key);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.ticket).toBe(first.ticket);
    expect(again.id).toBe(first.id);
    expect(await count(input.title)).toBe(1);
  });

  it("files once when two copies race (the second waits for the first to commit)", async () => {
    const input = content({ categoryId, title: "Sampah menumpuk di pasar balapan" });
    const key = "race-" + crypto.randomUUID();
    const results = await Promise.all([fileComplaint(siti, input, [], key), fileComplaint(siti, input, [], key), fileComplaint(siti, input, [], key)]);
    const tickets = new Set(results.map((r) => (r.ok ? r.ticket : "failed")));
    expect([...tickets]).toHaveLength(1);
    expect(await count(input.title)).toBe(1);
  });

  it("keeps different submissions and different residents apart", async () => {
    const key = "same-" + crypto.randomUUID();
    const a = await fileComplaint(siti, content({ categoryId, title: "Parkir liar depan sekolah A" }), [], key);
    const b = await fileComplaint(budi, content({ categoryId, title: "Parkir liar depan sekolah B" }), [], key);
    const c = await fileComplaint(siti, content({ categoryId, title: "Parkir liar depan sekolah C" }), [], "other-" + crypto.randomUUID());
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) expect(new Set([a.ticket, b.ticket, c.ticket]).size).toBe(3);
  });

  it("accepts only sensible keys", () => {
    expect(parseIdempotencyKey(crypto.randomUUID())).not.toBeNull();
    expect(parseIdempotencyKey("short")).toBeNull();
    expect(parseIdempotencyKey("has spaces in it, not a key")).toBeNull();
    expect(parseIdempotencyKey(null)).toBeNull();
  });
});
