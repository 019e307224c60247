import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible, login, demo } from "./fixtures";

// The whole life of a request across both sides: Budi applies on his phone; a staff member on a
// desktop verifies and asks for a correction (a second, stale tab gets a conflict); Budi fixes it;
// staff complete it with a PDF; Budi downloads the result and confirms receipt.

const BUDI = "3201011203850001";
const pdf = { name: "sk-domisili-budi.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };

async function png(name: string, colour = "#c8d6e5") {
  return { name, mimeType: "image/png", buffer: await sharp({ create: { width: 320, height: 200, channels: 3, background: colour } }).png().toBuffer() };
}

async function phone(browser: Browser) {
  const { defaultBrowserType: _ignored, ...pixel } = devices["Pixel 7"];
  const context = await browser.newContext({ ...pixel, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  return { context, page: await context.newPage() };
}

async function upload(page: Page, label: string, file: { name: string; mimeType: string; buffer: Buffer }, verb = "Pilih berkas") {
  await page.getByLabel(`${verb}: ${label}`).setInputFiles(file);
  await expect(page.getByRole("link", { name: file.name })).toBeVisible();
}

test("apply → verify → correction → fix → complete with PDF → download and confirm", async ({ page: staff, browser }) => {
  test.setTimeout(120_000);

  // Resident, phone: apply for a Surat Keterangan Domisili.
  const resident = await phone(browser);
  const r = resident.page;
  await login(r, BUDI);
  await r.goto("/layanan/kelurahan-pakansari/surat-keterangan-domisili");
  await r.getByRole("link", { name: "Ajukan permohonan" }).first().click();
  await r.getByRole("radio", { name: /Saya sendiri/ }).check();
  await r.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await r.waitForURL(/\/isi$/);
  await r.getByLabel(/Alamat tempat tinggal saat ini/).fill("Jl. Melati No. 7, RT 003/RW 005");
  await r.getByLabel(/Lama tinggal/).fill("12");
  await r.getByLabel(/Keperluan surat/).fill("Persyaratan kredit usaha");
  await r.getByLabel(/Keperluan surat/).blur();
  await expect(r.getByText("Tersimpan", { exact: true })).toBeVisible();
  await r.getByRole("button", { name: /Lanjut/ }).click();
  await upload(r, "Surat pengantar RT/RW", await png("pengantar-budi.png"));
  await upload(r, "Fotokopi KTP-el pemohon", await png("ktp-buram.png", "#999999"));
  await upload(r, "Fotokopi Kartu Keluarga (KK)", await png("kk-budi.png"));
  await r.getByRole("button", { name: /Lanjut/ }).click();
  await r.getByRole("button", { name: "Kirim permohonan" }).click();
  await r.waitForURL(/\/warga\/permohonan\/[^/?]+\?terkirim=1$/);
  const number = (await r.getByTestId("registration-number").textContent())!.trim();
  const residentUrl = r.url().replace(/\?.*$/, "");

  // Staff, desktop: find it by number, take it, and open a second tab that will go stale.
  await login(staff, demo.petugas);
  await staff.goto(`/petugas/permohonan?q=${encodeURIComponent(number)}`);
  const row = staff.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("Budi Santoso");
  await expect(row).toContainText("3201••••••••0001");
  // Domisili takes one working day, so a fresh request is on track or already due soon.
  await expect(row).toContainText(/Sesuai jadwal|Segera jatuh tempo/);
  await expectAccessible(staff);
  await row.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expect(staff.getByText(BUDI)).toBeVisible(); // the full NIK, on an audited page
  await staff.getByRole("button", { name: "Ambil (saya)" }).click();
  await expect(staff.getByText("Ditugaskan ke Dewi Lestari")).toBeVisible();
  const stale = await staff.context().newPage();
  await stale.goto(staff.url());
  await staff.getByRole("button", { name: "Verifikasi", exact: true }).click();
  await expect(staff.getByRole("heading", { name: "Minta perbaikan" })).toBeVisible();
  await expect(staff.getByText("Berkas diverifikasi").or(staff.getByText("Diverifikasi", { exact: true }).first())).toBeVisible();

  // The stale tab is told, and nothing is overwritten.
  await stale.getByRole("button", { name: "Verifikasi", exact: true }).click();
  await expect(stale.getByText(/baru saja diubah oleh petugas lain/)).toBeVisible();
  await stale.close();

  // Ask for a correction of the KTP scan: the SLA clock pauses.
  await staff.getByLabel("Persyaratan").selectOption({ label: "Fotokopi KTP-el pemohon" });
  await staff.getByLabel(/Yang harus diperbaiki/).fill("Foto KTP buram, mohon unggah ulang yang jelas");
  await staff.getByRole("button", { name: "Kirim permintaan perbaikan" }).click();
  await expect(staff.getByText("Dijeda", { exact: true }).first()).toBeVisible();
  await expect(staff.getByText(/SLA dijeda sejak/)).toBeVisible();
  await expectAccessible(staff);

  // Resident fixes the scan and resubmits.
  await r.goto(residentUrl);
  await expect(r.getByText("Foto KTP buram, mohon unggah ulang yang jelas")).toBeVisible();
  await r.getByRole("link", { name: "Perbaiki dan kirim ulang" }).click();
  await r.waitForURL(/\/isi$/);
  await r.getByRole("button", { name: /Dokumen/ }).first().click();
  await upload(r, "Fotokopi KTP-el pemohon", await png("ktp-jelas.png", "#ffffff"), "Ganti berkas");
  await r.getByRole("button", { name: /Periksa & kirim/ }).first().click();
  await r.getByRole("button", { name: "Kirim perbaikan" }).click();
  await r.waitForURL((url) => !url.pathname.endsWith("/isi"));
  await expect(r.getByText("Perbaikan dikirim").first()).toBeVisible();

  // Staff see it back, no longer paused, and complete it with the signed letter as PDF.
  await staff.reload();
  await expect(staff.getByText(/SLA dijeda sejak/)).toHaveCount(0);
  await staff.getByRole("button", { name: "Verifikasi", exact: true }).click();
  await expect(staff.getByRole("button", { name: "Mulai proses" })).toBeVisible();
  await staff.getByRole("button", { name: "Mulai proses" }).click();
  await expect(staff.getByRole("heading", { name: "Selesaikan" })).toBeVisible();
  await staff.getByLabel(/Dokumen hasil \(PDF/).setInputFiles(pdf);
  await staff.getByLabel("Catatan untuk warga (opsional)").last().fill("Surat sudah ditandatangani Lurah.");
  await staff.getByRole("button", { name: "Selesaikan" }).click();
  await expect(staff.getByRole("link", { name: pdf.name })).toBeVisible();
  for (const step of ["Diverifikasi", "Diminta perbaikan", "Mulai diproses", "Selesai"]) {
    await expect(staff.getByText(step, { exact: true }).first()).toBeVisible();
  }

  // Resident downloads the result and confirms receipt.
  await r.goto(residentUrl);
  await expect(r.getByText("Permohonan selesai")).toBeVisible();
  const [download] = await Promise.all([r.waitForEvent("download"), r.getByRole("link", { name: /Unduh hasil/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  await r.getByRole("button", { name: "Saya sudah menerima hasilnya" }).click();
  await expect(r.getByText(/Hasil diterima/).first()).toBeVisible();
  await resident.context.close();
});
