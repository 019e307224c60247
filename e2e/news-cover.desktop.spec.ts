import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { demo, expectAccessible, login } from "./fixtures";

// An admin publishes a news item with a cover photo. The public page shows the cover through the
// app's own route (and names it as the link preview image), the office's list finds it under its
// category, and the office's RSS feed carries it.
test("a published news item with a cover shows on its page, in its category and in the RSS feed", async ({ page, request }) => {
  test.setTimeout(120_000);
  const title = `Posyandu lansia ${Date.now().toString(36)}`;
  await login(page, demo.admin);
  await page.goto("/admin/berita/baru");
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Kategori").selectOption("BERITA");
  await page.getByLabel("Ringkasan").fill("Pemeriksaan kesehatan gratis untuk warga lanjut usia di Balai RW 05.");
  await page.getByRole("textbox", { name: "Isi" }).fill("Bawa **KTP-el** dan buku kesehatan.");
  await page.getByLabel("Status").selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/admin\/berita\/[a-z0-9]+$/);

  // A file that is not an image is refused in words; a photo is taken.
  // (The file field is labelled "Unggah sampul" like its button: the button is the one that submits.)
  const uploadButton = page.locator("button[type=submit]", { hasText: "Unggah sampul" });
  await page.getByLabel("Unggah sampul").setInputFiles({ name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("bukan gambar") });
  await uploadButton.click();
  await expect(page.getByText("Gambar tidak dapat dipakai. Gunakan JPG atau PNG sampai 5 MB.")).toBeVisible();
  const photo = await sharp({ create: { width: 1200, height: 630, channels: 3, background: "#2a6f97" } }).jpeg().toBuffer();
  await page.getByLabel("Unggah sampul").setInputFiles({ name: "posyandu.jpg", mimeType: "image/jpeg", buffer: photo });
  await uploadButton.click();
  await expect(page.getByRole("button", { name: "Hapus sampul" })).toBeVisible();
  await expectAccessible(page);

  // The public list, narrowed to its category, and the detail page with the cover.
  await page.goto("/berita/kelurahan-pakansari?kategori=BERITA");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const cover = page.getByRole("article").locator("img").first();
  await expect.poll(() => cover.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  const coverUrl = (await cover.getAttribute("src"))!;
  expect(coverUrl).toMatch(/^\/api\/news\/[a-z0-9]+\/cover$/);
  const served = await request.get(coverUrl);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toMatch(/^image\//);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", new RegExp(`${coverUrl}$`));
  await expectAccessible(page);

  // Not in another category's list.
  await page.goto("/berita/kelurahan-pakansari?kategori=LOWONGAN");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // The feed: RSS 2.0, this item with its link and summary.
  const feed = await request.get("/berita/kelurahan-pakansari/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await feed.text();
  const item = xml.split("<item>").find((i) => i.includes(`<title>${title}</title>`));
  expect(item).toBeDefined();
  expect(item).toMatch(/<link>http[^<]+\/berita\/kelurahan-pakansari\/[^<]+<\/link>/);
  expect(item).toContain("<description>Pemeriksaan kesehatan gratis");
  expect(item).toContain("<category>BERITA</category>");
});
