import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// An admin schedules an announcement for the next minute with a one-minute life. It must appear
// on the public home and the resident's home when due and leave both by itself after expiry (the
// lists ask the clock; the public home, kept by the page cache, is dropped by the worker's
// news.due check within ~10 s). Polls with reloads instead of sleeping a fixed time.

const WIB = 7 * 60 * 60 * 1000;
const local = (d: Date) => new Date(d.getTime() + WIB).toISOString().slice(0, 16);

test("a scheduled announcement appears when due and disappears after expiry", async ({ page, browser }, testInfo) => {
  test.setTimeout(360_000);
  const title = `Pengumuman uji ${Date.now().toString(36)}`;

  await login(page, demo.admin);
  await page.goto("/admin/berita/baru");
  await expectAccessible(page);
  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Kategori").selectOption("PENGUMUMAN");
  await page.getByLabel("Ringkasan").fill("Loket kelurahan buka lebih awal untuk perekaman KTP-el.");
  await page.getByRole("textbox", { name: "Isi" }).fill("Mulai pukul **07.00 WIB**. Info: [LAPOR](https://www.lapor.go.id) <script>alert(1)</script>");
  await page.getByRole("tab", { name: "Pratinjau" }).click();
  const preview = page.getByTestId("news-preview");
  await expect(preview.getByText("07.00 WIB")).toBeVisible();
  await expect(preview.getByRole("link", { name: "LAPOR" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(preview.getByText("<script>alert(1)</script>")).toBeVisible(); // shown as text, not run
  await page.getByRole("tab", { name: "Tulis" }).click();
  // The first whole minute at least 45 s away, so the item is still scheduled when saved on a busy machine.
  const publish = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000);
  const expire = new Date(publish.getTime() + 60_000);
  await page.getByLabel("Tayang mulai (WIB)").fill(local(publish));
  await page.getByLabel("Berakhir (WIB)").fill(local(expire));
  await page.getByLabel("Status").selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/admin\/berita\/[a-z0-9]+$/);
  if (Date.now() < publish.getTime() - 2000) await expect(page.getByText("Terjadwal", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // The resident's home, in a browser of its own.
  const residentContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const resident = await residentContext.newPage();
  await login(resident, demo.siti);

  const publicHome = await (await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "id-ID" })).newPage();
  const shows = async (p: typeof page, path: string) => {
    await p.goto(path);
    return p.getByRole("link", { name: title }).count();
  };

  if (Date.now() < publish.getTime() - 3000) {
    expect(await shows(publicHome, "/")).toBe(0);
    expect(await shows(resident, "/warga")).toBe(0);
  }
  await expect.poll(() => shows(publicHome, "/"), { timeout: 150_000, intervals: [3000] }).toBe(1);
  await expectAccessible(publicHome);
  await expect.poll(() => shows(resident, "/warga"), { timeout: 30_000, intervals: [3000] }).toBe(1);
  await expectAccessible(resident);

  // The detail page carries Open Graph tags for a shared link.
  await publicHome.goto("/");
  await publicHome.getByRole("link", { name: title }).click();
  await expect(publicHome.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(publicHome.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  await expect(publicHome.locator('meta[property="og:description"]')).toHaveAttribute("content", /buka lebih awal/);
  await expect(publicHome.locator("article script")).toHaveCount(0);

  await expect.poll(() => shows(publicHome, "/"), { timeout: 150_000, intervals: [3000] }).toBe(0);
  await expect.poll(() => shows(resident, "/warga"), { timeout: 30_000, intervals: [3000] }).toBe(0);
  // The admin still has it, now marked expired.
  await page.goto("/admin/berita");
  await expect(page.getByRole("row", { name: new RegExp(title) }).getByText("Kedaluwarsa")).toBeVisible();
  await residentContext.close();
});
