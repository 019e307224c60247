import { expect, test } from "@playwright/test";
import { freshSurveyLink } from "./db";
import { expectAccessible } from "./fixtures";

test("a walk-in answers once through the receipt link without logging in", async ({ page }) => {
  // A single-use link of this attempt's own (a retry must not find it already answered).
  const token = await freshSurveyLink();
  await page.goto(`/survei/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Survei Kepuasan Masyarakat" })).toBeVisible();
  await expectAccessible(page);
  // Only one unsur answered, the rest skipped: accepted.
  await page.getByRole("group", { name: /^7\. Perilaku Pelaksana/ }).getByText("Sangat sopan dan ramah").click();
  await page.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(page.getByTestId("survey-thanks")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Survei ini sudah diisi. Terima kasih!")).toBeVisible();
  await expect(page.getByRole("button", { name: "Kirim penilaian" })).toHaveCount(0);
});

test("an unknown survey link is not found", async ({ page }) => {
  await page.goto("/survei/tautanTidakAdaSamaSekali1");
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
});

test("the public statistics page shows the office's latest published IKM and category", async ({ page }) => {
  await page.goto("/statistik?kantor=kelurahan-pakansari");
  const latest = page.getByTestId("latest-ikm");
  await expect(latest).toContainText(/Triwulan (I|II|III|IV) \d{4}/);
  await expect(latest).toContainText(/\d{2},\d{2}/);
  await expect(latest).toContainText(/(A|B|C|D) · (Sangat Baik|Baik|Kurang Baik|Tidak Baik)/);
});
