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
