import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { freshResident, withDb } from "./db";
import { expectAccessible, login } from "./fixtures";

// Issue #11 item 5: repeated no-shows (3 in 30 days in the demo settings) suspend online booking
// for a while. The booking page says so, with the date, as soon as the service is chosen, before
// the resident spends time on dates and slots.

test("a resident with three no-shows this month is told booking is suspended, and until when", async ({ page }) => {
  const resident = await freshResident("Raka Tidak Hadir");
  await withDb(async (c) => {
    for (const daysAgo of [2, 5, 9]) {
      const code = crypto.randomBytes(6).toString("hex").toUpperCase().slice(0, 6);
      await c.query(
        `INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, priority, resident_id, recalls, no_show_at, created_at, updated_at)
         SELECT $1, q.office_id, q.id, ((now() AT TIME ZONE 'Asia/Jakarta') - make_interval(days => $2::int))::date, $3::int, 'A-' || $3::text, $4, 'BOOKING', 'NO_SHOW', 'NONE', p.id, 0,
                (now() AT TIME ZONE 'UTC') - make_interval(days => $2::int), now(), now()
         FROM queue_services q JOIN offices o ON o.id = q.office_id AND o.slug = 'kelurahan-pakansari', resident_profiles p
         WHERE q.prefix = 'A' AND p.nik = $5`,
        [`e2e-noshow-${code}`, daysAgo, 7000 + crypto.randomInt(2900), code, resident.nik],
      );
    }
  });
  await login(page, resident.nik);
  await page.goto("/warga/antrian/baru");
  await page.getByRole("link", { name: /A · Layanan Umum/ }).filter({ hasText: "Kelurahan Pakansari" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "ditangguhkan sampai" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Anda tetap bisa mengambil nomor langsung di kantor");
  // No date to pick while suspended.
  await expect(page.getByTestId(/^day-/)).toHaveCount(0);
  await expectAccessible(page);
});
