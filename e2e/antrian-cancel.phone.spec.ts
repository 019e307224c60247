import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { freshResident, withDb } from "./db";
import { login } from "./fixtures";

// Issue #11 item 2: a resident cancels a booking on her phone; the place goes back to the slot.

test("a resident cancels her booking and its place is free again", async ({ page }) => {
  const resident = await freshResident("Sari Batal");
  const id = `e2e-cancel-${crypto.randomBytes(6).toString("hex")}`;
  const slotId = `e2e-slot-${crypto.randomBytes(6).toString("hex")}`;
  // A booking far ahead (a day no other spec books), in a slot of its own with 1 of 5 places taken.
  const day = `2027-0${1 + crypto.randomInt(8)}-${String(1 + crypto.randomInt(27)).padStart(2, "0")}`;
  await withDb(async (c) => {
    await c.query(
      `INSERT INTO queue_slots (id, office_id, queue_service_id, day, starts_at, ends_at, quota, booked, updated_at)
       SELECT $1, q.office_id, q.id, $2::date, ($2 || 'T01:00:00')::timestamp + make_interval(mins => $3::int), ($2 || 'T01:15:00')::timestamp + make_interval(mins => $3::int), 5, 1, now()
       FROM queue_services q JOIN offices o ON o.id = q.office_id AND o.slug = 'kelurahan-pakansari' WHERE q.prefix = 'B'`,
      [slotId, day, crypto.randomInt(400)],
    );
    await c.query(
      `INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, priority, resident_id, slot_id, active_key, recalls, created_at, updated_at)
       SELECT $1, s.office_id, s.queue_service_id, s.day, $2::int, 'B-' || $2::text, $3, 'BOOKING', 'BOOKED', 'NONE', p.id, s.id, p.id || ':' || s.queue_service_id || ':' || $4, 0, now(), now()
       FROM queue_slots s, resident_profiles p WHERE s.id = $5 AND p.nik = $6`,
      [id, 7000 + crypto.randomInt(2900), crypto.randomBytes(6).toString("hex").toUpperCase().slice(0, 6), day, slotId, resident.nik],
    );
  });
  await login(page, resident.nik);
  await page.goto(`/warga/antrian/${id}`);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("Batalkan nomor antrean ini?");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Batalkan" }).click();
  await expect(page.getByText("Dibatalkan").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Batalkan" })).toHaveCount(0);
  const after = await withDb(async (c) => (await c.query("SELECT t.status, s.booked FROM queue_tickets t JOIN queue_slots s ON s.id = t.slot_id WHERE t.id = $1", [id])).rows[0]);
  expect(after).toEqual({ status: "CANCELLED", booked: 0 });
});
