import { expect, test, type Browser } from "@playwright/test";
import { demo, login } from "./fixtures";

// Cross-tenant checks: a resident never reaches staff or admin pages, and staff or admins of
// one office never see another office's residents or accounts, even by typing the URL.

const notFoundHeading = "Halaman tidak ditemukan";

async function signedIn(browser: Browser, identifier: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, identifier);
  return { context, page };
}

test("a resident opening staff or admin pages gets 404", async ({ page }) => {
  await login(page, demo.siti);
  for (const path of ["/petugas", "/petugas/warga", "/admin", "/admin/pengguna", "/pimpinan"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: notFoundHeading })).toBeVisible();
  }
});

test("staff of Kelurahan Tengah get 404 for a Pakansari resident's record, and do not see them in their list", async ({ browser }) => {
  const pakansari = await signedIn(browser, demo.petugas);
  await pakansari.page.goto("/petugas/warga?q=Siti");
  await pakansari.page.getByRole("link", { name: "Siti Aminah" }).click();
  await expect(pakansari.page.getByText(demo.siti)).toBeVisible(); // full NIK on the audited detail page
  const detailUrl = pakansari.page.url();
  await pakansari.context.close();

  const tengah = await signedIn(browser, demo.petugasTengah);
  await tengah.page.goto(detailUrl);
  await expect(tengah.page.getByRole("heading", { name: notFoundHeading })).toBeVisible();
  await expect(tengah.page.getByText(demo.siti)).toHaveCount(0);

  await tengah.page.goto("/petugas/warga?q=Siti");
  await expect(tengah.page.getByText("Tidak ada warga yang cocok.")).toBeVisible();
  await tengah.page.goto("/petugas/warga");
  await expect(tengah.page.getByRole("link", { name: "Ahmad Fauzi" })).toBeVisible();
  await expect(tengah.page.getByText("3201••••••••0003")).toBeVisible();
  await tengah.context.close();
});

test("an admin of Kelurahan Tengah gets 404 for a Pakansari account", async ({ browser }) => {
  const pakansari = await signedIn(browser, demo.admin);
  await pakansari.page.goto("/admin/pengguna?q=petugas%40pakansari");
  await pakansari.page.getByRole("link", { name: "Dewi Lestari" }).click();
  await expect(pakansari.page.getByRole("heading", { name: "Dewi Lestari" })).toBeVisible();
  const userUrl = pakansari.page.url();
  await pakansari.context.close();

  const tengah = await signedIn(browser, demo.adminTengah);
  await tengah.page.goto(userUrl);
  await expect(tengah.page.getByRole("heading", { name: notFoundHeading })).toBeVisible();
  await tengah.page.goto("/admin/pengguna?q=Dewi");
  await expect(tengah.page.getByText("Tidak ada akun yang cocok.")).toBeVisible();
  await tengah.context.close();
});
