import { devices, expect, test } from "@playwright/test";
import { demo, expectAccessible, login, uniqueNik, uploadAndSend } from "./fixtures";

// Issue 17 "for whom": Ahmad (Kelurahan Tengah) is alone on his KK. A Surat Keterangan Kematian is
// never for oneself, so his only choice is "another person": he gives the name, NIK and relationship
// of the deceased (mistakes shown at the field, nothing typed lost), sends it, and staff see that person.

test("a resident alone on his KK applies for a death certificate for another person; staff see that person", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { nik } = uniqueNik();
  const name = `Karto Wiyono ${Date.now().toString(36)}`;
  await login(page, demo.ahmad);
  await page.goto("/layanan/kelurahan-tengah/surat-keterangan-kematian");
  await expect(page.getByTestId("std-targets")).toContainText("orang lain di luar KK");
  await page.getByRole("link", { name: "Ajukan permohonan" }).first().click();

  // No "Saya sendiri", no household: "Orang lain" is the one choice, already picked.
  await expect(page.getByText("Layanan ini tidak dapat diajukan untuk diri sendiri.")).toBeVisible();
  await expect(page.getByRole("radio", { name: /Saya sendiri/ })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "Orang lain (di luar KK)" })).toBeChecked();

  // Empty, then a NIK that is not one: each message at its field.
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await expect(page.getByLabel("Nama lengkap")).toBeFocused();
  await expect(page.getByText("Wajib diisi.")).toBeVisible();
  await expect(page.getByText("Isi hubungan Anda dengan orang ini.")).toBeVisible();
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByRole("textbox", { name: "NIK", exact: true }).fill("1234");
  await page.getByLabel("Hubungan Anda dengan orang tersebut").fill("Ayah");
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await expect(page.getByText("NIK harus 16 angka.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "NIK", exact: true })).toBeFocused();
  // His own NIK is refused by the server, and what he typed stays.
  await page.getByRole("textbox", { name: "NIK", exact: true }).fill(demo.ahmad);
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await expect(page.getByText("Ini NIK Anda sendiri. Layanan ini diajukan untuk orang lain.")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(name);
  await expect(page.getByLabel("Hubungan Anda dengan orang tersebut")).toHaveValue("Ayah");
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "NIK", exact: true }).fill(nik.replace(/(\d{4})(?=\d)/g, "$1 "));
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await page.waitForURL(/\/warga\/permohonan\/[^/]+\/isi$/);
  await expect(page.getByText(`Untuk ${name} (NIK ${nik.slice(0, 4)}••••••••${nik.slice(-4)}), Ayah`)).toBeVisible();

  // The service's own fields and documents, then send.
  await page.getByLabel(/Tanggal meninggal/).fill("05/01/2026");
  await page.getByLabel(/Tempat meninggal/).fill("Rumah");
  await page.getByLabel(/Sebab kematian/).selectOption("Sakit biasa/tua");
  await page.getByLabel(/Tempat meninggal/).blur();
  await expect(page.getByText("Tersimpan", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await expect(page.getByRole("heading", { name: /Dokumen/ })).toBeVisible();
  await uploadAndSend(page, [
    ["Surat pengantar RT/RW", "pengantar.png", "#c8d6e5"],
    ["Fotokopi KTP-el almarhum/almarhumah", "ktp-almarhum.png", "#ffffff"],
    ["Fotokopi Kartu Keluarga (KK)", "kk.png", "#d6e5c8"],
    ["Fotokopi KTP-el pelapor", "ktp-pelapor.png", "#e5c8d6"],
    ["Fotokopi KTP-el dua orang saksi", "ktp-saksi.png", "#e5e5c8"],
  ]);
  await expect(page.getByTestId("request-for")).toContainText(name);
  const requestId = new URL(page.url()).pathname.split("/").pop()!;
  const number = (await page.getByTestId("registration-number").textContent())!.trim();

  // Staff of the office, on a desktop: the detail names the deceased with the full NIK; the queue masks it.
  const { defaultBrowserType: _ignored, ...desktop } = devices["Desktop Chrome"];
  const staffContext = await browser.newContext({ ...desktop, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const staff = await staffContext.newPage();
  await login(staff, demo.petugasTengah);
  await staff.goto(`/petugas/permohonan/${requestId}`);
  const subject = staff.getByTestId("request-subject");
  await expect(subject).toContainText(name);
  await expect(subject).toContainText(nik);
  await expect(subject).toContainText("Ayah");
  await expect(staff.getByText("Orang lain (di luar KK)")).toBeVisible();
  await staff.goto(`/petugas/permohonan?q=${encodeURIComponent(number)}`);
  await expect(staff.getByText(`untuk ${name} (${nik.slice(0, 4)}••••••••${nik.slice(-4)})`)).toBeVisible();
  await expect(staff.getByText(nik)).toHaveCount(0);
  await staffContext.close();
});
