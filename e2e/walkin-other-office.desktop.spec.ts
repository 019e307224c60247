import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { demo, expectAccessible, login } from "./fixtures";

// Issue 17: Ahmad Fauzi is registered at Kelurahan Tengah but lives in Pakansari. At the Pakansari
// loket the officer confirms he is present (name as on the KTP, a reason), sees only his name and
// masked NIK, files a Surat Keterangan Domisili, and the request's history says why.

test("the Pakansari loket files a Surat Keterangan Domisili for a resident registered at Kelurahan Tengah", async ({ page, browser }) => {
  const scan = { name: "scan.png", mimeType: "image/png", buffer: await sharp({ create: { width: 400, height: 260, channels: 3, background: "#eeeeee" } }).png().toBuffer() };
  const reason = "Tinggal di Gg. Melati RT 003/RW 005 Pakansari sejak Maret, perlu surat domisili untuk kerja";

  await login(page, demo.petugas);
  await page.goto("/petugas/permohonan/baru");
  await page.getByLabel("NIK pemohon").first().fill(demo.ahmad);
  await page.getByRole("button", { name: "Cari" }).click();
  const panel = page.getByRole("group", { name: "Warga terdaftar di kantor lain" });
  await expect(panel.getByText(/terdaftar di kantor lain/).first()).toBeVisible();

  // A wrong name: the same answer as before, nothing more.
  await page.getByLabel(/Nama lengkap \(sesuai KTP\)/).fill("Ahmad Fauzy");
  await page.getByLabel(/Alasan dilayani di kantor ini/).fill(reason);
  await page.getByRole("button", { name: "Konfirmasi warga hadir" }).click();
  // The refusal joins the look-up's message (a click before hydration can show the look-up's twice).
  await expect(panel.getByText(/terdaftar di kantor lain/).nth(1)).toBeVisible();
  await expect(page.getByText(/Warga hadir:/)).toHaveCount(0);

  // No reason: refused at the field, the name stays typed.
  await page.getByLabel(/Nama lengkap \(sesuai KTP\)/).fill("ahmad  fauzi");
  await page.getByLabel(/Alasan dilayani di kantor ini/).fill("");
  await page.getByRole("button", { name: "Konfirmasi warga hadir" }).click();
  await expect(page.getByText("Alasan wajib diisi.")).toBeVisible();
  await expect(page.getByLabel(/Nama lengkap \(sesuai KTP\)/)).toHaveValue("ahmad  fauzi");

  await page.getByLabel(/Alasan dilayani di kantor ini/).fill(reason);
  await page.getByRole("button", { name: "Konfirmasi warga hadir" }).click();
  await expect(page.getByText("Warga hadir: Ahmad Fauzi")).toBeVisible();
  await expect(page.getByText("NIK 3201••••••••0003 · terdaftar di Kelurahan Tengah")).toBeVisible();
  // Nothing of Tengah's profile: no phone, e-mail or address.
  await expect(page.getByText(/081234560003|ahmad@contoh\.id|Tegar Beriman/)).toHaveCount(0);
  await page.getByLabel(/^Nomor HP/).fill("081311112222");
  await expectAccessible(page);

  await page.getByLabel(/^Layanan/).selectOption({ label: "Surat Keterangan Domisili" });
  await page.getByLabel(/Alamat tempat tinggal saat ini/).fill("Gg. Melati, RT 003/RW 005 Pakansari");
  await page.getByLabel(/Lama tinggal/).fill("1");
  await page.getByLabel(/Keperluan surat/).fill("Melamar kerja");
  for (const input of await page.locator('input[type="file"][data-requirement]').all()) await input.setInputFiles(scan);
  await page.getByRole("button", { name: /Ajukan dan cetak/ }).click();
  await page.waitForURL(/\/petugas\/permohonan\/[^/]+\/tanda-terima$/);
  await expect(page.getByText(/Ahmad Fauzi/).first()).toBeVisible();

  // The detail page: the minimum of the resident, the desk's contact, and the history entry with the reason.
  const detailUrl = page.url().replace(/\/tanda-terima$/, "");
  await page.goto(detailUrl);
  await expect(page.getByText(/Warga ini terdaftar di Kelurahan Tengah/)).toBeVisible();
  await expect(page.getByText("3201••••••••0003")).toBeVisible();
  await expect(page.getByText("081311112222")).toBeVisible();
  await expect(page.getByText(/081234560003|ahmad@contoh\.id|Tegar Beriman|3201010202160004/)).toHaveCount(0);
  await expect(page.getByText("Diajukan untuk warga kantor lain")).toBeVisible();
  await expect(page.getByText("Diajukan di loket Kelurahan Pakansari untuk warga terdaftar di Kelurahan Tengah")).toBeVisible();
  await expect(page.getByText(`Alasan: ${reason}`)).toBeVisible();
  await expectAccessible(page);

  // The request is Pakansari's: the officer of Tengah gets "not found".
  const context = await browser.newContext();
  const tengah = await context.newPage();
  await login(tengah, demo.petugasTengah);
  await tengah.goto(detailUrl);
  await expect(tengah.getByRole("heading", { name: "Permohonan tidak ditemukan." })).toBeVisible();
  await expect(tengah.getByText("Ahmad Fauzi")).toHaveCount(0);
  await context.close();
});
