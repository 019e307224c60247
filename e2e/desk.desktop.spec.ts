import { expect, test, type Locator, type Page } from "@playwright/test";
import sharp from "sharp";
import { demo, expectAccessible, login } from "./fixtures";

// The 80-requests-a-day desk (issue 17). One walk-in (Budi, found by NIK) for Surat Keterangan
// Domisili is walked twice: the way main required it (scans, receipt, detail page, Verifikasi →
// Mulai proses → Selesaikan) and the new way (originals checked at the desk, "Ajukan dan selesai di
// tempat"). Clicks, page loads and server round trips are counted the same way for both.

test.use({ viewport: { width: 1366, height: 768 } });

const BUDI = "3201011203850001";
const shots = "test-results/desk-screens";

function meter(page: Page) {
  const m = { clicks: 0, loads: 0, roundTrips: 0 };
  page.on("framenavigated", (frame) => { if (frame === page.mainFrame()) m.loads += 1; });
  page.on("request", (request) => {
    const h = request.headers();
    if (h["next-router-prefetch"]) return; // link prefetches are not the user's round trips
    if (request.resourceType() === "document" || h["next-action"] || h["rsc"]) m.roundTrips += 1;
  });
  return {
    m,
    click: async (l: Locator) => { m.clicks += 1; await l.click(); },
    check: async (l: Locator) => { m.clicks += 1; await l.check(); },
    select: async (l: Locator, label: string) => { m.clicks += 1; await l.selectOption({ label }); },
    upload: async (l: Locator, file: { name: string; mimeType: string; buffer: Buffer }) => { m.clicks += 1; await l.setInputFiles(file); },
    reset: () => { m.clicks = 0; m.loads = 0; m.roundTrips = 0; },
  };
}

async function fillWalkIn(page: Page, u: ReturnType<typeof meter>) {
  await page.goto("/petugas/permohonan/baru");
  await page.getByLabel("NIK pemohon").first().fill(BUDI);
  await u.click(page.getByRole("button", { name: "Cari" }));
  await expect(page.getByText(/Ditemukan: Budi Santoso/)).toBeVisible();
  await u.select(page.getByLabel(/^Layanan/), "Surat Keterangan Domisili");
  await page.getByLabel(/Alamat tempat tinggal saat ini/).fill("Jl. Kenanga No. 3, RT 002/RW 005");
  await page.getByLabel(/Lama tinggal/).fill("4");
  await page.getByLabel(/Keperluan surat/).fill("Membuka rekening bank");
}

test("a walk-in with originals checked is filed and completed on the spot in one step (clicks counted against the old way)", async ({ page }) => {
  test.setTimeout(150_000); // two whole walk-ins, a phone page and a search: about a minute on 2 cores
  const scan = { name: "scan.png", mimeType: "image/png", buffer: await sharp({ create: { width: 400, height: 260, channels: 3, background: "#eeeeee" } }).png().toBuffer() };
  await login(page, demo.petugas);
  const u = meter(page);

  // ── The way main required it ─────────────────────────────────────────────────────────────────
  u.reset();
  await fillWalkIn(page, u);
  for (const input of await page.locator('input[type="file"][data-requirement]').all()) await u.upload(input, scan);
  await u.click(page.getByRole("button", { name: "Ajukan dan cetak tanda terima" }));
  await page.waitForURL(/\/tanda-terima$/);
  await u.click(page.getByRole("link", { name: "Ke detail permohonan" }));
  await page.waitForURL(/\/petugas\/permohonan\/[^/]+$/);
  const status = page.getByTestId("request-status");
  await expect(status).toHaveText("Diajukan");
  // Main showed "Ambil (saya)" here (walk-ins were never assigned); now the filer already holds it.
  await expect(page.getByRole("button", { name: "Ambil (saya)" })).toHaveCount(0);
  await u.click(page.getByRole("button", { name: "Verifikasi", exact: true }));
  await expect(status).toHaveText("Diverifikasi");
  await u.click(page.getByRole("button", { name: "Mulai proses" }));
  await expect(status).toHaveText("Diproses");
  await u.click(page.getByLabel("Siap diambil di kantor"));
  await page.getByLabel(/Petunjuk pengambilan/).fill("Ambil di loket 1, bawa KTP asli.");
  await u.click(page.getByRole("button", { name: "Selesaikan", exact: true }));
  await expect(status).toHaveText("Selesai");
  const before = { ...u.m };

  // The pick-up hand-over that main had no step for: who, when, whose KTP.
  await expect(page.getByText("Belum diambil.")).toBeVisible();
  await page.getByRole("button", { name: "Catat sudah diambil" }).click();
  await expect(page.getByTestId("collected")).toContainText(/Sudah diambil .* oleh Budi Santoso \(KTP 3201••••••••0001\); diserahkan oleh Dewi Lestari/);
  await page.screenshot({ path: `${shots}/detail-handed-over-1366.png`, fullPage: true });

  // ── The new way: originals checked, "selesai di tempat" ──────────────────────────────────────
  u.reset();
  await fillWalkIn(page, u);
  for (const box of await page.getByLabel("Berkas asli diperiksa di loket (tanpa pindaian)").all()) await u.check(box);
  await page.screenshot({ path: `${shots}/walk-in-originals-1366.png`, fullPage: true });
  await u.click(page.getByRole("button", { name: "Ajukan dan selesai di tempat" }));
  await page.waitForURL(/\/tanda-terima$/);
  await expect(page.getByText("Selesai dan diserahkan di tempat")).toBeVisible();
  const after = { ...u.m };
  const number = (await page.getByTestId("receipt-number").textContent())!.trim();
  await expectAccessible(page);
  await page.screenshot({ path: `${shots}/receipt-on-spot-1366.png`, fullPage: true });

  console.log(`DESK-COUNT before (main's path; main also needed "Ambil (saya)": +1 click, +1 round trip): ${JSON.stringify(before)}`);
  console.log(`DESK-COUNT after (selesai di tempat): ${JSON.stringify(after)}`);
  expect(after.clicks).toBeLessThan(before.clicks);
  expect(after.loads).toBeLessThan(before.loads);

  // The detail page says who checked the originals; the timeline shows every step.
  await page.getByRole("link", { name: "Ke detail permohonan" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Selesai");
  await expect(page.getByTestId("original-fotokopi_ktp")).toContainText("Berkas asli diperiksa di loket oleh Dewi Lestari");
  await expect(page.getByTestId("collected")).toContainText("Budi Santoso");
  await expectAccessible(page);
  await page.screenshot({ path: `${shots}/detail-on-spot-1366.png`, fullPage: true });

  // The receipt's promise: /lacak finds it by number (typed loosely) + the last 4 NIK digits, on a phone.
  const phoneContext = await page.context().browser()!.newContext({ viewport: { width: 360, height: 780 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const phone = await phoneContext.newPage();
  const loose = number.toLowerCase().replace(/\//g, " ").replace(/ 0+(\d)/, " $1");
  await phone.goto("/lacak");
  await phone.getByLabel("Nomor registrasi atau nomor tiket").fill(loose);
  await phone.getByLabel("4 angka terakhir NIK pemohon").fill("0002");
  await phone.getByRole("button", { name: "Lacak" }).click();
  await expect(phone.getByText(/Permohonan tidak ditemukan/)).toBeVisible();
  await phone.getByLabel("4 angka terakhir NIK pemohon").fill("0001");
  await phone.getByRole("button", { name: "Lacak" }).click();
  await expect(phone.getByTestId("tracking-number")).toHaveText(number);
  await expect(phone.getByText("Selesai", { exact: true }).first()).toBeVisible();
  await expect(phone.getByText("Budi")).toHaveCount(0);
  await expectAccessible(phone);
  await phone.screenshot({ path: `${shots}/lacak-360.png`, fullPage: true });
  await phoneContext.close();

  // Staff search by a partial number finds it, with a count.
  const sequence = String(Number(number.split("/")[2]));
  await page.goto(`/petugas/permohonan?status=all&q=${sequence}`);
  await expect(page.getByTestId("search-count")).toContainText(`cocok dengan “${sequence}”`);
  await expect(page.getByRole("link", { name: number })).toBeVisible();
  await page.screenshot({ path: `${shots}/queue-search-1366.png` });
});

test("a stale page still takes a note, and 'Muat ulang' keeps what was typed", async ({ page, context }) => {
  await login(page, demo.petugas);
  const u = meter(page);
  await fillWalkIn(page, u);
  for (const box of await page.getByLabel("Berkas asli diperiksa di loket (tanpa pindaian)").all()) await box.check();
  await page.getByRole("button", { name: "Ajukan dan cetak tanda terima" }).click();
  await page.waitForURL(/\/tanda-terima$/);
  await page.getByRole("link", { name: "Ke detail permohonan" }).click();
  await page.waitForURL(/\/petugas\/permohonan\/[^/]+$/);
  const url = page.url();

  // A second stale tab for the note: adding a note refreshes its page, which is then no longer stale.
  const noteTab = await context.newPage();
  await noteTab.goto(url);
  const other = await context.newPage();
  await other.goto(url);
  // A colleague moves it on in one step while these pages still show "Diajukan".
  await other.getByRole("button", { name: "Verifikasi & proses" }).click();
  await expect(other.getByTestId("request-status")).toHaveText("Diproses");

  // A note from a stale page is simply added.
  await noteTab.getByLabel(/Tulis catatan/).fill("Pemohon menunggu di ruang tunggu");
  await noteTab.getByRole("button", { name: "Tambah catatan" }).click();
  await expect(noteTab.getByText("Tersimpan.").first()).toBeVisible();
  await expect(noteTab.getByText("Pemohon menunggu di ruang tunggu").first()).toBeVisible();
  await noteTab.close();
  // A status change from the stale page conflicts; reloading keeps the typed text.
  await page.getByLabel("Catatan untuk warga (opsional)").first().fill("Surat bisa diambil besok pagi");
  await page.getByRole("button", { name: "Selesai di tempat" }).click();
  await expect(page.getByText(/baru saja diubah oleh petugas lain/)).toBeVisible();
  await page.getByRole("button", { name: "Muat ulang halaman" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Diproses");
  await expect(page.getByLabel("Catatan untuk warga (opsional)").first()).toHaveValue("Surat bisa diambil besok pagi");
  await page.getByRole("button", { name: "Selesai di tempat" }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Selesai");
  await expect(page.getByText("Surat bisa diambil besok pagi").first()).toBeVisible();
  await other.close();
});

test("the admin menu fits at 1366 px and the admin home has a card for every section", async ({ page }) => {
  await login(page, demo.admin);
  await page.goto("/admin");
  const menu = page.getByRole("navigation", { name: /Menu/i });
  for (const name of ["Survei", "Log audit", "Dasbor", "Jadwal antrean", "Antrean permohonan"]) {
    const link = menu.getByRole("link", { name, exact: true });
    await expect(link).toBeInViewport({ ratio: 1 });
  }
  for (const href of ["/admin/layanan", "/admin/survei", "/admin/audit", "/admin/antrian", "/admin/surat", "/pimpinan"]) {
    await expect(page.locator(`main a[href="${href}"]`).first()).toBeVisible();
  }
  await expectAccessible(page);
  await page.screenshot({ path: `${shots}/admin-home-1366.png`, fullPage: true });
  // Open one request (an audited view), then read it back in the audit log by name and in words.
  await page.goto("/petugas/permohonan?status=all");
  const first = page.getByRole("row").nth(1).getByRole("link").first();
  const number = (await first.textContent())!.trim();
  await first.click();
  await page.waitForURL(/\/petugas\/permohonan\/[^/]+$/);
  await page.reload();
  await page.goto("/admin/audit?action=request.personal_data_viewed&actor=admin%40pakansari");
  // Other specs' admins open other requests too: this request's rows are the ones counted.
  const rows = page.getByRole("row").filter({ has: page.getByRole("cell", { name: `Permohonan: ${number}` }) });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole("cell", { name: /Data pribadi permohonan dibuka/ })).toHaveCount(1);
  await page.screenshot({ path: `${shots}/audit-1366.png` });
  await page.goto("/pimpinan");
  await expect(page.getByTestId("kpi-open-overdue")).toContainText("Terbuka dan lewat tenggat");
  await page.screenshot({ path: `${shots}/dashboard-1366.png`, fullPage: true });
  await page.goto("/admin/hari-libur?tahun=2026");
  await expect(page.getByText("Isra Mikraj Nabi Muhammad SAW")).toBeVisible();
  await expect(page.getByText("Cuti bersama", { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/holidays-1366.png`, fullPage: true });
});
