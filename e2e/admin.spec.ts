import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

test("an admin creates a staff account whose owner sets the password through the one-time link", async ({ page, browser }) => {
  const suffix = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `petugas.${suffix}@pakansari.go.id`;
  await login(page, demo.admin);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/pengguna");
  await expect(page.getByRole("heading", { name: "Pengguna" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tambah petugas" }).click();
  await page.getByLabel(/^Nama/).fill(`Petugas Uji ${suffix}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("checkbox", { name: /Seksi Pemerintahan/ }).check();
  await page.getByRole("checkbox", { name: /Loket Pelayanan/ }).check();
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Akun dibuat.")).toBeVisible();
  const link = await page.getByLabel("Tautan atur ulang kata sandi").inputValue();
  expect(link).toMatch(/\/reset-sandi\/[A-Za-z0-9_-]{43}$/);

  // The new staff member, in their own browser, sets a password and signs in.
  const context = await browser.newContext();
  const staff = await context.newPage();
  await staff.goto(link);
  await staff.getByLabel(/^Kata sandi baru/).fill("sandi-petugas-1");
  await staff.getByLabel("Ulangi kata sandi baru").fill("sandi-petugas-1");
  await staff.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(staff.getByText("Kata sandi baru sudah disimpan")).toBeVisible();
  await staff.goto(link);
  await expect(staff.getByText("Tautan ini sudah dipakai")).toBeVisible();
  await login(staff, email, "sandi-petugas-1");
  await expect(staff).toHaveURL(/\/petugas$/);
  await context.close();

  // Back as admin: the account is listed and can be deactivated.
  await page.goto(`/admin/pengguna?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: `Petugas Uji ${suffix}` }).click();
  await page.getByRole("button", { name: "Nonaktifkan akun" }).click();
  await expect(page.getByRole("button", { name: "Aktifkan kembali" })).toBeVisible();
});

test("an admin edits the office hours and adds an office holiday", async ({ page }) => {
  await login(page, demo.adminTengah);
  await page.goto("/admin/hari-libur?tahun=2031");
  await page.getByLabel("Jam tutup").fill("07:00");
  await page.getByRole("button", { name: "Simpan jam layanan" }).click();
  await expect(page.getByText("Jam tutup harus setelah jam buka.")).toBeVisible();
  await page.getByLabel("Jam tutup").fill("15:30");
  await page.getByRole("button", { name: "Simpan jam layanan" }).click();
  await expect(page.getByText("Jam layanan tersimpan.")).toBeVisible();

  // Typed day first, whatever the browser's language; a day that is not on the calendar is named at
  // the field and what was typed stays.
  const date = page.getByRole("textbox", { name: "Tanggal", exact: true });
  await date.fill("31/02/2031");
  await page.getByLabel("Keterangan").fill("Hari jadi kelurahan");
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await expect(page.getByText("Tanggal tidak valid. Tulis tanggal/bulan/tahun, misalnya 17/08/2026.")).toBeVisible();
  await expect(date).toHaveValue("31/02/2031");
  await expect(page.getByLabel("Keterangan")).toHaveValue("Hari jadi kelurahan");
  await date.fill("03/03/2031");
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Hari jadi kelurahan" })).toContainText("Sen, 3 Maret");
  await expectAccessible(page);
});

test("the admin home, office and audit pages work and pass axe", async ({ page }) => {
  await login(page, demo.admin);
  await expect(page.getByRole("heading", { name: "Beranda admin" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/kantor");
  await expect(page.getByText("Kantor Anda", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Log audit" })).toBeVisible();
  await expectAccessible(page);
  for (const [path, heading] of [["/admin/kantor/unit", "Unit kerja"], ["/admin/kantor/pos-layanan", "Pos layanan"], ["/petugas/warga", "Data warga"]]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
});
