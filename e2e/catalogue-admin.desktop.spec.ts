import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// An admin publishes a new service, adds a requirement, edits the fee; the public page follows and
// the history names who changed what.

test("admin creates a service with a requirement and sees the change history", async ({ page }) => {
  const slug = `sk-uji-${Date.now().toString(36)}`;
  await login(page, demo.admin);
  await page.goto("/admin/layanan");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tambah layanan" }).click();

  await page.getByLabel(/^Nama layanan/).fill("Surat Keterangan Belum Menikah");
  await page.getByLabel(/^Alamat halaman/).fill(slug);
  await page.getByLabel(/^Ringkasan/).fill("Keterangan status belum pernah menikah.");
  await page.getByLabel(/^Unit penanggung jawab/).selectOption({ label: "Seksi Pemerintahan" });
  await page.getByLabel(/^Produk pelayanan/).fill("Surat Keterangan Belum Menikah");
  await page.getByLabel(/^Prosedur/).fill("Ajukan permohonan\nVerifikasi berkas\nPenandatanganan");
  await page.getByLabel(/^Penanganan pengaduan/).fill("Sampaikan melalui menu Pengaduan.");
  await page.getByRole("button", { name: "Simpan layanan" }).click();
  await page.waitForURL(/\/admin\/layanan\/(?!baru)[^/]+$/);

  await page.getByRole("link", { name: "Tambah persyaratan" }).click();
  await page.getByLabel(/^Nama persyaratan/).fill("Fotokopi KTP-el");
  await page.getByLabel(/^Kode/).fill("fotokopi_ktp");
  await page.getByRole("button", { name: "Simpan persyaratan" }).click();
  await expect(page.getByRole("link", { name: /Fotokopi KTP-el/ })).toBeVisible();

  await page.getByLabel(/^Biaya \(Rp\)/).fill("10.000");
  await page.getByRole("button", { name: "Simpan layanan" }).click();
  await expect(page.getByText("Perubahan disimpan.")).toBeVisible();

  // "Untuk siapa" (issue 17): none ticked is refused at the group; then not for oneself, but for another person.
  const targets = page.getByRole("group", { name: "Untuk siapa layanan ini" });
  await targets.getByLabel("Diri sendiri (pemohon)").uncheck();
  await targets.getByLabel("Anggota keluarga satu KK").uncheck();
  await page.getByRole("button", { name: "Simpan layanan" }).click();
  await expect(targets.getByText("Pilih paling sedikit satu.", { exact: true })).toBeVisible();
  await targets.getByLabel(/^Orang lain di luar KK/).check();
  await page.getByRole("button", { name: "Simpan layanan" }).click();
  await expect(page.getByText("Perubahan disimpan.")).toBeVisible();

  await page.getByRole("link", { name: "Riwayat perubahan" }).click();
  // Before → after, in Rupiah (issue 17), not only "Diubah: biaya".
  await expect(page.getByText(/biaya: Rp\s?0 → Rp\s?10\.000/)).toBeVisible();
  await expect(page.getByText("Persyaratan ditambah: Fotokopi KTP-el")).toBeVisible();
  await expect(page.getByText("untuk siapa: diri sendiri, anggota KK → orang lain")).toBeVisible();
  await expect(page.getByText("Standar pertama kali diterbitkan.")).toBeVisible();
  await expect(page.getByText(/oleh Rina Operator/).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Kembali/ }).click();
  await page.getByRole("link", { name: "Lihat halaman publik" }).click();
  await expect(page).toHaveURL(new RegExp(`/layanan/kelurahan-pakansari/${slug}$`));
  await expect(page.getByText(/Rp\s?10\.000/)).toBeVisible();
  await expect(page.getByText("Fotokopi KTP-el")).toBeVisible();
  await expect(page.getByTestId("std-targets")).toHaveText(/^Dapat diajukan untuk: orang lain di luar KK/);
});
