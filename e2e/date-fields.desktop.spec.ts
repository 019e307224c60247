import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// Dates in the admin, complaint and letter forms are typed day first (an English browser's mm/dd/yyyy
// never shows), read by the server the same way; a date that does not read is named at its field and
// what was typed stays (issue 17).

test("a queue closure is typed day first; a day that is not on the calendar is refused at the field", async ({ page }) => {
  await login(page, demo.adminTengah);
  await page.goto("/admin/antrian");
  const closures = page.locator("section, div").filter({ has: page.getByRole("heading", { name: "Penutupan", exact: true }) }).last();
  const date = closures.getByRole("textbox", { name: "Tanggal", exact: true });
  const reason = `Kerja bakti ${Math.floor(Math.random() * 1e6)}`;
  await date.fill("31/04/2031");
  await closures.getByRole("textbox", { name: "Alasan" }).fill(reason);
  await closures.getByRole("button", { name: "Tambah" }).click();
  await expect(closures.getByText("Tanggal tidak valid. Tulis tanggal/bulan/tahun, misalnya 17/08/2026")).toBeVisible();
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await expect(date).toHaveValue("31/04/2031");
  await expect(closures.getByRole("textbox", { name: "Alasan" })).toHaveValue(reason);
  await date.fill("30/04/2031");
  await closures.getByRole("button", { name: "Tambah" }).click();
  await expect(closures.getByRole("listitem").filter({ hasText: reason })).toContainText("30/04/2031");
  await expectAccessible(page);
});

test("the audit filter keeps a date that does not read and says so; a good one filters", async ({ page }) => {
  await login(page, demo.admin);
  await page.goto("/admin/audit?from=31%2F02%2F2026");
  const from = page.getByRole("textbox", { name: "Dari tanggal" });
  await expect(from).toHaveValue("31/02/2026");
  await expect(page.getByText("Tanggal tidak valid. Tulis tanggal/bulan/tahun, misalnya 17/08/2026.")).toBeVisible();
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await from.fill("01/11/2026");
  await page.getByRole("textbox", { name: "Sampai tanggal" }).fill("2026-11-30"); // a pasted ISO date reads too
  await page.getByRole("button", { name: "Terapkan filter" }).click();
  await expect(page).toHaveURL(/from=01%2F11%2F2026/);
  await expect(from).toHaveValue("01/11/2026");
  await expect(page.getByRole("textbox", { name: "Sampai tanggal" })).toHaveValue("30/11/2026");
  await expect(page.getByText("Tanggal tidak valid.", { exact: false })).toHaveCount(0);
});

test("the processing log period is typed day first and checked before the download", async ({ page }) => {
  await login(page, demo.admin);
  await page.goto("/admin/privasi");
  const from = page.getByRole("textbox", { name: "Dari", exact: true });
  const to = page.getByRole("textbox", { name: "Sampai", exact: true });
  await from.fill("01/11/2026");
  await to.fill("31/10/2026");
  await page.getByRole("button", { name: "Unduh CSV" }).click();
  await expect(page.getByText("Tanggal akhir tidak boleh sebelum tanggal awal.")).toBeVisible();
  await expect(to).toHaveValue("31/10/2026");
  await to.fill("30/11/2026");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("log-pemrosesan-2026-11-01-2026-11-30.csv");
});

test("a letter is looked up by its number and a date typed day first", async ({ page }) => {
  await page.goto("/verifikasi");
  const date = page.getByRole("textbox", { name: "Tanggal surat" });
  await page.getByRole("textbox", { name: "Nomor surat" }).fill("470/999/PEM/XII/2026");
  await date.fill("17/13/2026");
  await page.getByRole("button", { name: "Periksa" }).click();
  await expect(page.getByText("Isi tanggal surat sebagai tanggal/bulan/tahun, misalnya 17/08/2026.")).toBeVisible();
  await expect(date).toHaveValue("17/13/2026");
  await expect(date).toHaveAttribute("aria-invalid", "true");
  await date.fill("17/08/2026");
  await page.getByRole("button", { name: "Periksa" }).click();
  await expect(page.getByText("Surat dengan nomor dan tanggal itu tidak ditemukan.", { exact: false })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nomor surat" })).toHaveValue("470/999/PEM/XII/2026");
});
