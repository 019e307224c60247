import { expect, test } from "@playwright/test";
import { holdOfficeQueue, withDb } from "./db";
import { demo, expectAccessible, login } from "./fixtures";

// Issue #11 item 4: the entrance kiosk. A tablet signed in as the office's staff opens it from the
// loket page; a visitor picks the lane and the service, gets a number, and it prints (the only
// thing on the printout is the ticket). The number then waits at the loket with its lane.

// Kelurahan Tengah's queue is also used by antrian-{reconnect,kiosk,camera}: one spec at a time.
let release: (() => Promise<void>) | undefined;
test.describe.configure({ timeout: 240_000 });
test.beforeEach(async () => void (release = await holdOfficeQueue("kelurahan-tengah")));
test.afterEach(async () => {
  // Whatever happened, no number of this spec is left waiting for the next spec's "call next".
  await withDb((c) => c.query("UPDATE queue_tickets SET status = 'DONE', finished_at = now() WHERE status = 'WAITING' AND priority = 'LANSIA' AND office_id = (SELECT id FROM offices WHERE slug = 'kelurahan-tengah')"));
  await release?.();
});

test("the kiosk issues a priority number that prints alone and waits at the loket", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await login(page, demo.petugasTengah);
  await page.goto("/petugas/antrian");
  await page.getByRole("link", { name: /kios/i }).click();
  await expect(page).toHaveURL(/\/kios\/kelurahan-tengah$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ambil nomor antrean" })).toBeVisible();
  // Visitors see no staff menu at the kiosk.
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("radio", { name: "Lansia" }).check();
  await page.getByRole("button", { name: /^A\b/ }).click();
  const number = (await page.getByTestId("walkin-number").textContent())!.trim();
  expect(number).toMatch(/^A-\d{3}$/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // The lane goes back to regular for the next visitor.
  await expect(page.getByRole("radio", { name: "Umum" })).toBeChecked();

  // On paper: the ticket, not the buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("walkin-number")).toBeVisible();
  await expect(page.getByRole("button", { name: /^A\b/ })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Another office's kiosk address is not this tablet's.
  expect((await page.goto("/kios/kelurahan-pakansari"))?.status()).toBe(404);

  // The loket's waiting list shows the number in the priority lane.
  await page.goto("/petugas/antrian");
  await expect(page.getByRole("combobox", { name: new RegExp(`${number}$`) })).toHaveValue("LANSIA");

});
