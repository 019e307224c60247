import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// The office admin sets up lokets in the browser: adds one (a number already used is refused in
// words), takes it out of service and back. Kelurahan Tengah's admin and a loket of its own, so the
// Pakansari queue walks running beside it keep their lokets.
test("the admin adds a loket, is told when its number is taken, and takes it out of service and back", async ({ page }) => {
  const number = 40 + Math.floor(Math.random() * 59);
  await login(page, demo.adminTengah);
  await page.goto("/admin/antrian");
  const counters = page.locator("section, div").filter({ has: page.getByRole("heading", { name: "Loket", exact: true }) }).last();
  await counters.getByLabel("Nomor loket").fill(String(number));
  await counters.getByRole("button", { name: "Tambah" }).click();
  const row = counters.getByRole("listitem").filter({ hasText: new RegExp(`^Nomor loket ${number} ·`) });
  await expect(row).toBeVisible();

  await counters.getByLabel("Nomor loket").fill(String(number));
  await counters.getByRole("button", { name: "Tambah" }).click();
  await expect(counters.getByRole("alert")).toHaveText("Nomor loket ini sudah ada.");

  await row.getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(row.getByText("tidak aktif")).toBeVisible();
  await expectAccessible(page);
  await row.getByRole("button", { name: "Aktifkan lagi" }).click();
  await expect(row.getByText("tidak aktif")).toHaveCount(0);
  await expect(row.getByRole("button", { name: "Nonaktifkan" })).toBeVisible();
});
