import { expect, test } from "@playwright/test";
import { demo, login } from "./fixtures";

// Seeded by prisma/seed/survey.ts: a completed counter request of Budi whose survey is not answered.
const WALK_IN_REQUEST = "seed-skm-budi-loket";

test("the printed walk-in receipt carries a single-use survey QR code that opens the survey without login", async ({ page, browser }) => {
  await login(page, demo.petugas);
  await page.goto(`/petugas/permohonan/${WALK_IN_REQUEST}/tanda-terima`);
  const slot = page.getByTestId("receipt-survey");
  await expect(slot.getByRole("img", { name: "Kode QR survei kepuasan" })).toBeVisible();
  const link = (await slot.getByTestId("receipt-survey-link").innerText()).trim();
  expect(link).toMatch(/\/survei\/[A-Za-z0-9_-]{22}$/);
  // Printing again gives the same link (one invitation per request).
  await page.reload();
  await expect(page.getByTestId("receipt-survey-link")).toHaveText(link);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(new URL(link).pathname);
  await expect(visitor.getByRole("heading", { level: 1, name: "Survei Kepuasan Masyarakat" })).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Kirim penilaian" })).toBeVisible();
  await visitor.context().close();
});
