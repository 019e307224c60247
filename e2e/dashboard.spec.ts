import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

test("the supervisor reads the dashboard: charts with table views and CSV, period picker in the URL", async ({ page }) => {
  await login(page, demo.lurah);
  await page.goto("/pimpinan");
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor pimpinan" })).toBeVisible();
  await expect(page.getByText("Kelurahan Pakansari").first()).toBeVisible();
  for (const chart of ["nrr", "trend", "profile", "requestStatus", "requestService", "channel", "aging", "complaintCategory"]) {
    await expect(page.locator(`[data-chart=${chart}]`)).toBeVisible();
  }
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("dashboard.png"), fullPage: true });

  // Table view of the NRR chart: nine unsur.
  const nrr = page.locator("[data-chart=nrr]");
  await nrr.getByText("Tampilkan tabel").click();
  await expect(nrr.locator("tbody tr")).toHaveCount(9);
  const csv = await page.request.get((await nrr.getByRole("link", { name: "Unduh CSV" }).getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Persyaratan");

  // A year of demo responses: the trend has data and the period is in the URL.
  const year = String(new Date().getFullYear());
  await page.getByLabel("Periode").selectOption(year);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`periode=${year}`));
  await expect(page.getByTestId("kpi-ikm").locator("dd").first()).toHaveText(/^\d{2,3}\.\d{2}$/);
});

test("the SKM report page: results, follow-up plan, PDF and XLSX", async ({ page }) => {
  await login(page, demo.lurah);
  const year = new Date().getFullYear() - 1;
  await page.goto(`/pimpinan/skm?periode=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: "Laporan SKM" })).toBeVisible();
  await expect(page.getByTestId("skm-unsur").locator("tbody tr")).toHaveCount(9);
  await expect(page.getByText(/Sampel minimum \d+ \(Krejcie–Morgan\)/)).toBeVisible();

  await page.getByRole("button", { name: "Tambah baris" }).click();
  const plan = page.locator("form", { has: page.getByRole("button", { name: "Simpan rencana" }) });
  const last = plan.getByTestId("plan-row").last();
  await last.getByLabel("Program / kegiatan").fill("Memperbaiki papan informasi persyaratan");
  await last.getByLabel("Waktu").fill("Triwulan II");
  await last.getByLabel("Penanggung jawab").fill("Kasi Pemerintahan");
  await page.getByRole("button", { name: "Simpan rencana" }).click();
  await expect(page.getByText("Rencana tindak lanjut tersimpan.")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("skm.png"), fullPage: true });
  // After the edits: axe scrolls inner containers on a phone, which can leave click targets offset.
  await expectAccessible(page);

  const pdf = await page.request.get(`/api/survey/report?periode=${year}`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const xlsx = await page.request.get(`/api/survey/tabulation?periode=${year}`);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
});

test("only supervisors and admins of the office see figures; the Camat may open his kelurahan", async ({ page, browser }) => {
  await login(page, demo.camat);
  await page.goto("/pimpinan");
  const office = page.getByLabel("Kantor");
  const pakansari = await office.locator("option", { hasText: "Kelurahan Pakansari" }).getAttribute("value");
  const tengah = await office.locator("option", { hasText: "Kelurahan Tengah" }).getAttribute("value");
  await office.selectOption(pakansari!);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText(/^Kelurahan Pakansari ·/)).toBeVisible();

  const lurah = await (await browser.newContext()).newPage();
  await login(lurah, demo.lurah);
  await lurah.goto(`/pimpinan?kantor=${tengah}`);
  await expect(lurah.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  expect((await lurah.request.get(`/api/survey/report?kantor=${tengah}`)).status()).toBe(404);
  await lurah.context().close();

  const staff = await (await browser.newContext()).newPage();
  await login(staff, demo.petugas);
  await staff.goto("/pimpinan");
  await expect(staff.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  expect((await staff.request.get("/api/dashboard/export?chart=nrr")).status()).toBe(404);
  await staff.context().close();
});

test("the admin rewords questions within the fixed frame", async ({ page }) => {
  await login(page, demo.admin);
  await page.goto("/admin/survei");
  await expect(page.getByRole("heading", { level: 1, name: "Pertanyaan survei (SKM)" })).toBeVisible();
  await expect(page.getByRole("group")).toHaveCount(9);
  await expectAccessible(page);
  const biaya = page.getByRole("group", { name: "U4 · Biaya/Tarif" });
  await expect(biaya.getByLabel("Jawaban nilai 4")).toHaveValue("Gratis");
  await biaya.getByLabel("Jawaban nilai 1").fill("");
  await page.getByRole("button", { name: "Simpan pertanyaan" }).click();
  await expect(biaya.getByText("Wajib diisi.")).toBeVisible();
  await biaya.getByLabel("Jawaban nilai 1").fill("Sangat mahal");
  await page.getByRole("button", { name: "Simpan pertanyaan" }).click();
  await expect(page.getByText("Pertanyaan survei tersimpan.")).toBeVisible();
});

test("the Camat compares his kelurahan side by side with the kecamatan total, and opens one", async ({ page }) => {
  await login(page, demo.camat);
  await page.goto("/pimpinan");
  const table = page.getByTestId("office-comparison");
  await expect(table.getByRole("heading", { name: "Perbandingan kelurahan se-kecamatan" })).toBeVisible();
  for (const col of ["Permohonan masuk", "Selesai", "Tepat waktu", "Terbuka lewat tenggat", "Pengaduan masuk", "IKM"]) {
    await expect(table.getByRole("columnheader", { name: col, exact: true })).toBeVisible();
  }
  await expect(table.locator("tbody tr[data-office='Kelurahan Pakansari']")).toBeVisible();
  await expect(table.locator("tbody tr[data-office='Kelurahan Tengah']")).toBeVisible();
  const total = table.locator("tfoot tr[data-office=total]");
  await expect(total.getByRole("rowheader")).toHaveText("Jumlah se-kecamatan");
  // The total's "received" is the sum of the rows above it.
  const received = async (row: import("@playwright/test").Locator) => Number((await row.locator("td").first().innerText()).replace(/\D/g, ""));
  let sum = 0;
  for (const row of await table.locator("tbody tr").all()) sum += await received(row);
  expect(await received(total)).toBe(sum);
  await expect(table.getByRole("img", { name: /selesai tepat waktu, tiap kelurahan/i })).toBeVisible();
  await expect(table.getByText("permohonan yang diajukan pada periode ini (tanpa draf).")).toBeVisible();
  await expectAccessible(page);
  // The same table as CSV: one line per office and the total (issue 17).
  const csv = await page.request.get((await table.getByRole("link", { name: "Unduh CSV tabel perbandingan" }).getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toMatch(/^Kantor,Permohonan masuk,Selesai,Tepat waktu,/);
  expect(lines.some((l) => l.startsWith("Kelurahan Pakansari,"))).toBe(true);
  expect(lines.at(-1)).toMatch(new RegExp(`^Jumlah se-kecamatan,${sum},`));

  await table.getByRole("link", { name: "Kelurahan Pakansari" }).click();
  await expect(page.getByText(/^Kelurahan Pakansari ·/)).toBeVisible();
  // Staff names stay with their own office's supervisors.
  await expect(page.getByTestId("staff-workload")).toHaveCount(0);
});

test("the Lurah reads staff workload and clicks a figure through to the queue filtered to it", async ({ page }) => {
  await login(page, demo.lurah);
  await page.goto("/pimpinan");
  const period = await page.getByLabel("Periode").inputValue();
  // The dashboard and the SKM page open on the same period.
  await page.goto("/pimpinan/skm");
  expect(await page.getByLabel("Periode").inputValue()).toBe(period);
  await page.goto("/pimpinan");

  const staff = page.getByTestId("staff-workload");
  await expect(staff.getByRole("heading", { name: "Beban kerja dan pelanggaran tenggat per petugas" })).toBeVisible();
  await expect(staff.locator("tr[data-staff='Dewi Lestari']")).toBeVisible();
  await expect(staff.getByText("permohonan terbuka yang ditugaskan kepadanya dan sudah lewat tenggat sekarang", { exact: false })).toBeVisible();
  // The NRR chart names each unsur, not only U1…U9.
  await expect(page.locator("[data-chart=nrr] svg text", { hasText: "Persyaratan" })).toBeVisible();

  const overdue = page.getByTestId("kpi-open-overdue");
  await overdue.getByRole("link", { name: "Buka antrean: Terbuka dan lewat tenggat" }).click();
  await expect(page).toHaveURL(/\/petugas\/permohonan\?.*sla=OVERDUE/);
  // The queue opens with its own SLA filter set to what the figure counts.
  await expect(page.locator("#f-sla")).toHaveValue("OVERDUE");

  await page.goto("/pimpinan");
  await page.getByTestId("kpi-submitted").getByRole("link").click();
  await expect(page).toHaveURL(/\/petugas\/permohonan\?status=all&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);

  // Issue 17: a staff member's figure opens the queue filtered to that person and to what it counts.
  await page.goto("/pimpinan");
  const dewi = page.getByTestId("staff-workload").locator("tr[data-staff='Dewi Lestari']");
  const completed = Number((await dewi.locator("td").nth(1).innerText()).replace(/\D/g, ""));
  await dewi.getByRole("link", { name: /Selesai pada periode, Dewi Lestari/ }).click();
  await expect(page).toHaveURL(/assignee=[^&]+&.*doneFrom=\d{4}-\d{2}-\d{2}&doneTo=\d{4}-\d{2}-\d{2}/);
  const chips = page.getByTestId("filter-chips");
  await expect(chips.getByText("Petugas: Dewi Lestari")).toBeVisible();
  await expect(chips.getByText(/^Selesai \d{2}\/\d{2}\/\d{4}–\d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(page.locator("#f-assignee option:checked")).toHaveText("Dewi Lestari");
  const rows = page.getByRole("table", { name: "Daftar permohonan" }).locator("tbody tr");
  if (completed === 0) await expect(page.getByText("Tidak ada permohonan yang cocok dengan saringan ini.")).toBeVisible();
  else {
    expect(await rows.count()).toBe(Math.min(completed, 50));
    for (const row of await rows.all()) await expect(row).toContainText("Dewi Lestari");
  }
  await expectAccessible(page);
  // The chip removes that filter and keeps the rest.
  await chips.getByRole("link", { name: "Hapus saringan Petugas: Dewi Lestari" }).click();
  await expect(page).not.toHaveURL(/assignee=/);
  await expect(page).toHaveURL(/doneFrom=/);

  // Complaints have no assignee: the per-staff link opens those the person recorded a step on.
  await page.goto("/pimpinan");
  await page.getByTestId("staff-workload").locator("tr[data-staff='Dewi Lestari']").getByRole("link", { name: /^pengaduan ditangani\b.*Dewi Lestari$/ }).click();
  await expect(page).toHaveURL(/\/petugas\/pengaduan\?handler=/);
  await expect(page.getByTestId("filter-chips").getByText("Ditangani oleh: Dewi Lestari")).toBeVisible();
  await page.getByTestId("filter-chips").getByRole("link", { name: "Hapus saringan Ditangani oleh: Dewi Lestari" }).click();
  await expect(page).not.toHaveURL(/handler=/);

  // The staff table as CSV.
  await page.goto("/pimpinan");
  const csv = await page.request.get((await page.getByRole("link", { name: "Unduh CSV tabel petugas" }).getAttribute("href"))!);
  const text = await csv.text();
  expect(text).toMatch(/^\uFEFFPetugas,Peran,Terbuka ditugaskan,Selesai pada periode,Selesai terlambat,Terbuka lewat tenggat\r\n/);
  expect(text).toMatch(new RegExp(`\r\nDewi Lestari,Petugas,\\d+,${completed},`));
});

test("dashboard screenshots at 360 and 1366 px", async ({ page }, info) => {
  test.skip(info.project.name !== "desktop", "one set of screenshots is enough");
  test.setTimeout(120_000);
  await login(page, demo.lurah);
  for (const [w, h] of [[360, 780], [1366, 768]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/pimpinan");
    await expect(page.locator("[data-chart=nrr] svg")).toBeVisible();
    await page.screenshot({ path: info.outputPath(`dashboard-${w}.png`), fullPage: true });
    await page.locator("[data-chart=nrr]").screenshot({ path: info.outputPath(`nrr-${w}.png`) });
  }
  const camat = await (await page.context().browser()!.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await login(camat, demo.camat);
  await camat.goto("/pimpinan");
  await camat.getByTestId("office-comparison").screenshot({ path: info.outputPath("comparison-1366.png") });
  await camat.setViewportSize({ width: 360, height: 780 });
  await camat.getByTestId("office-comparison").screenshot({ path: info.outputPath("comparison-360.png") });
  await camat.context().close();
});
