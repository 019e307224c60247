import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

// The catalogue is public: anyone reads the published Standar Pelayanan without signing in.

test("signed out, a visitor browses an office's services and reads a full service standard", async ({ page }) => {
  await page.goto("/layanan");
  await expect(page.getByRole("heading", { level: 1, name: "Layanan" })).toBeVisible();
  await expect(page.getByText(/Kelurahan · Kelurahan/)).toHaveCount(0); // the office's name once (issue 17)
  await expectAccessible(page);

  await page.getByRole("link", { name: /^Kelurahan Pakansari/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Layanan Kelurahan Pakansari" })).toBeVisible();
  for (const name of ["Surat Pengantar ke Disdukcapil", "Surat Keterangan Domisili", "Surat Keterangan Usaha", "Surat Pengantar PBG/IMB", "Surat Keterangan Tidak Mampu", "Surat Pengantar Nikah", "Surat Keterangan Kematian"]) {
    await expect(page.getByRole("link", { name: new RegExp(name.replace(/[()/]/g, ".")) })).toBeVisible();
  }
  await expectAccessible(page);

  await page.getByRole("link", { name: /Surat Pengantar Nikah/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Surat Pengantar Nikah" })).toBeVisible();
  for (const heading of [
    "1. Persyaratan",
    "2. Sistem, mekanisme, dan prosedur",
    "3. Jangka waktu penyelesaian",
    "4. Biaya/tarif",
    "5. Produk pelayanan",
    "6. Penanganan pengaduan, saran, dan masukan",
    "Unit penanggung jawab",
  ]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByText("Pas foto 2x3")).toBeVisible();
  await expect(page.getByText("2 hari kerja")).toBeVisible();
  await expect(page.getByText("Gratis").first()).toBeVisible();
  await expect(page.getByText("Seksi Kesejahteraan Sosial, Kelurahan Pakansari")).toBeVisible();
  await expectAccessible(page);

  // Applying needs an account: the visitor is sent to the login page and brought back afterwards.
  await page.getByRole("link", { name: "Ajukan permohonan" }).first().click();
  await expect(page).toHaveURL(/\/masuk/);
});

test("a paid service shows its fee in Rupiah, a counter service its minutes", async ({ page }) => {
  await page.goto("/layanan/kelurahan-tengah/peminjaman-aula");
  await expect(page.getByText(/Rp\s?150\.000/)).toBeVisible();
  await page.goto("/layanan/kelurahan-tengah/legalisasi-dokumen");
  await expect(page.getByText("15 menit")).toBeVisible();
  // The (publik) loading boundary streams the shell first, so the not-found page arrives with
  // status 200 and a noindex tag (Next's streaming behaviour); the page itself is the 404 page.
  await page.goto("/layanan/kelurahan-tengah/tidak-ada");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});
