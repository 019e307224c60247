import { devices, expect, test, type Browser } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";
import { freshResident } from "./db";

// One visit end to end: the admin opens an all-day session (so the test runs at any hour), a resident
// books on her phone and sees the QR, staff check her in by code and call her from loket 1, the
// TV in another browser shows the number without reloading, and the finished visit's times reach
// the supervisor dashboard.

const todayKey = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());

async function desktop(browser: Browser, who?: string) {
  const context = await browser.newContext({ ...devices["Desktop Chrome"], locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  if (who) await login(page, who);
  return page;
}

/** Screenshots at 360 px and 1366 px into the test's output folder (looked at by hand), viewport restored. */
async function shots(page: import("@playwright/test").Page, name: string) {
  const before = page.viewportSize();
  for (const [w, h] of [[360, 780], [1366, 768]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: test.info().outputPath(`${name}-${w}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

test("book on a phone → check in by code → call from loket 1 → TV shows it live → dashboard shows the times", async ({ page, browser }) => {
  test.setTimeout(180_000);

  const admin = await desktop(browser, demo.admin);
  await admin.goto("/admin/antrian");
  await expect(admin.getByRole("heading", { name: "Jadwal antrean" })).toBeVisible();
  const rules = admin.locator("form").filter({ has: admin.getByLabel("Batas tidak hadir") });
  await rules.getByLabel("Check-in dibuka (menit sebelum slot)").fill("1440");
  await rules.getByLabel("Check-in ditutup (menit setelah slot)").fill("1440");
  await rules.getByRole("button", { name: "Simpan" }).click();
  await expect(rules.getByRole("status")).toHaveText("Tersimpan");
  // The new-schedule form (each listed schedule also has its own edit form, folded away).
  const schedule = admin.locator("form").filter({ has: admin.getByLabel("Panjang slot (menit)") }).filter({ has: admin.getByRole("button", { name: "Tambah" }) });
  for (const day of ["Sab", "Min"]) await schedule.getByLabel(day, { exact: true }).check();
  await schedule.getByLabel("Mulai", { exact: true }).fill("00:00");
  await schedule.getByLabel("Selesai", { exact: true }).fill("23:59");
  await schedule.getByLabel("Panjang slot (menit)").fill("1439");
  await schedule.getByLabel("Kuota per slot").fill("50");
  await schedule.getByLabel("Kuota per hari").fill("50");
  await schedule.getByRole("button", { name: "Tambah" }).click();
  await expect(schedule.getByRole("status")).toHaveText("Tersimpan");
  await expect(admin.getByRole("cell", { name: "00:00–23:59" })).toBeVisible();

  // The TV, signed out, in its own browser context.
  const tvContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const tv = await tvContext.newPage();
  // Live over server-sent events: count the TV's stream connections and its status reads.
  const tvStreams: string[] = [];
  const tvReads: number[] = [];
  tv.on("request", (r) => {
    if (r.url().includes("/api/antrian/kelurahan-pakansari/events")) tvStreams.push(r.url());
    if (r.url().includes("/api/antrian/kelurahan-pakansari/status")) tvReads.push(Date.now());
  });
  await tv.goto("/tv/kelurahan-pakansari");
  await expect(tv.getByTestId("tv-counter-1")).toContainText("—");
  await expect(tv.getByRole("button", { name: "Aktifkan suara" })).toBeVisible();

  // A resident of the spec's own books on her phone (one active booking per NIK per service per day:
  // a retry, or another spec as Siti, must not meet "sudah punya nomor antrean").
  const resident = await freshResident("Rina Antrean");
  await login(page, resident.nik);
  await page.goto("/warga/antrian");
  await page.getByRole("link", { name: "Ambil nomor antrean" }).click();
  await page.getByRole("link", { name: /A · Layanan Umum/ }).filter({ hasText: "Kelurahan Pakansari" }).click();
  await page.getByTestId(`day-${todayKey()}`).click();
  await page.getByText("00:00–23:59").click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ambil nomor" }).click();
  await page.waitForURL(/\/warga\/antrian\/[a-z0-9]+$/);
  const ticketUrl = page.url();
  await expect(page.getByTestId("ticket-qr")).toBeVisible();
  const number = (await page.getByTestId("ticket-number").textContent())!.trim();
  expect(number).toMatch(/^A-0\d\d$/);
  const code = (await page.getByTestId("ticket-code").textContent())!.trim();
  await expect(page.getByText("Sudah dipesan — tunjukkan QR saat tiba")).toBeVisible();
  await expectAccessible(page);

  // A second booking for the same service and day is refused.
  await page.goto("/warga/antrian/baru");
  await page.getByRole("link", { name: /A · Layanan Umum/ }).filter({ hasText: "Kelurahan Pakansari" }).click();
  await page.getByTestId(`day-${todayKey()}`).click();
  await page.getByText("00:00–23:59").click();
  await page.getByRole("button", { name: "Ambil nomor" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "sudah punya nomor antrean" })).toBeVisible();
  // The ticket page shows her line and "antrean hari ini" from ONE shared stream.
  const ticketStreams: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/antrian/kelurahan-pakansari/events")) ticketStreams.push(r.url());
  });
  await page.goto(ticketUrl);
  await expect(page.getByTestId("ticket-live")).toBeVisible();
  await expect.poll(() => ticketStreams.length).toBe(1);

  // Staff check her in by typing the code and call her from loket 1.
  const staff = await desktop(browser, demo.petugas);
  await staff.goto("/petugas/antrian");
  await staff.getByLabel("Kode tiket").fill(code.toLowerCase());
  await staff.getByRole("button", { name: "Check-in", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "sudah check-in" })).toContainText(number);
  await expect(staff.getByRole("heading", { name: "Loket 1" })).toBeVisible();
  // With the stream open the TV no longer polls (a safety re-read once a minute): the number can
  // only reach it within seconds through the event.
  expect(tvStreams).toHaveLength(1);
  const calledAt = Date.now();
  // Polling every 2 s would have read the status a dozen times since the TV opened; live, it read
  // once when the stream opened (and once for each change announced, e.g. the check-in).
  expect(tvReads.filter((t) => t < calledAt).length).toBeLessThanOrEqual(4);
  await staff.getByRole("button", { name: /Panggil berikutnya/ }).click();
  await expect(staff.getByTestId("counter-current")).toHaveText(number);

  // The TV shows it at loket 1 without a reload, and so does her open ticket page.
  await expect(tv.getByTestId("tv-counter-1")).toContainText(number, { timeout: 10_000 });
  await expect(page.getByText("Silakan menuju loket 1")).toBeVisible({ timeout: 10_000 });
  expect(Date.now() - calledAt).toBeLessThan(20_000);
  expect(tvStreams).toHaveLength(1); // still the same single connection
  expect(ticketStreams).toHaveLength(1);
  await expectAccessible(staff);
  await shots(tv, "tv");
  await shots(page, "ticket");
  await shots(staff, "loket");

  await staff.getByRole("button", { name: /Mulai layani/ }).click();
  await expect(staff.getByText("Sedang dilayani", { exact: false })).toBeVisible();
  await staff.getByRole("button", { name: /Selesai/ }).click();
  await expect(staff.getByText("Tidak ada nomor yang sedang dilayani.")).toBeVisible();
  await expect(tv.getByTestId("tv-counter-1")).toContainText("—", { timeout: 10_000 });

  // The supervisor's dashboard shows today's waiting and service time.
  const lurah = await desktop(browser, demo.lurah);
  await lurah.goto("/pimpinan");
  const byDay = lurah.getByTestId("queue-stats-day");
  const row = byDay.getByRole("row").filter({ hasText: todayKey() });
  await expect(row).toBeVisible();
  const cells = await row.getByRole("cell").allTextContents();
  expect(Number(cells[1])).toBeGreaterThanOrEqual(1);
  expect(cells[2]).toMatch(/^\d/); // mean wait in minutes
  expect(cells[6]).toMatch(/^\d/); // mean service time
  await tvContext.close();
});
