import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

test("public home explains the service and lists the offices", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Urus surat");
  await expect(page.getByText("Kelurahan Pakansari", { exact: false }).first()).toBeVisible();
  // The office's name once, not "Kelurahan · Kelurahan Pakansari" (issue 17).
  await expect(page.getByRole("link", { name: "Kelurahan Pakansari", exact: true })).toBeVisible();
  await expect(page.getByText(/Kelurahan · Kelurahan/)).toHaveCount(0);
  await expectAccessible(page);
});

test("the browser tab shows the app's icon", async ({ page, request }) => {
  await page.goto("/");
  const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
  expect(icons.map((href) => href.split("?")[0])).toEqual(expect.arrayContaining(["/favicon.ico", "/icons/icon.svg"]));
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO header, not an HTML 404
  expect((await request.get("/icons/icon.svg")).headers()["content-type"]).toContain("image/svg+xml");
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
