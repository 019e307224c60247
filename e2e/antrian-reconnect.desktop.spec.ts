import { devices, expect, test } from "@playwright/test";
import { holdOfficeQueue } from "./db";
import { demo, login } from "./fixtures";

// Issue #11 items 7 and 8: the waiting-room TV and the public "antrean hari ini" panel reconnect by
// themselves after network loss. A browser's offline emulation does not cut an event stream that is
// already open, so the e2e server's hook (scripts/serve.mjs, E2E_HOOKS) drops it as a lost network
// would, while the room's browser is offline. Kelurahan Tengah: no other spec uses its queue.

const OFFICE = "kelurahan-tengah";
const EVENTS = `/api/antrian/${OFFICE}/events`;
const LOST = /^Koneksi terputus/; // TV: "… — menyambung ulang…", panel: "…, mencoba lagi…"

// Kelurahan Tengah's queue is also used by antrian-{reconnect,kiosk,camera}: one spec at a time.
let release: (() => Promise<void>) | undefined;
test.describe.configure({ timeout: 240_000 });
test.beforeEach(async () => void (release = await holdOfficeQueue("kelurahan-tengah")));
test.afterEach(async () => release?.());

test("TV and today panel show the lost connection, then the number called meanwhile, without reload", async ({ browser, baseURL }) => {

  // The waiting room: the TV and the public panel in one browser, which loses its network. Without
  // the service worker: Chromium's offline emulation does not reach the worker's own fetches.
  const room = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "id-ID", timezoneId: "Asia/Jakarta", serviceWorkers: "block" });
  const tv = await room.newPage();
  const panel = await room.newPage();
  const streams = { tv: 0, panel: 0 };
  tv.on("request", (r) => void (r.url().includes(EVENTS) && (streams.tv += 1)));
  panel.on("request", (r) => void (r.url().includes(EVENTS) && (streams.panel += 1)));
  const tvStream = tv.waitForResponse((r) => r.url().includes(EVENTS) && r.status() === 200);
  await tv.goto(`/tv/${OFFICE}`);
  await expect(tv.getByTestId("tv-counter-1")).toContainText("—");
  const panelStream = panel.waitForResponse((r) => r.url().includes(EVENTS) && r.status() === 200);
  await panel.goto(`/antrian/${OFFICE}`);
  await expect(panel.getByTestId("today-counter-1")).toHaveText("—");
  await Promise.all([tvStream, panelStream]);

  // Staff issue a walk-in number; the live TV lists it among the next ones (the stream works).
  const staffContext = await browser.newContext({ ...devices["Desktop Chrome"], locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const staff = await staffContext.newPage();
  await login(staff, demo.petugasTengah);
  await staff.goto("/petugas/antrian/ambil");
  await staff.getByRole("button", { name: /^A\b/ }).click();
  const number = (await staff.getByTestId("walkin-number").textContent())!.trim();
  expect(number).toMatch(/^A-\d{3}$/);
  await expect(tv.getByRole("listitem").filter({ hasText: new RegExp(`^${number}$`) })).toBeVisible({ timeout: 10_000 });

  // The network goes: the browser is offline and its open streams are cut.
  await room.setOffline(true);
  const drop = await fetch(`${baseURL}/__e2e/drop-streams?path=${encodeURIComponent(EVENTS)}`, { method: "POST" });
  expect(((await drop.json()) as { dropped: number }).dropped).toBeGreaterThanOrEqual(2);
  await expect(tv.getByRole("status").filter({ hasText: LOST })).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByRole("status").filter({ hasText: LOST })).toBeVisible({ timeout: 10_000 });

  // Meanwhile loket 1 calls the number; the offline TV cannot know yet.
  await staff.goto("/petugas/antrian");
  await staff.getByRole("button", { name: /Panggil berikutnya/ }).click();
  await expect(staff.getByTestId("counter-current")).toHaveText(number);
  await tv.waitForTimeout(3500); // longer than the stream's retry delay (3 s)
  await expect(tv.getByTestId("tv-counter-1")).toContainText("—");
  // Its own reconnect attempts fail meanwhile: still offline, still saying so.
  await expect(tv.getByRole("status").filter({ hasText: LOST })).toBeVisible();
  await expect(panel.getByRole("status").filter({ hasText: LOST })).toBeVisible();

  // The network is back: without a reload the banner goes and loket 1 shows the number, on both.
  await room.setOffline(false);
  await expect(tv.getByTestId("tv-counter-1")).toContainText(number, { timeout: 15_000 });
  await expect(panel.getByTestId("today-counter-1")).toHaveText(number, { timeout: 15_000 });
  await expect(tv.getByText(LOST)).toBeHidden();
  await expect(panel.getByText(LOST)).toBeHidden();
  // Both pages opened a new stream by themselves, and it carries the next change live.
  await expect.poll(() => streams.tv, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect.poll(() => streams.panel, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await staff.getByRole("button", { name: /Mulai layani/ }).click();
  await expect(staff.getByText("Sedang dilayani", { exact: false })).toBeVisible();
  await staff.getByRole("button", { name: /Selesai/ }).click();
  await expect(tv.getByTestId("tv-counter-1")).toContainText("—", { timeout: 10_000 });
  await expect(panel.getByTestId("today-counter-1")).toHaveText("—", { timeout: 10_000 });

  await staffContext.close();
  await room.close();
});
