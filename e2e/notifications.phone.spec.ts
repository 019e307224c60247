import { devices, expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

// Siti on her phone watches the bell while a staff member, in another browser, verifies, processes
// and completes her Surat Keterangan Kematian request. The count rises without a reload or a focus
// change (the page's stream announces each notification); opening the notification lands on the request.

const pdf = { name: "sk-kematian.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };

test("the bell count rises when staff complete her request, and the notification opens the request", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await login(page, demo.siti);
  await page.goto("/warga/permohonan?status=SUBMITTED");
  await page.getByRole("link", { name: /Surat Keterangan Kematian/ }).first().click();
  await page.waitForURL(/\/warga\/permohonan\/[^/?]+$/);
  const requestPath = new URL(page.url()).pathname;
  const requestId = requestPath.split("/").pop()!;
  const bell = page.locator('header a[href="/notifikasi"]');
  await expect(bell).toBeVisible();
  const before = Number(await bell.getAttribute("data-unread"));

  // Staff, desktop, another browser context.
  const { defaultBrowserType: _ignored, ...desktop } = devices["Desktop Chrome"];
  const staffContext = await browser.newContext({ ...desktop, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const staff = await staffContext.newPage();
  await login(staff, demo.petugas);
  await staff.goto(`/petugas/permohonan/${requestId}`);
  await staff.getByRole("button", { name: "Verifikasi", exact: true }).click();
  await expect(staff.getByRole("button", { name: "Mulai proses" })).toBeVisible();
  await staff.getByRole("button", { name: "Mulai proses" }).click();
  await expect(staff.getByRole("heading", { name: "Selesaikan" })).toBeVisible();
  await staff.getByLabel(/Dokumen hasil \(PDF/).setInputFiles(pdf);
  await staff.getByRole("button", { name: "Selesaikan" }).click();
  await expect(staff.getByRole("link", { name: pdf.name })).toBeVisible();
  // Staff see what was sent to the resident beside the timeline.
  await expect(staff.getByTestId("sent-messages")).toContainText("Selesai lewat E-mail");
  await staffContext.close();

  // Back on the phone, untouched all along: the bell has counted the three notifications live.
  await expect.poll(async () => Number(await bell.getAttribute("data-unread")), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 3);
  await expect(bell).toHaveAccessibleName(/belum dibaca/);

  await bell.click();
  await page.waitForURL(/\/notifikasi$/);
  await expectAccessible(page);
  await page.getByRole("link", { name: /Permohonan .* selesai/ }).first().click();
  await page.waitForURL((url) => url.pathname === requestPath);
  await expect(page.getByText("Permohonan selesai")).toBeVisible();
  await expect(page.getByTestId("sent-messages")).toContainText("lewat E-mail");
});
