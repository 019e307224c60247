import { beforeAll, describe, expect, it } from "vitest";
import { getPublicRequestTracking } from "./data/tracking";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";

// /lacak for requests (issue 17): the walk-in receipt's promise. Number as typed + last 4 NIK digits.

let w: World;
let number: string;
beforeAll(async () => {
  w = await buildWorld();
  const r = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: w.residents.siti.profileId, status: "PROCESSING", channel: "LOKET" });
  number = "PKS/2026/000042";
  await db.serviceRequest.update({ where: { id: r.id }, data: { number } });
});

describe("public request tracking", () => {
  it("finds a request typed in lower case, with spaces and without leading zeros, given the NIK's last 4 digits", async () => {
    const found = await getPublicRequestTracking("pks 2026 42", "0002", "10.0.0.1");
    expect(found).toMatchObject({ ok: true, number, status: "PROCESSING", service: "Surat Keterangan Domisili", office: "Kelurahan Pakansari" });
    // Only status, dates and what to bring: nothing that names or identifies the person.
    expect(Object.keys(found).sort()).toEqual(["collectedAt", "completedAt", "digitalResult", "dueAt", "number", "office", "ok", "pickupNote", "service", "status", "submittedAt"]);
  });

  it("answers a wrong NIK suffix exactly like an unknown number", async () => {
    expect(await getPublicRequestTracking(number, "0003", "10.0.0.2")).toEqual({ ok: false, error: "not_found" });
    expect(await getPublicRequestTracking("PKS/2026/999999", "0002", "10.0.0.2")).toEqual({ ok: false, error: "not_found" });
    expect(await getPublicRequestTracking(number, "02", "10.0.0.2")).toEqual({ ok: false, error: "not_found" });
  });

  it("stops guessing the suffix after a few tries per number, from any address", async () => {
    const target = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: w.residents.budi.profileId, status: "SUBMITTED" });
    await db.serviceRequest.update({ where: { id: target.id }, data: { number: "PKS/2026/000043" } });
    const outcomes = [];
    for (let i = 0; i < 10; i++) outcomes.push((await getPublicRequestTracking("PKS/2026/43", String(1000 + i), `10.1.0.${i}`)));
    expect(outcomes.slice(0, 8).every((o) => !o.ok && o.error === "not_found")).toBe(true);
    expect(outcomes[8]).toEqual({ ok: false, error: "rate_limited" });
    // Even the right suffix is refused until the hour is over.
    expect(await getPublicRequestTracking("PKS/2026/43", "0001", "10.1.0.99")).toEqual({ ok: false, error: "rate_limited" });
  });
});
