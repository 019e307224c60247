import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { copyOfRequest } from "./db";
import { demo, expectAccessible, login } from "./fixtures";

// Uses copies (own id and number, same history and files: e2e/db.ts) of the seeded requests of Siti
// (prisma/seed/requests.ts): an SKTM the office sent back for correction, and a completed Surat
// Keterangan Domisili with an electronic result. Each attempt takes its own copy through the
// one-way step.

test("Siti fixes exactly what the office asked for and resubmits; the old file stays in the history", async ({ page }) => {
  const sent = await copyOfRequest({ nik: demo.siti, service: "surat-keterangan-tidak-mampu", status: "NEEDS_CORRECTION" });
  await login(page, demo.siti);
  // Home says what to do, and leads straight to it.
  await page.goto("/warga");
  const banner = page.getByTestId("todo-correction").filter({ hasText: sent.number });
  await expect(banner).toContainText("Perlu perbaikan");
  await banner.getByRole("link", { name: "Perbaiki sekarang" }).click();
  await page.waitForURL(new RegExp(`/warga/permohonan/${sent.id}/isi$`));
  await expect(page.getByText("Yang perlu diperbaiki")).toBeVisible();
  await expect(page.getByText(/Foto KK terpotong/).first()).toBeVisible();
  await expectAccessible(page);

  // Sending without replacing the flagged file is refused with the reason.
  await page.getByRole("button", { name: "Kirim perbaikan" }).click();
  await expect(page.getByText("Ganti dulu berkas yang diminta petugas.")).toBeVisible();

  await page.getByRole("button", { name: /2\. Dokumen/ }).click();
  const kk = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#eeeeee" } }).png().toBuffer();
  await page.getByLabel("Ganti berkas: Fotokopi Kartu Keluarga (KK)").setInputFiles({ name: "kk-lengkap.png", mimeType: "image/png", buffer: kk });
  await expect(page.getByTestId("doc-fotokopi_kk")).toContainText("Sudah diganti");
  await page.getByRole("button", { name: /3\. Periksa/ }).click();
  await page.getByRole("button", { name: "Kirim perbaikan" }).click();
  await page.waitForURL(/\?terkirim=1$/);

  await expect(page.getByText("Diajukan").first()).toBeVisible();
  await expect(page.getByText("Perbaikan dikirim")).toBeVisible();
  await expect(page.getByText("Perlu perbaikan").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "kk-lengkap.png" })).toBeVisible();
  await expect(page.getByText(/versi sebelumnya/)).toBeVisible();
  // Internal staff notes never reach the resident.
  await expect(page.getByText("Berkas dicek silang")).toHaveCount(0);
  // Home now says the correction is on its way.
  await page.goto("/warga");
  await expect(page.getByTestId("todo-resent").filter({ hasText: sent.number })).toContainText("Perbaikan terkirim");
  await expect(page.getByTestId("todo-correction").filter({ hasText: sent.number })).toHaveCount(0);
});

test("Siti downloads the result of a completed request and confirms receipt", async ({ page }) => {
  const done = await copyOfRequest({ nik: demo.siti, service: "surat-keterangan-domisili", status: "COMPLETED" });
  await login(page, demo.siti);
  await page.goto(`/warga/permohonan/${done.id}`);
  await expect(page.getByRole("heading", { name: "Permohonan selesai" })).toBeVisible();
  const download = page.getByRole("link", { name: /Unduh hasil/ });
  const href = (await download.getAttribute("href"))!;
  const file = await page.context().request.get(href);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="Surat-Keterangan-Domisili-PKS-\d{4}-\d{6}\.pdf"/);
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Saya sudah menerima hasilnya" }).click();
  await expect(page.getByText(/Hasil diterima/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText("Hasil diterima pemohon")).toBeVisible();
  await expect(page.getByRole("button", { name: "Saya sudah menerima hasilnya" })).toHaveCount(0);
});
