import { devices, expect, test } from "@playwright/test";
import sharp from "sharp";
import { freshResident } from "./db";
import { login, startDomisili } from "./fixtures";

// "Hemat data" on a phone (issue 16): the resident turns it on for the account on the profile page;
// then pages show stored photos as links (no <img>), and photos are sent smaller (1280 px on the
// long side instead of 2000 / 1600). The account's choice follows the resident to another phone;
// a signed-out visitor switches it for this phone from the page footer.

async function cameraPhoto(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: "#7a8c6e", noise: { type: "gaussian", mean: 120, sigma: 30 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

test("hemat data on the account: photos are links on the pages and are sent at 1280 px", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const resident = await freshResident(`Rina Hemat ${Date.now()}`);
  await login(page, resident.nik);

  await page.goto("/profil");
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Hemat data untuk akun Anda" }) });
  await expect(card.getByTestId("data-saver-now")).toHaveText("Sekarang: hemat data tidak aktif.");
  await card.getByRole("radio", { name: /Selalu hemat data/ }).check();
  await card.getByRole("button", { name: "Simpan pilihan hemat data" }).click();
  await expect(card.getByTestId("data-saver-now")).toHaveText("Sekarang: hemat data aktif karena pilihan akun Anda.");
  await expect(card.getByRole("radio", { name: /Selalu hemat data/ })).toBeChecked();
  // This phone's switch says the account decides.
  await expect(page.getByRole("contentinfo")).toContainText("Hemat data diatur di akun Anda.");

  // A complaint with a 3000×2000 photo: sent at 1280 px, shown as a link.
  await page.goto("/warga/pengaduan/baru");
  await page.getByRole("radio", { name: /^Pengaduan/ }).check();
  await page.getByLabel("Kategori").selectOption({ label: "Jalan Rusak" });
  await page.getByLabel("Judul singkat").fill("Lampu jalan mati");
  await page.getByLabel("Ceritakan masalahnya").fill("Lampu jalan di depan masjid mati sejak seminggu, gelap sekali malam hari.");
  await page.getByLabel("Lokasi", { exact: true }).fill("Jl. Melati depan masjid");
  await page.getByLabel("Pilih dari galeri").setInputFiles({ name: "IMG_lampu.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto(3000, 2000) });
  await expect(page.getByRole("img", { name: "Foto 1 yang akan dikirim" })).toBeVisible(); // the local preview costs no data
  await page.getByRole("radio", { name: /^Publik/ }).check();
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await page.waitForURL(/\/warga\/pengaduan\/[^/?]+\?baru=1$/);
  await page.goto(page.url().replace(/\?.*$/, ""));
  const photoLink = page.getByRole("link", { name: "Foto 1" });
  await expect(photoLink).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  const complaintPhoto = await sharp(await (await page.request.get((await photoLink.getAttribute("href"))!)).body()).metadata();
  expect(Math.max(complaintPhoto.width!, complaintPhoto.height!)).toBe(1280);
  // The list of complaints: no pictures either.
  await page.goto("/warga/pengaduan");
  await expect(page.getByRole("link", { name: /Lampu jalan mati/ })).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);

  // A request document photographed at 4000×3000: sent at 1280 px, no preview image.
  await startDomisili(page, { purpose: "Hemat data" });
  const ktp = page.getByTestId("doc-fotokopi_ktp");
  const upload = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/berkas"));
  await page.getByLabel("Pilih berkas: Fotokopi KTP-el pemohon").setInputFiles({ name: "IMG_ktp.jpg", mimeType: "image/jpeg", buffer: await cameraPhoto(4000, 3000) });
  const sentBytes = Number((await (await upload).headerValue("content-length")) ?? 0);
  const stored = ktp.getByRole("link", { name: "IMG_ktp.jpg" });
  await expect(stored).toBeVisible({ timeout: 60_000 });
  await expect(ktp.getByRole("img")).toHaveCount(0);
  const documentPhoto = await sharp(await (await page.request.get((await stored.getAttribute("href"))!)).body()).metadata();
  expect(Math.max(documentPhoto.width!, documentPhoto.height!)).toBe(1280);
  console.log(`HEMAT-DATA upload: 4000×3000 picked, request body ${(sentBytes / 1e3).toFixed(0)} KB, stored ${documentPhoto.width}×${documentPhoto.height}`);

  // Another phone, same account: the choice came along.
  const session = (await page.context().cookies()).filter((c) => c.name.includes("authjs.session-token"));
  const other = await browser.newContext({ ...devices["Pixel 7"], locale: "id-ID", timezoneId: "Asia/Jakarta", storageState: { cookies: session, origins: [] } });
  const phone2 = await other.newPage();
  await phone2.goto("/warga/lainnya");
  await expect(phone2.getByRole("region", { name: "Hemat data" })).toContainText("Hemat data diatur di akun Anda.");
  await other.close();

  // Back to "follow the phone": photos are pictures again.
  await page.goto("/profil");
  await card.getByRole("radio", { name: /Ikuti ponsel/ }).check();
  await card.getByRole("button", { name: "Simpan pilihan hemat data" }).click();
  await expect(card.getByTestId("data-saver-now")).toHaveText("Sekarang: hemat data tidak aktif.");
});

test("signed out, the footer switches hemat data for this phone (a cookie)", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Hemat data mati");
  await footer.getByRole("button", { name: "Aktifkan hemat data" }).click();
  await expect(footer).toContainText("Hemat data aktif");
  expect((await page.context().cookies()).find((c) => c.name === "hemat_data")?.value).toBe("1");
  await page.goto("/layanan");
  await expect(page.getByRole("contentinfo").getByRole("button", { name: "Matikan hemat data" })).toBeVisible();
});
