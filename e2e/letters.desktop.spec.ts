import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { devices, expect, test, type Browser } from "@playwright/test";
import jsQR from "jsqr";
import sharp from "sharp";
import { freshResident } from "./db";
import { applyForDomisili, demo, expectAccessible, login } from "./fixtures";

// Issue 12 end to end: a resident of the spec's own (Rina Lestari, e2e/db.ts) applies for a Surat
// Keterangan Domisili on her phone; staff generate the letter from the template; the Lurah approves
// it; she downloads it; the QR printed in the PDF opens
// the public verification page signed out (valid, masked NIK); after the Lurah revokes it, the same
// URL says revoked.

async function phone(browser: Browser) {
  const { defaultBrowserType: _ignored, ...pixel } = devices["Pixel 7"];
  const context = await browser.newContext({ ...pixel, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  return { context, page: await context.newPage() };
}

/** Renders page 1 of the PDF with poppler's pdftoppm and decodes the QR code with jsQR. */
async function qrFromPdf(pdfPath: string): Promise<string> {
  const prefix = path.join(path.dirname(pdfPath), "page");
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix]);
  const { data, info } = await sharp(`${prefix}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
  if (!code) throw new Error("no QR code found in the letter");
  return code.data;
}

test("generate → approve → resident downloads → QR verifies valid → revoke → QR says revoked", async ({ page: staff, browser }) => {
  test.setTimeout(240_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "letter-e2e-"));

  // Rina, phone: a fresh Surat Keterangan Domisili request of her own (her own account, so no other
  // spec resumes or submits the draft).
  const resident = await phone(browser);
  const r = resident.page;
  const rina = await freshResident("Rina Lestari");
  const maskedNik = `${rina.nik.slice(0, 4)}••••••••${rina.nik.slice(-4)}`;
  await login(r, rina.nik);
  const { number, url: residentUrl } = await applyForDomisili(r);

  // Staff, desktop: verify, process, complete with a letter from the template.
  await login(staff, demo.petugas);
  await staff.goto(`/petugas/permohonan?q=${encodeURIComponent(number)}`);
  await staff.getByRole("row").filter({ hasText: number }).getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: number })).toBeVisible();
  const requestUrl = staff.url();
  await staff.getByRole("button", { name: "Verifikasi", exact: true }).click();
  await staff.getByRole("button", { name: "Mulai proses" }).click();
  await expect(staff.getByRole("heading", { name: "Selesaikan" })).toBeVisible();
  await staff.getByRole("radio", { name: "Buat surat dari templat" }).check();
  await staff.getByRole("button", { name: "Selesaikan" }).click();
  await expect(staff.getByText("Menunggu persetujuan").first()).toBeVisible();
  await expectAccessible(staff);

  // The Lurah approves it from the approval queue.
  const lurahContext = await browser.newContext({ ...devices["Desktop Chrome"], locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const lurah = await lurahContext.newPage();
  await login(lurah, demo.lurah);
  await lurah.goto("/pimpinan/persetujuan");
  const card = lurah.getByRole("listitem").filter({ hasText: number });
  await expect(card).toContainText("Rina Lestari");
  await expect(card).toContainText(maskedNik);
  await expectAccessible(lurah);
  await card.getByRole("button", { name: "Setujui dan terbitkan" }).click();
  await expect(lurah.getByText(/Surat terbit dengan nomor 470\/\d{3}\/PEM\/[IVX]+\/\d{4}/)).toBeVisible({ timeout: 30_000 });
  // The confirmation is part of the page (it survives a reload) and leads to the issued letter.
  await lurah.reload();
  await expect(lurah.getByText(/Surat terbit dengan nomor 470\//)).toBeVisible();
  await expect(lurah.getByRole("listitem").filter({ hasText: number })).toHaveCount(0);

  // Rina downloads the letter on her phone.
  await r.goto(residentUrl);
  await expect(r.getByText("Permohonan selesai")).toBeVisible();
  const [download] = await Promise.all([r.waitForEvent("download"), r.getByRole("link", { name: /Unduh hasil/ }).click()]);
  const pdfPath = path.join(tmp, "surat.pdf");
  await download.saveAs(pdfPath);
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", [pdfPath, "-"]).toString();
  expect(text).toContain("Pembukaan rekening – Bank Jabar");
  expect(text).toContain("diverifikasi dengan kode QR");

  // The QR printed in the PDF, opened by someone who is not signed in.
  const url = await qrFromPdf(pdfPath);
  expect(url).toMatch(/\/verifikasi\/[A-Za-z0-9_-]{24}$/);
  const visitor = await phone(browser);
  const v = visitor.page;
  await v.goto(url);
  await expect(v.getByTestId("letter-status")).toHaveAttribute("data-status", "valid");
  await expect(v.getByText("Surat ini SAH")).toBeVisible();
  await expect(v.getByTestId("masked-nik")).toHaveText(maskedNik);
  await expect(v.getByText("R*** L******")).toBeVisible();
  await expect(v.getByText(rina.nik)).toHaveCount(0);
  await expectAccessible(v);
  // The downloaded file matches the stored hash; a copy with one changed byte does not.
  await v.getByLabel("Berkas PDF surat").setInputFiles(pdfPath);
  await v.getByRole("button", { name: "Cocokkan" }).click();
  await expect(v.getByTestId("file-check-result")).toHaveText("Dokumen ini sama dengan yang diterbitkan.");
  const changed = fs.readFileSync(pdfPath);
  changed[Math.floor(changed.length / 2)] ^= 0x01;
  await v.getByLabel("Berkas PDF surat").setInputFiles({ name: "surat-ubah.pdf", mimeType: "application/pdf", buffer: changed });
  await v.getByRole("button", { name: "Cocokkan" }).click();
  await expect(v.getByTestId("file-check-result")).toContainText("Dokumen ini berbeda");

  // A link preview or crawler that fetches the page without running it is not a check.
  expect((await v.request.get(url)).ok()).toBe(true);

  // The Lurah revokes it; the same URL now says revoked, with the reason. The checks were counted.
  await lurah.goto(requestUrl);
  await lurah.getByRole("link", { name: "Buka", exact: true }).first().click();
  await expect(lurah.getByTestId("verify-count")).toHaveText("3");
  await lurah.getByLabel(/Alasan/).fill("Alamat domisili keliru");
  await lurah.getByRole("button", { name: "Cabut surat" }).click();
  await expect(lurah.getByText("Surat dicabut.")).toBeVisible();
  await v.goto(url);
  await expect(v.getByTestId("letter-status")).toHaveAttribute("data-status", "revoked");
  await expect(v.getByText("Surat ini DICABUT")).toBeVisible();
  await expect(v.getByText("Alasan: Alamat domisili keliru")).toBeVisible();

  await visitor.context.close();
  await resident.context.close();
  await lurahContext.close();
});
