import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { demo, expectAccessible, login, uniqueNik } from "./fixtures";

// A walk-in at the Balai RW 05 post: the officer records a resident without an account, files a
// Surat Keterangan Domisili with scans of the papers, and prints the receipt.

test("a walk-in request at the Balai RW post gets a number, a due date and a printable receipt", async ({ page }) => {
  const scan = { name: "scan.png", mimeType: "image/png", buffer: await sharp({ create: { width: 400, height: 260, channels: 3, background: "#eeeeee" } }).png().toBuffer() };
  const { nik, birthDate } = uniqueNik("P");

  await login(page, demo.petugasRw);
  await page.goto("/petugas/permohonan/baru");
  await expect(page.getByRole("heading", { level: 1, name: /Layanan loket/ })).toBeVisible();
  await expect(page.getByLabel(/^Kanal/)).toHaveValue("POS_RW");

  // Not registered yet: record her from the KTP and KK.
  await page.getByLabel("NIK pemohon").first().fill(nik);
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByText(/NIK belum terdaftar di kantor ini/)).toBeVisible();
  await page.getByLabel(/^Nomor KK/).fill("3201010101159999");
  await page.getByLabel(/Nama lengkap/).fill("Sumarni Walk-in");
  await page.getByLabel(/Tempat lahir/).fill("Bogor");
  await page.getByLabel(/Tanggal lahir/).fill(birthDate);
  await page.getByLabel(/Jenis kelamin/).selectOption("P");
  await page.getByRole("textbox", { name: "Alamat", exact: true }).fill("Gg. Balai RW No. 5");
  await page.getByRole("textbox", { name: "RT", exact: true }).fill("4");
  await page.getByRole("textbox", { name: "RW", exact: true }).fill("5");
  await page.getByLabel(/Kelurahan\/desa/).fill("Pakansari");

  await page.getByLabel(/^Layanan/).selectOption({ label: "Surat Keterangan Domisili" });
  await page.getByLabel(/Alamat tempat tinggal saat ini/).fill("Gg. Balai RW No. 5, RT 004/RW 005");
  // English notation reads two ways: refused at the field with the same words as on the web.
  await page.getByLabel(/Lama tinggal/).fill("1.5");
  await page.getByLabel(/Keperluan surat/).fill("Mendaftar sekolah anak");

  // A missing scan is named at its field, and nothing typed is lost.
  await page.getByRole("button", { name: /Ajukan dan cetak/ }).click();
  await expect(page.getByText(/Permohonan belum terkirim/)).toBeVisible();
  await expect(page.getByText("Gunakan titik untuk ribuan dan koma untuk desimal, misalnya 1.500.000 atau 2,5.")).toBeVisible();
  await expect(page.getByLabel(/Keperluan surat/)).toHaveValue("Mendaftar sekolah anak");
  await expect(page.getByLabel(/Lama tinggal/)).toHaveValue("1.5");
  await expectAccessible(page);
  await page.getByLabel(/Lama tinggal/).fill("3");

  for (const input of await page.locator('input[type="file"][data-requirement]').all()) await input.setInputFiles(scan);
  await page.getByRole("button", { name: /Ajukan dan cetak/ }).click();
  await page.waitForURL(/\/petugas\/permohonan\/[^/]+\/tanda-terima$/);

  const number = (await page.getByTestId("receipt-number").textContent())!.trim();
  expect(number).toMatch(/^PKS\/\d{4}\/\d{6}$/);
  await expect(page.getByText("Sumarni Walk-in")).toBeVisible();
  await expect(page.getByText(`${nik.slice(0, 4)}••••••••${nik.slice(-4)}`)).toBeVisible();
  await expect(page.getByText("Pos Layanan Balai RW 05 Pakansari")).toBeVisible();
  await expect(page.getByTestId("receipt-due")).not.toHaveText("—");
  await expectAccessible(page);
  // On paper: no app header or buttons, only the receipt.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header").or(page.locator("header").first())).toBeHidden();
  await expect(page.getByRole("button", { name: "Cetak" })).toBeHidden();
  await expect(page.getByTestId("receipt-number")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // The queue knows its channel and who entered it.
  await page.goto(`/petugas/permohonan?channel=POS_RW&q=${encodeURIComponent(number)}`);
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("Pos RW");
  await row.getByRole("link", { name: number }).click();
  await expect(page.getByText("Yanti (Pos RW 05)").first()).toBeVisible();
});

test("a counter officer without an RW post cannot choose the POS_RW channel", async ({ page }) => {
  await login(page, demo.petugas);
  await page.goto("/petugas/permohonan/baru");
  const channel = page.getByLabel(/^Kanal/);
  await expect(channel).toHaveValue("LOKET");
  await expect(channel.locator("option[value=POS_RW]")).toHaveCount(0);
});
