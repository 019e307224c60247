// The server-action half of the authorization matrix (test/authz/matrix.ts): every exported
// function of every "use server" module, called in-process as each of the nine roles (real actors
// loaded from the real database, as lib/action loads them per request). Only the request-scoped
// pieces Next supplies inside a request are stood in for: who is signed in, the client address,
// cookies/headers and cache revalidation.
//   - a role outside `allow` must be refused: `forbidden` (or a 404 / redirect to /masuk);
//   - a role inside `allow` must get past the gate (anything but `forbidden`);
//   - with a `target` (a Pakansari record of Siti's), the outsiders must get `not_found` and the
//     other allowed roles must not be refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";
import { discoverActions } from "@/test/authz/discover";
import { actions, ROLES, type RoleName } from "@/test/authz/matrix";

let current: Actor | null = null;
vi.mock("@/lib/auth", () => ({
  getActor: async () => current,
  requireActor: async () => current,
  signInWithPassword: async () => "invalid",
  signOutUser: async () => {},
}));
vi.mock("@/lib/http/client-ip", () => ({ clientIp: async () => "203.0.113.18" }));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  unstable_cache: <T,>(fn: T) => fn,
}));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    cookies: async () => ({ get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n) } : undefined), set: (n: string, v: string) => jar.set(n, v), delete: (n: string) => jar.delete(n), getAll: () => [] }),
    headers: async () => new Headers({ host: "lw.test", "user-agent": "authz-matrix" }),
  };
});

let world: World;
const actors: Partial<Record<RoleName, Actor | null>> = {};
const fx: Record<string, string> = {};

beforeAll(async () => {
  world = await buildWorld();
  const u = world.users;
  const r = world.residents;
  const ids: Record<Exclude<RoleName, "signedOut">, string> = {
    resident: r.siti.userId, otherResident: r.budi.userId, unitStaff: u.petugas, otherUnitStaff: u.petugasEkbang,
    otherOfficeStaff: u.petugasTengah, supervisor: u.lurah, admin: u.admin, otherOfficeAdmin: u.adminTengah,
  };
  actors.signedOut = null;
  for (const [role, id] of Object.entries(ids)) actors[role as RoleName] = (await loadActor(id))!;

  const P = world.offices.pakansari;
  const request = await makeRequest({ officeId: P.id, serviceId: world.services.pem, residentId: r.siti.profileId });
  fx["request.resident"] = request.id;
  fx["request.residentCancellable"] = (await makeRequest({ officeId: P.id, serviceId: world.services.pem, residentId: r.siti.profileId })).id;
  const draft = await makeRequest({ officeId: P.id, serviceId: world.services.pem, residentId: r.siti.profileId, status: "DRAFT" });
  await db.serviceRequest.update({ where: { id: draft.id }, data: { applicantId: r.siti.userId } }); // drafts belong to whoever applies
  fx["request.residentDraft"] = draft.id;
  fx["user.unitStaff"] = u.petugas;
  fx["service.id"] = world.services.pem;
  const category = await db.complaintCategory.create({ data: { officeId: P.id, slug: "jalan-rusak", name: "Jalan Rusak" }, select: { id: true } });
  fx["complaint.anonymous"] = (
    await db.complaint.create({
      data: {
        officeId: P.id, ticket: "ADU-PKS-2026-990001", classification: "PENGADUAN", categoryId: category.id, title: "Jalan berlubang",
        description: "Lubang besar di depan balai RW", privacy: "ANONIM", reporterId: r.siti.userId, residentId: r.siti.profileId, verifyDueAt: new Date(Date.now() + 3 * 86_400_000),
      },
      select: { id: true },
    })
  ).id;
  fx["news.id"] = (
    await db.newsPost.create({ data: { officeId: P.id, slug: "uji-matriks", title: "Uji matriks", summary: "Ringkas", body: "Isi", category: "BERITA" }, select: { id: true } })
  ).id;
  fx["conversation.resident"] = (
    await db.conversation.create({
      data: { officeId: P.id, kind: "REQUEST", requestId: request.id, residentUserId: r.siti.userId, unitId: P.units.PEM },
      select: { id: true },
    })
  ).id;
});

type Outcome = string;

/** What the caller got: the failure code, "ok", "done" (a form action returning nothing), a redirect or a 404. */
async function call(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<Outcome> {
  try {
    const result = (await fn(...args)) as { ok?: boolean; error?: string } | undefined;
    if (result === undefined || result === null) return "done";
    if (Array.isArray(result)) return "ok"; // nikWarningsAction answers a list
    if (result.ok === true) return "ok";
    if (result.ok === false) return String(result.error);
    return "ok";
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2]}`;
    if (digest.includes("404")) return "not_found";
    return `threw: ${(error as Error).message}`;
  }
}

const refused = (o: Outcome) => o === "forbidden" || o === "not_found" || o === "redirect:/masuk" || o.startsWith("redirect:/masuk?");

const emptyArgs = () => [new FormData(), new FormData()];

const cells = { total: 0, passed: 0 };

describe("server actions × roles", () => {
  const discovered = discoverActions();
  const byFile = new Map<string, string[]>();
  for (const a of discovered) byFile.set(a.file, [...(byFile.get(a.file) ?? []), a.name]);

  for (const [file, names] of byFile) {
    it(`${file}: ${names.length} actions`, async () => {
      const mod = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, (...args: unknown[]) => unknown>;
      const wrong: string[] = [];
      for (const name of names) {
        const key = `${file}#${name}`;
        const entry = actions[key];
        if (!entry) {
          wrong.push(`${key}: no entry in test/authz/matrix.ts`);
          continue;
        }
        const allowed = (role: RoleName) => entry.allow === "everyone" || entry.allow.includes(role);
        // The gate: junk input, every role.
        for (const role of ROLES) {
          current = actors[role] ?? null;
          const got = await call(mod[name], emptyArgs());
          cells.total += 1;
          const ok = allowed(role) ? got !== "forbidden" : refused(got) || (entry.refusedAs !== undefined && got === entry.refusedAs);
          if (ok) cells.passed += 1;
          else wrong.push(`${key} as ${role}: expected ${allowed(role) ? "past the gate" : "forbidden"}, got ${got}`);
        }
        // The record: outsiders first (so that the insiders' calls cannot change what they see).
        if (entry.target) {
          const args = entry.target.args(fx);
          const order = [...ROLES].sort((a, b) => Number(entry.target!.outsiders.includes(b)) - Number(entry.target!.outsiders.includes(a)));
          for (const role of order.filter(allowed)) {
            current = actors[role] ?? null;
            const got = await call(mod[name], args);
            const outsider = entry.target.outsiders.includes(role);
            cells.total += 1;
            if (outsider ? got === "not_found" : !refused(got) && got !== "invalid_input" && !got.startsWith("threw")) cells.passed += 1;
            else wrong.push(`${key} on ${role === "signedOut" ? "a" : "the"} fixture record as ${role}: expected ${outsider ? "not_found" : "allowed"}, got ${got}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});

afterAll(() => {
  console.log(`[authz-matrix] server actions: ${discoverActions().length} actions × ${ROLES.length} roles (+ record checks) = ${cells.total} cells, ${cells.passed} as expected`);
});
