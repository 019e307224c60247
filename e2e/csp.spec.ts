import { expect, test, type Page } from "@playwright/test";
import { demo, login } from "./fixtures";

// The Content-Security-Policy is one the app passes: no page logs a violation, the pages still
// work (hydrated: client-side interactions run), and every response has the security headers.
function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  return violations;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const headers = response!.headers();
  expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain(/pengaduan\/baru/.test(path) ? "geolocation=(self)" : "geolocation=()");
  expect(headers["strict-transport-security"]).toBeUndefined(); // plain HTTP here
  await page.waitForLoadState("networkidle");
}

test("public pages pass the CSP", async ({ page }) => {
  const violations = watchViolations(page);
  for (const path of ["/", "/layanan", "/layanan/kelurahan-pakansari", "/statistik", "/lacak", "/pengaduan", "/masuk", "/daftar"]) await visit(page, path);
  await page.goto("/statistik");
  await page.getByText("Lihat sebagai tabel").first().click();
  expect(violations).toEqual([]);
});

test("a public page answered from the page cache has a fresh nonce, passes the CSP and still runs its scripts", async ({ page }) => {
  const violations = watchViolations(page);
  const path = "/layanan/kelurahan-pakansari";
  const nonce = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1];
  // Other specs edit the catalogue in parallel, and every edit empties the cache: try again then.
  let first = await page.goto(path);
  let second = await page.goto(path);
  for (let i = 0; i < 5 && second!.headers()["x-page-cache"] !== "hit"; i++) [first, second] = [second, await page.goto(path)];
  expect(second!.headers()["x-page-cache"]).toBe("hit");
  expect(nonce(second!.headers()["content-security-policy"])).not.toBe(nonce(first!.headers()["content-security-policy"]));
  await page.waitForLoadState("networkidle");
  // Hydrated: React has attached itself to the page's elements (it does so only once its scripts ran).
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("h1")!).some((k) => k.startsWith("__reactFiber")))).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("resident and staff pages pass the CSP", async ({ page }) => {
  const violations = watchViolations(page);
  await login(page, demo.siti);
  for (const path of ["/warga", "/warga/permohonan", "/warga/pengaduan", "/warga/pengaduan/baru", "/profil"]) await visit(page, path);
  await page.context().clearCookies();
  await login(page, demo.petugas);
  for (const path of ["/petugas", "/petugas/permohonan", "/petugas/pengaduan", "/petugas/pengaduan/baru"]) await visit(page, path);
  await page.context().clearCookies();
  await login(page, demo.lurah);
  await visit(page, "/pimpinan");
  expect(violations).toEqual([]);
});

test("API responses and files carry the static security headers", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.headers()["x-content-type-options"]).toBe("nosniff");
  expect(health.headers()["x-frame-options"]).toBe("DENY");
  expect(health.headers()["permissions-policy"]).toContain("camera=()");
});
