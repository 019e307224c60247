import { expect, test } from "@playwright/test";
import { demo, expectAccessible, login } from "./fixtures";

test("a resident searches the FAQ on a phone and opens a service from an answer", async ({ page }) => {
  test.setTimeout(120_000); // four pages with axe runs; 60 s was not enough on a loaded 2-core machine
  await login(page, demo.siti);
  await expect(page.getByRole("heading", { name: "Pertanyaan yang sering diajukan" })).toBeVisible();
  await page.getByRole("link", { name: /Semua tanya jawab/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bantuan & tanya jawab" })).toBeVisible();
  await expectAccessible(page);

  // Stemming: "membuat" finds the article about "pembuatan KTP-el".
  await page.getByLabel("Cari pertanyaan").fill("membuat ktp");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("heading", { name: 'Hasil untuk "membuat ktp"' })).toBeVisible();
  const answer = page.getByTestId("faq-entry").first();
  await expect(answer.getByText("Bagaimana cara pembuatan KTP-el untuk pertama kali?")).toBeVisible();
  await expect(answer.getByText(/surat pengantar ke Disdukcapil/i).first()).toBeVisible();
  await expectAccessible(page);

  await answer.getByRole("button", { name: "Ya" }).click();
  await expect(answer.getByRole("status")).toHaveText("Terima kasih atas masukan Anda.");

  await answer.getByRole("link", { name: /Lihat layanan: Surat Pengantar ke Disdukcapil/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Surat Pengantar ke Disdukcapil" })).toBeVisible();
  // The service standard shows that service's questions too.
  await expect(page.getByRole("heading", { name: "Tanya jawab layanan ini" })).toBeVisible();
  await expectAccessible(page);
});

test("signed out, a typo still finds an answer", async ({ page }) => {
  await page.goto("/bantuan?kantor=kelurahan-pakansari&q=domisli");
  await expect(page.getByText("Tidak ada yang persis cocok. Mungkin maksud Anda:")).toBeVisible();
  await expect(page.getByText("Apa syarat surat keterangan domisili?")).toBeVisible();
  await expectAccessible(page);
});

test("the questions can be narrowed to one category, and a search stays in it", async ({ page }) => {
  await page.goto("/bantuan?kantor=kelurahan-pakansari");
  const categories = page.getByRole("navigation", { name: "Kategori" });
  await categories.getByRole("link", { name: /^Surat keterangan \(2\)$/ }).click();
  await expect(page.getByRole("heading", { name: "Tanya jawab: Surat keterangan" })).toBeVisible();
  await expect(categories.getByRole("link", { name: /^Surat keterangan/ })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Apa syarat surat keterangan domisili?")).toBeVisible();
  await expect(page.getByText("Berapa biaya mengurus surat di kelurahan?")).toHaveCount(0); // "Umum"
  // A search from here looks in this category only: "surat" matches the fee question (Umum) too.
  await page.getByLabel("Cari pertanyaan").fill("surat");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page.getByRole("heading", { name: 'Hasil untuk "surat"' })).toBeVisible();
  await expect(page.getByText("Bagaimana membuat surat keterangan usaha (SKU)?")).toBeVisible();
  await expect(page.getByText("Berapa biaya mengurus surat di kelurahan?")).toHaveCount(0);
  await categories.getByRole("link", { name: "Semua" }).click();
  await expect(page.getByText("Berapa biaya mengurus surat di kelurahan?")).toBeVisible();
  await expectAccessible(page);
});
