import { devices, expect, test } from "@playwright/test";
import { expectAccessible, login, demo } from "./fixtures";

// Siti opens her privacy panel on a phone and sees that the Pakansari loket staff member opened
// her request today (the audit log, shown to the person it is about).

test("Siti sees who opened her request today, and can ask for a correction with a 72-hour clock", async ({ page, browser }) => {
  test.setTimeout(90_000);
  // Staff (desktop): Dewi Lestari at the Pakansari loket opens one of Siti's requests.
  const { defaultBrowserType: _ignored, ...desktop } = devices["Desktop Chrome"];
  const staffContext = await browser.newContext({ ...desktop, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const staff = await staffContext.newPage();
  await login(staff, demo.petugas);
  await staff.goto(`/petugas/permohonan?status=all&q=${encodeURIComponent("Siti Aminah")}`);
  await staff.locator("[data-row-link]").first().click();
  await expect(staff.getByText(demo.siti).first()).toBeVisible();
  await staffContext.close();

  // Siti (phone): her privacy panel.
  await login(page, demo.siti);
  await page.goto("/profil");
  await page.getByRole("link", { name: "Privasi dan data saya" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privasi dan data saya" })).toBeVisible();
  const log = page.getByRole("list", { name: "Siapa yang melihat atau mengubah data saya" });
  const entry = log.getByRole("listitem").filter({ hasText: "Dewi Lestari" }).filter({ hasText: "membuka permohonan Anda" }).first();
  await expect(entry).toContainText("Petugas, Kelurahan Pakansari");
  const today = new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium" }).format(new Date());
  await expect(entry).toContainText(today);
  await expectAccessible(page);
  if (process.env.SCREENSHOT_DIR) {
    for (const [w, h] of [[360, 780], [1366, 768]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/privacy-${w}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 412, height: 915 });
  }

  // Downloads are hers alone.
  const json = await page.request.get("/api/warga/privasi/unduh?format=json");
  expect(json.ok()).toBe(true);
  expect((await json.json()).profile.nik).toBe(demo.siti);
  const pdf = await page.request.get("/api/warga/privasi/unduh?format=pdf");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // A correction request, with the 3×24-hour clock shown.
  await page.getByLabel("Jelaskan permintaan Anda").fill("Tempat lahir saya tertulis Bogor, yang benar Cibinong.");
  await page.getByRole("button", { name: "Kirim permintaan" }).click();
  await expect(page.getByText("Menunggu jawaban").first()).toBeVisible();
  await expect(page.getByText(/sisa 7[01] jam/).first()).toBeVisible();

  // The office admin sees it with the same clock.
  const adminContext = await browser.newContext({ ...desktop, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const admin = await adminContext.newPage();
  await login(admin, demo.admin);
  await admin.goto("/admin/privasi");
  await expect(admin.getByText("Tempat lahir saya tertulis Bogor, yang benar Cibinong.").first()).toBeVisible();
  await expect(admin.getByText(/sisa 7[01] jam/).first()).toBeVisible();
  await expectAccessible(admin);
  if (process.env.SCREENSHOT_DIR) await admin.screenshot({ path: `${process.env.SCREENSHOT_DIR}/admin-privacy-1280.png`, fullPage: true });
  await adminContext.close();
});
