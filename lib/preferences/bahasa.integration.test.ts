// GET /bahasa must not write to the database; POST /bahasa saves the signed-in account's language.
// The route handler runs for real against the real database; only the request-scoped pieces
// (the cookie jar and who is signed in) are supplied, as Next would inside a request.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { seedClient } from "@/prisma/seed/client";

const jar = new Map<string, string>();
let signedIn: Actor | null = null;
vi.mock("next/headers", () => ({ cookies: async () => ({ set: (name: string, value: string) => jar.set(name, value) }) }));
vi.mock("@/lib/auth", () => ({ getActor: async () => signedIn }));

let seed: SeedContext;
beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await client.$disconnect();
  signedIn = await loadActor(seed.users.lurah);
});

const localeOf = async () => (await db.user.findUniqueOrThrow({ where: { id: seed.users.lurah }, select: { locale: true } })).locale;

describe("/bahasa", () => {
  it("GET sets the cookie and sends the reader back, without writing to the database", async () => {
    const { GET } = await import("@/app/bahasa/route");
    const before = await localeOf();
    const response = await GET(new NextRequest("http://lw.test/bahasa?ke=en", { headers: { host: "lw.test", referer: "http://lw.test/layanan" } }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/layanan");
    expect(jar.get("NEXT_LOCALE")).toBe("en");
    expect(await localeOf()).toBe(before);
  });

  it("POST from this site saves the signed-in account's language; another site's form changes nothing", async () => {
    const { POST } = await import("@/app/bahasa/route");
    const post = (origin: string, ke: string) =>
      POST(new NextRequest("http://lw.test/bahasa", { method: "POST", body: new URLSearchParams({ ke }), headers: { host: "lw.test", origin, referer: `${origin}/statistik`, "content-type": "application/x-www-form-urlencoded" } }));
    jar.clear();
    const foreign = await post("http://evil.example", "en");
    expect(foreign.headers.get("location")).toBe("/");
    expect(jar.size).toBe(0);
    expect(await localeOf()).not.toBe("en");
    const own = await post("http://lw.test", "en");
    expect(own.status).toBe(303);
    expect(own.headers.get("location")).toBe("/statistik");
    expect(jar.get("NEXT_LOCALE")).toBe("en");
    expect(await localeOf()).toBe("en");
  });
});
