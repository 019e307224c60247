// POST /hemat-data: this phone's choice is a cookie (signed in or not); the account's choice is
// saved on the user (signed in only) and is what loadActor hands every later request, on any phone.
// The route handler runs for real against the real database; only the cookie jar and who is signed
// in are supplied, as Next would inside a request.
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
let userId: string;
beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await client.$disconnect();
  userId = seed.residents.siti.userId;
});

const post = async (fields: Record<string, string>, origin = "http://lw.test") => {
  const { POST } = await import("@/app/hemat-data/route");
  return POST(new NextRequest("http://lw.test/hemat-data", {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { host: "lw.test", origin, referer: `${origin}/profil`, "content-type": "application/x-www-form-urlencoded" },
  }));
};
const accountChoice = async () => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { dataSaver: true } })).dataSaver;

describe("POST /hemat-data", () => {
  it("keeps this phone's choice in a cookie, signed in or not, and writes nothing on the account", async () => {
    signedIn = null;
    jar.clear();
    const response = await post({ hemat: "1" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/profil");
    expect(jar.get("hemat_data")).toBe("1");
    signedIn = await loadActor(userId);
    await post({ hemat: "0" });
    expect(jar.get("hemat_data")).toBe("0");
    expect(await accountChoice()).toBeNull();
  });

  it("saves the account's choice for every phone, hands it back to the phone with 'ikuti', and ignores another site", async () => {
    signedIn = await loadActor(userId);
    jar.clear();
    await post({ untuk: "akun", hemat: "1" });
    expect(await accountChoice()).toBe(true);
    expect(jar.size).toBe(0); // not this phone's choice: the account's
    // The next request, on any phone, carries the account's choice.
    expect((await loadActor(userId))?.dataSaver).toBe(true);
    await post({ untuk: "akun", hemat: "0" }, "http://evil.example");
    expect(await accountChoice()).toBe(true);
    await post({ untuk: "akun", hemat: "0" });
    expect(await accountChoice()).toBe(false);
    await post({ untuk: "akun", hemat: "ikuti" });
    expect(await accountChoice()).toBeNull();
    await post({ untuk: "akun", hemat: "mungkin" });
    expect(await accountChoice()).toBeNull();
  });

  it("changes no account when signed out", async () => {
    signedIn = null;
    await post({ untuk: "akun", hemat: "1" });
    expect(await accountChoice()).toBeNull();
  });
});
