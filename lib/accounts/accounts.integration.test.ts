import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import { ACCOUNT_LIMIT, IP_LIMIT, checkCredentials, pruneLoginThrottles } from "@/lib/auth/credentials";
import { seedBase, DEMO_PASSWORD, type SeedContext } from "../../prisma/seed/base";
import { seedClient } from "../../prisma/seed/client";
import { resetTokenState } from "./data";
import { changePassword, issueResetToken, resetPasswordWithToken, updateStaffProfile } from "./mutations";
import { hashResetToken } from "./token";

let seed: SeedContext;
const meta = { ip: "10.0.0.9", userAgent: "vitest" };

beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await client.$disconnect();
});

describe("login limiting", () => {
  it("locks an account after 5 failures, even for the right password", async () => {
    for (let n = 0; n < ACCOUNT_LIMIT.failures; n++) {
      expect(await checkCredentials("ekbang@pakansari.go.id", "salah", `10.1.0.${n}`)).toEqual({ ok: false, error: "invalid" });
    }
    const locked = await checkCredentials("ekbang@pakansari.go.id", DEMO_PASSWORD, "10.1.1.1");
    expect(locked).toMatchObject({ ok: false, error: "locked" });
    expect(locked.ok === false && locked.retryAfterMs).toBeGreaterThan(14 * 60_000);
    // Other accounts are unaffected.
    expect(await checkCredentials("lurah@pakansari.go.id", DEMO_PASSWORD, "10.1.1.1")).toMatchObject({ ok: true });
  });

  it("a parallel burst of wrong passwords gets no more than 5 guesses", async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, n) => checkCredentials("petugas@tengah.go.id", `salah-${n}`, `10.3.0.${n}`)),
    );
    const guessed = burst.filter((r) => !r.ok && r.error === "invalid").length;
    expect(guessed).toBeLessThanOrEqual(ACCOUNT_LIMIT.failures);
    expect(guessed).toBeGreaterThan(0);
    expect(burst.filter((r) => !r.ok && r.error === "locked")).toHaveLength(20 - guessed);
    expect(await checkCredentials("petugas@tengah.go.id", DEMO_PASSWORD, "10.3.1.1")).toMatchObject({ ok: false, error: "locked" });
  });

  it("prunes counters whose window and lock ended more than a day ago", async () => {
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    await db.loginThrottle.createMany({
      data: [
        { key: "ip:10.9.9.1", failures: 3, windowStart: old, updatedAt: old },
        { key: "ip:10.9.9.2", failures: 9, windowStart: old, lockedUntil: new Date(Date.now() + 3600_000), updatedAt: old },
        { key: "ip:10.9.9.3", failures: 1, windowStart: new Date() },
      ],
    });
    expect(await pruneLoginThrottles()).toBeGreaterThanOrEqual(1);
    const left = await db.loginThrottle.findMany({ where: { key: { startsWith: "ip:10.9.9." } }, select: { key: true } });
    expect(left.map((r) => r.key).sort()).toEqual(["ip:10.9.9.2", "ip:10.9.9.3"]);
  });

  it("locks an IP address after too many failures across accounts", async () => {
    const ip = "10.2.0.1";
    for (let n = 0; n < IP_LIMIT.failures; n++) {
      await checkCredentials(`nobody${n}@contoh.id`, "salah", ip);
    }
    expect(await checkCredentials("camat@cibinong.go.id", DEMO_PASSWORD, ip)).toMatchObject({ ok: false, error: "locked" });
    expect(await checkCredentials("camat@cibinong.go.id", DEMO_PASSWORD, "10.2.0.2")).toMatchObject({ ok: true, user: { role: "SUPERVISOR" } });
  });

  it("answers unknown accounts as slowly as wrong passwords (one argon2 verification each)", async () => {
    await checkCredentials("warmup@contoh.id", "x", null); // computes the dummy hash once
    const time = async (identifier: string) => {
      const started = performance.now();
      for (let n = 0; n < 3; n++) await checkCredentials(identifier, `salah-${n}`, null);
      return performance.now() - started;
    };
    const wrongPassword = await time("081234560003");
    const unknown = await time("081299999999");
    expect(unknown).toBeGreaterThan(wrongPassword * 0.5);
    await db.loginThrottle.deleteMany({});
  });

  it("signs in by NIK, e-mail or phone", async () => {
    expect(await checkCredentials("3201014506900002", DEMO_PASSWORD, null)).toMatchObject({ ok: true, user: { role: "RESIDENT" } });
    expect(await checkCredentials("Siti@Contoh.ID", DEMO_PASSWORD, null)).toMatchObject({ ok: true });
    expect(await checkCredentials("+62 812-3456-0001", DEMO_PASSWORD, null)).toMatchObject({ ok: true });
  });
});

describe("own account", () => {
  it("changes the password only with the current one, and audits it", async () => {
    const actor = (await loadActor(seed.users.petugasRw))!;
    expect(await changePassword(actor, { currentPassword: "salah", newPassword: "baru-sekali-1" })).toEqual({
      ok: false, error: "invalid", fieldErrors: { currentPassword: "password_wrong" },
    });
    expect(await changePassword(actor, { currentPassword: DEMO_PASSWORD, newPassword: "baru-sekali-1" })).toEqual({ ok: true });
    expect(await checkCredentials("pos.rw05@pakansari.go.id", "baru-sekali-1", null)).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user.passwordChangedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "user.password_changed", actorId: actor.userId } })).toBe(1);
  });

  it("a password change or reset ends every session that signed in before it", async () => {
    const userId = seed.residents.budi.userId;
    const signedInBefore = { authTime: Date.now() - 60_000 };
    const actor = (await loadActor(userId, signedInBefore))!;
    expect(actor).not.toBeNull();
    expect(await changePassword(actor, { currentPassword: DEMO_PASSWORD, newPassword: "sandi-budi-baru-1" })).toEqual({ ok: true });
    expect(await loadActor(userId, signedInBefore)).toBeNull();
    expect(await loadActor(userId, { authTime: 0 })).toBeNull(); // a session from before authTime existed
    const signedInAfter = { authTime: Date.now() + 1 };
    expect(await loadActor(userId, signedInAfter)).toMatchObject({ userId });

    // An admin's reset link ends the session that signed in after the change, too.
    const admin = (await loadActor(seed.users.admin))!;
    const issued = await issueResetToken(admin, userId);
    if (!issued.ok) throw new Error("not issued");
    await new Promise((r) => setTimeout(r, 5));
    expect(await resetPasswordWithToken(issued.token, "sandi-budi-baru-2", meta)).toEqual({ ok: true });
    expect(await loadActor(userId, signedInAfter)).toBeNull();
  });

  it("staff edit their name and contacts; duplicates are refused at the field", async () => {
    const actor = (await loadActor(seed.users.lurah))!;
    expect(await updateStaffProfile(actor, { name: "Hendra Wijaya", phone: "081277700001", email: "lurah@pakansari.go.id" })).toEqual({ ok: true });
    expect(await updateStaffProfile(actor, { name: "Hendra", phone: "", email: "admin@pakansari.go.id" })).toMatchObject({
      ok: false, fieldErrors: { email: "email_taken" },
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.updated", targetId: actor.userId } });
    expect(audit.details).toEqual({ fields: ["name", "phone"], by: "self" });
  });
});

describe("password reset links", () => {
  it("are issued by an admin of the same office only", async () => {
    const adminTengah = (await loadActor(seed.users.adminTengah))!;
    expect(await issueResetToken(adminTengah, seed.residents.siti.userId)).toEqual({ ok: false, error: "not_found" });
    const staff = (await loadActor(seed.users.petugas))!;
    expect(await issueResetToken(staff, seed.residents.siti.userId)).toEqual({ ok: false, error: "forbidden" });
  });

  it("work once, are stored hashed, and unlock a locked account", async () => {
    const admin = (await loadActor(seed.users.admin))!;
    for (let n = 0; n < ACCOUNT_LIMIT.failures; n++) await checkCredentials("3201014506900002", "salah", null);
    const issued = await issueResetToken(admin, seed.residents.siti.userId);
    if (!issued.ok) throw new Error("not issued");
    expect(await db.passwordResetToken.count({ where: { tokenHash: issued.token } })).toBe(0);
    expect(await db.passwordResetToken.count({ where: { tokenHash: hashResetToken(issued.token) } })).toBe(1);
    expect(await resetTokenState(issued.token)).toBe("valid");

    expect(await resetPasswordWithToken(issued.token, "sandi-baru-siti", meta)).toEqual({ ok: true });
    expect(await checkCredentials("3201014506900002", "sandi-baru-siti", null)).toMatchObject({ ok: true });
    expect(await resetPasswordWithToken(issued.token, "lagi-lagi-123", meta)).toEqual({ ok: false, error: "used" });
    expect(await resetTokenState(issued.token)).toBe("used");
    expect(await resetTokenState("tidak-ada-token-seperti-ini")).toBe("invalid");
    expect(await db.auditEvent.count({ where: { action: "user.password_reset_issued", targetId: seed.residents.siti.userId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "user.password_reset", targetId: seed.residents.siti.userId } })).toBe(1);
  });

  it("expire after one hour, and a newer link replaces an older one", async () => {
    const admin = (await loadActor(seed.users.admin))!;
    const issuedAt = new Date(Date.now() - 61 * 60_000);
    const old = await issueResetToken(admin, seed.users.petugas, issuedAt);
    if (!old.ok) throw new Error("not issued");
    expect(await resetTokenState(old.token)).toBe("expired");
    expect(await resetPasswordWithToken(old.token, "sandi-baru-123", meta)).toEqual({ ok: false, error: "expired" });

    const first = await issueResetToken(admin, seed.users.petugas);
    const second = await issueResetToken(admin, seed.users.petugas);
    if (!first.ok || !second.ok) throw new Error("not issued");
    expect(await resetTokenState(first.token)).toBe("used");
    expect(await resetTokenState(second.token)).toBe("valid");
  });
});
