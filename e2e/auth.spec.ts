import { expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, login, uniqueNik } from "./fixtures";

/** A unique mobile number and e-mail for a resident created by this test run. */
function uniqueContact() {
  const digits = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-10);
  return { phone: `08${digits}`, email: `warga${digits}@contoh.id` };
}

async function logout(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await page.waitForURL((url) => url.pathname === "/");
}

test("a resident registers, logs out, logs in, changes the password and logs in with the new one", async ({ page }) => {
  const { nik, birthDate } = uniqueNik("P");
  const { phone, email } = uniqueContact();
  await page.goto("/daftar");
  await expect(page.getByRole("heading", { name: "Pemberitahuan privasi" })).toBeVisible();
  await page.getByLabel(/^NIK/).fill(nik);
  await page.getByLabel("Nomor Kartu Keluarga (KK)").fill("3201010101200099");
  await page.getByLabel("Nama lengkap").fill("Warga Uji Coba");
  await page.getByLabel("Tempat lahir").fill("Bogor");
  // Dates typed day first, the Indonesian way (issue 17); an impossible one is named at its field.
  await page.getByLabel("Tanggal lahir").fill("31/02/1990");
  await page.getByLabel("Tanggal lahir").blur();
  await expect(page.getByText("Tanggal lahir tidak valid. Tulis tanggal/bulan/tahun, misalnya 17/08/1990.")).toBeVisible();
  await page.getByLabel("Tanggal lahir").fill(birthDate.split("-").reverse().join("/"));
  await page.getByLabel("Tanggal lahir").blur();
  await expect(page.getByText(/Tanggal lahir tidak valid/)).toHaveCount(0);
  await expect(page.getByText(/berbeda dengan tanggal lahir yang tercatat di NIK/)).toHaveCount(0);
  await page.getByRole("radio", { name: "Perempuan" }).check();
  await page.getByLabel("Nomor HP").fill(phone);
  await page.getByLabel("E-mail (tidak wajib)").fill(email);
  await page.getByLabel("Alamat").fill("Jl. Uji Coba No. 1");
  await page.getByLabel(/^RT/).fill("1");
  await page.getByLabel(/^RW/).fill("5");
  await page.getByLabel("Kelurahan/desa").selectOption({ label: "Kelurahan Pakansari (Kecamatan Cibinong)" });
  // A common password is refused at its field, and nothing else typed is lost.
  await page.getByLabel(/^Kata sandi/).fill("12345678");
  await page.getByLabel("Ulangi kata sandi").fill("12345678");
  await page.getByRole("checkbox", { name: /pemberitahuan privasi/ }).check();
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByText(/terlalu mudah ditebak/)).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Warga Uji Coba");
  await page.getByLabel(/^Kata sandi/).fill("sandi-awal-123");
  await page.getByLabel("Ulangi kata sandi").fill("sandi-awal-123");
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await page.waitForURL("**/warga");

  await logout(page);
  await login(page, nik, "sandi-awal-123");
  await expect(page).toHaveURL(/\/warga$/);

  await page.goto("/profil");
  await expect(page.getByText(nik)).toBeVisible();
  await page.getByLabel("Kata sandi saat ini").fill("sandi-awal-123");
  await page.getByLabel(/^Kata sandi baru/).fill("sandi-baru-456");
  await page.getByLabel("Ulangi kata sandi baru").fill("sandi-baru-456");
  await page.getByRole("button", { name: "Ubah kata sandi" }).click();
  await expect(page.getByText("Kata sandi sudah diubah")).toBeVisible();

  await logout(page);
  await login(page, phone, "sandi-baru-456");
  await expect(page).toHaveURL(/\/warga$/);
});

test("registration shows errors at the fields and keeps what was typed", async ({ page }) => {
  await page.goto("/daftar");
  await page.getByLabel(/^NIK/).fill("3201013201900001"); // day 32
  await page.getByLabel("Nama lengkap").fill("Nama Tetap Ada");
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByText("angka ke-7 dan ke-8")).toBeVisible();
  await expect(page.getByText("Anda perlu menyetujui pemberitahuan privasi")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Nama Tetap Ada");
  await expect(page.getByLabel(/^NIK/)).toHaveAttribute("aria-invalid", "true");
});

test("a NIK that is already registered is refused at the NIK field", async ({ page }) => {
  const { phone } = uniqueContact();
  await page.goto("/daftar");
  await page.getByLabel(/^NIK/).fill(demo.siti);
  await page.getByLabel("Nomor Kartu Keluarga (KK)").fill("3201010101150007");
  await page.getByLabel("Nama lengkap").fill("Siti Lain");
  await page.getByLabel("Tempat lahir").fill("Bogor");
  await page.getByLabel("Tanggal lahir").fill("05/06/1990");
  await page.getByRole("radio", { name: "Perempuan" }).check();
  await page.getByLabel("Nomor HP").fill(phone);
  await page.getByLabel("Alamat").fill("Jl. Melati");
  await page.getByLabel(/^RT/).fill("3");
  await page.getByLabel(/^RW/).fill("5");
  await page.getByLabel("Kelurahan/desa").selectOption({ label: "Kelurahan Pakansari (Kecamatan Cibinong)" });
  await page.getByLabel(/^Kata sandi/).fill("sandi-awal-123");
  await page.getByLabel("Ulangi kata sandi").fill("sandi-awal-123");
  await page.getByRole("checkbox", { name: /pemberitahuan privasi/ }).check();
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page.getByText("NIK ini sudah terdaftar")).toBeVisible();
  await expect(page).toHaveURL(/\/daftar$/);
  await expect(page.getByLabel("Nomor HP")).toHaveValue(phone);
});

test("a wrong password gets a clear message and the identifier stays filled in", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByLabel(/NIK, e-mail/i).fill(demo.petugas);
  await page.getByLabel(/^Kata sandi/).fill("bukan-sandinya");
  await page.getByRole("button", { name: /^Masuk$/ }).click();
  await expect(page.getByText("NIK/e-mail/nomor HP atau kata sandi salah.")).toBeVisible();
  await expect(page.getByLabel(/NIK, e-mail/i)).toHaveValue(demo.petugas);
});

test("repeated failures lock the account with a wait-15-minutes message", async ({ page }) => {
  const { email } = uniqueContact();
  await page.goto("/masuk");
  await page.getByLabel(/NIK, e-mail/i).fill(email);
  await page.getByLabel(/^Kata sandi/).fill("salah-terus");
  // One attempt at a time: wait for each server answer before the next click.
  const attempt = () =>
    Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/masuk"),
      page.getByRole("button", { name: /^Masuk$/ }).click(),
    ]);
  for (let n = 0; n < 5; n++) {
    await attempt();
    await expect(page.getByText("kata sandi salah")).toBeVisible();
  }
  await attempt();
  await expect(page.getByText("Tunggu 15 menit")).toBeVisible();
});

test("a signed-out visitor of resident pages is sent to the login page", async ({ page }) => {
  await page.goto("/warga");
  await expect(page).toHaveURL(/\/masuk/);
  await page.goto("/profil");
  await expect(page).toHaveURL(/\/masuk/);
});

test("login, registration, forgot-password and profile pages have no serious accessibility problems", async ({ page }) => {
  await page.goto("/masuk");
  await expectAccessible(page);
  await page.goto("/daftar");
  await expectAccessible(page);
  await page.goto("/lupa-sandi");
  await expectAccessible(page);
  await login(page, demo.siti);
  await page.goto("/profil");
  await expect(page.getByRole("heading", { name: "Profil saya" })).toBeVisible();
  await expectAccessible(page);
});

test("the login page speaks English when chosen", async ({ page }) => {
  await page.goto("/masuk");
  await page.getByRole("navigation", { name: "Bahasa" }).getByRole("button", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByLabel("NIK, e-mail or phone")).toBeVisible();
  await page.getByLabel("NIK, e-mail or phone").fill(demo.ahmad);
  await page.getByLabel(/^Password/).fill("wrong-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByText("Wrong NIK/e-mail/phone or password")).toBeVisible();
});
