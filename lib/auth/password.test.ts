import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores argon2id hashes that verify only the right password", async () => {
    const stored = await hashPassword("rahasia-123");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain("rahasia-123");
    expect(await verifyPassword(stored, "rahasia-123")).toBe(true);
    expect(await verifyPassword(stored, "rahasia-124")).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("sama")).not.toBe(await hashPassword("sama"));
  });

  it("treats a malformed stored hash as a wrong password instead of crashing", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });

  it("has a dummy hash that never matches a real password", async () => {
    expect(await verifyPassword(await dummyPasswordHash(), "password")).toBe(false);
  });
});
