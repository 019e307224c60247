import { expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";
import { copyOfRequest } from "./db";


// A copy (own id and number, same history) of the COMPLETED request of Siti (Surat Keterangan Tidak
// Mampu) seeded by prisma/seed/survey.ts without a survey answer: each attempt rates its own.
const SEEDED_REQUEST = "seed-skm-siti-selesai";

async function respondentsFor(page: Page, serviceId: string) {
  await page.goto(`/pimpinan?layanan=${serviceId}`);
  const text = await page.getByTestId("kpi-respondents").locator("dd").first().innerText();
  return Number(text.replace(/\D/g, ""));
}

test("a resident answers the survey of a completed request on a phone; the supervisor sees the IKM change and downloads the report", async ({ browser, page }) => {
  const supervisor = await (await browser.newContext()).newPage();
  await login(supervisor, demo.lurah);
  await supervisor.goto("/pimpinan");
  const serviceId = await supervisor.locator("select[name=layanan] option", { hasText: "Tidak Mampu" }).first().getAttribute("value");
  expect(serviceId).toBeTruthy();
  const before = await respondentsFor(supervisor, serviceId!);

  const SITI_REQUEST = (await copyOfRequest({ id: SEEDED_REQUEST })).id;
  await login(page, demo.siti);
  // The completed request's page invites the resident to rate the service.
  await page.goto(`/warga/permohonan/${SITI_REQUEST}`);
  await page.getByRole("link", { name: "Nilai layanan ini" }).click();
  await expect(page).toHaveURL(new RegExp(`/warga/survei/${SITI_REQUEST}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Survei Kepuasan Masyarakat" })).toBeVisible();
  await expectAccessible(page);

  // Nothing answered: a clear message, nothing sent.
  await page.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(page.getByText("Jawab minimal satu pertanyaan sebelum mengirim.")).toBeVisible();

  const group = (n: number) => page.getByRole("group", { name: new RegExp(`^${n}\\. `) });
  await group(1).getByText("Sangat sesuai").click();
  await group(2).getByText("Mudah", { exact: true }).click();
  await group(3).getByText("Cepat", { exact: true }).click();
  await group(4).getByText("Tidak menjawab").click(); // skipped unsur
  await group(5).getByText("Sesuai", { exact: true }).click();
  await group(6).getByText("Sangat kompeten").click();
  await group(7).getByText("Sopan dan ramah", { exact: true }).click();
  await group(9).getByText("Baik", { exact: true }).click();
  await page.getByRole("group", { name: "Jenis kelamin" }).getByText("Perempuan").click();
  await page.getByLabel("Umur").selectOption("30_39");
  await page.getByLabel("Saran dan masukan").fill("Pelayanan cepat, terima kasih.");
  await page.screenshot({ path: test.info().outputPath("survey.png"), fullPage: true });
  await page.getByRole("button", { name: "Kirim penilaian" }).click();
  await expect(page.getByTestId("survey-thanks")).toBeVisible();

  // A second attempt is refused clearly.
  await page.reload();
  await expect(page.getByText("Survei ini sudah diisi. Terima kasih!")).toBeVisible();
  await page.goto(`/warga/permohonan/${SITI_REQUEST}`);
  await expect(page.getByText("Terima kasih, penilaian Anda sudah tercatat.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nilai layanan ini" })).toHaveCount(0);

  // The supervisor's dashboard counts the new respondent and shows an IKM for that service.
  expect(await respondentsFor(supervisor, serviceId!)).toBe(before + 1);
  await expect(supervisor.getByTestId("kpi-ikm").locator("dd").first()).toHaveText(/^\d{2,3}\.\d{2}$/);
  await expect(supervisor.locator("[data-chart=nrr] [role=img]")).toBeVisible();

  const pdf = await supervisor.request.get(`/api/survey/report?periode=${new Date().getFullYear()}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await supervisor.context().close();
});
