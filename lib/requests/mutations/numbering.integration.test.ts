import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nextRegistrationNumber } from "./numbering";

describe("nextRegistrationNumber", () => {
  it("gives 50 racing transactions 50 distinct, gap-free numbers", async () => {
    const office = await db.office.create({
      data: { code: "RACE", slug: "race", name: "Kantor Balapan", type: "KELURAHAN", regionCode: "32.01", address: "Jl. Uji" },
    });
    const at = new Date("2026-03-02T03:00:00Z");
    const numbers = await Promise.all(
      Array.from({ length: 50 }, () => db.$transaction((tx) => nextRegistrationNumber(tx, office, at))),
    );
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(Array.from({ length: 50 }, (_, i) => `RACE/2026/${String(i + 1).padStart(6, "0")}`));
    // A new year starts again at 1.
    const next = await db.$transaction((tx) => nextRegistrationNumber(tx, office, new Date("2027-01-04T03:00:00Z")));
    expect(next).toBe("RACE/2027/000001");
  });
});
