import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

test("public home explains the service and lists the offices", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Urus surat");
  await expect(page.getByText("Kelurahan Pakansari", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
});

test("the chosen language is remembered", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Bahasa").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Get letters");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Get letters");
  await page.getByLabel("Language").selectOption("id");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Urus surat");
});
