import { expect, test } from "@playwright/test";
import { demo, login, uniqueNik } from "./fixtures";

// Issue 17 at the desk: Budi reports the death of someone outside his KK at the loket. The desk
// names that person (errors at the field); the receipt and the detail show them.

test.use({ viewport: { width: 1366, height: 768 } });

test("the desk files a death certificate for another person; the receipt and detail show that person", async ({ page }) => {
  test.setTimeout(90_000);
  const { nik } = uniqueNik("P");
  const name = `Sumarni ${Date.now().toString(36)}`;
  await login(page, demo.petugas);
  await page.goto("/petugas/permohonan/baru");
  await page.getByLabel("NIK pemohon").first().fill("3201011203850001");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByText(/Ditemukan: Budi Santoso/)).toBeVisible();
  await page.getByLabel(/^Layanan/).selectOption({ label: "Surat Keterangan Kematian" });
  // For a KK member the desk looks that person up; for anyone else it names them here.
  await page.getByLabel(/^Untuk orang lain di luar KK pemohon/).check();

  await page.getByLabel(/Tanggal meninggal/).fill("05/01/2026");
  await page.getByLabel(/Tempat meninggal/).fill("RSUD Cibinong");
  await page.getByLabel(/Sebab kematian/).selectOption("Sakit biasa/tua");
  for (const box of await page.getByLabel("Berkas asli diperiksa di loket (tanpa pindaian)").all()) await box.check();

  // Left empty, the person's fields are marked and nothing is sent.
  await page.getByRole("button", { name: "Ajukan dan cetak tanda terima" }).click();
  await expect(page.getByText("Permohonan belum terkirim.", { exact: false })).toBeVisible();
  await expect(page.getByText("Isi hubungan pemohon dengan orang ini.")).toBeVisible();
  await page.getByRole("textbox", { name: "Nama lengkap" }).fill(name);
  await page.getByRole("textbox", { name: "NIK", exact: true }).fill(nik);
  await page.getByLabel(/^Hubungan dengan pemohon/).fill("Ibu");
  await page.getByRole("button", { name: "Ajukan dan cetak tanda terima" }).click();
  await page.waitForURL(/\/tanda-terima$/);
  await expect(page.getByTestId("receipt-subject")).toHaveText(`${name} (${nik.slice(0, 4)}••••••••${nik.slice(-4)})`);

  await page.getByRole("link", { name: "Ke detail permohonan" }).click();
  await page.waitForURL(/\/petugas\/permohonan\/[^/]+$/);
  await expect(page.getByTestId("request-subject")).toContainText(name);
  await expect(page.getByTestId("request-subject")).toContainText(nik);
});
