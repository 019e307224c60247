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
  await page.getByRole("navigation", { name: "Bahasa" }).getByRole("button", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Get letters");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: /English/ })).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Get letters");
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Language" }).getByRole("button", { name: /Bahasa Indonesia/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Urus surat");
});
