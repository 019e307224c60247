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

// A closure typed with the wrong date is corrected in place: the list shows the new date and reason.
// Dates far ahead (and random) so the booking walks of the coming days are not closed.
test("the admin adds a closure and edits its date and reason", async ({ page }) => {
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-GB", { timeZone: "Asia/Jakarta" });
  const offset = 300 + Math.floor(Math.random() * 50);
  const [first, moved] = [at(offset), at(offset + 1)];
  const reason = `Kerja bakti ${offset}`;
  await login(page, demo.adminTengah);
  await page.goto("/admin/antrian");
  const closures = page.locator("section, div").filter({ has: page.getByRole("heading", { name: "Penutupan", exact: true }) }).last();
  const add = closures.locator("form").last();
  await add.getByRole("textbox", { name: "Tanggal" }).fill(first);
  await add.getByLabel("Alasan").fill(reason);
  await add.getByRole("button", { name: "Tambah" }).click();
  const row = closures.getByRole("listitem").filter({ hasText: reason });
  await expect(row).toContainText(first);

  await row.getByText("Ubah").click();
  await row.getByRole("textbox", { name: "Tanggal" }).fill(moved);
  await row.getByLabel("Alasan").fill(`${reason} (diundur)`);
  await row.getByRole("button", { name: "Simpan" }).click();
  const movedRow = closures.getByRole("listitem").filter({ hasText: `${reason} (diundur)` });
  await expect(movedRow).toContainText(moved);
  await expect(closures.getByRole("listitem").filter({ hasText: first })).toHaveCount(0);
  await expectAccessible(page);
});
