import { devices, expect, test, type Page } from "@playwright/test";
import { demo, expectAccessible, login, scan, uniqueNik, uploadAndSend } from "./fixtures";

// Issue 17, after the start: Ahmad (Kelurahan Tengah, alone on his KK) began a death certificate for
// the wrong person. He changes who it is for on the draft — his typed answers and uploaded file stay —
// and sends it. Staff send it back pointing at the other person's NIK; he fixes exactly that field
// (the name stays read-only), and resubmits. SHOTS_DIR=… saves screenshots at 360 and 1366 px.

async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: `${dir}/${name}-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${dir}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize(size);
}

const masked = (nik: string) => `${nik.slice(0, 4)}••••••••${nik.slice(-4)}`;
const nikBox = (page: Page) => page.getByRole("textbox", { name: "NIK", exact: true });

test("a resident changes the other person on a draft, sends it, and fixes the NIK staff pointed at", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const wrong = { name: `Salah Orang ${stamp}`, nik: uniqueNik().nik };
  const right = { name: `Karto Wiyono ${stamp}`, nik: uniqueNik().nik };
  const fixedNik = uniqueNik().nik;

  await login(page, demo.ahmad);
  await page.goto("/layanan/kelurahan-tengah/surat-keterangan-kematian");
  await page.getByRole("link", { name: "Ajukan permohonan" }).first().click();
  await page.getByLabel("Nama lengkap").fill(wrong.name);
  await nikBox(page).fill(wrong.nik);
  await page.getByLabel("Hubungan Anda dengan orang tersebut").fill("Paman");
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await page.waitForURL(/\/warga\/permohonan\/[^/]+\/isi$/);
  const formUrl = page.url();
  await expect(page.getByText(`Untuk ${wrong.name} (NIK ${masked(wrong.nik)}), Paman`)).toBeVisible();

  // Answers and one document first.
  await page.getByLabel(/Tempat meninggal/).fill("Rumah");
  await page.getByLabel(/Tempat meninggal/).blur();
  await expect(page.getByText("Tersimpan", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: /2\. Dokumen/ }).click();
  await page.getByLabel("Pilih berkas: Surat pengantar RT/RW").setInputFiles(await scan("pengantar.png"));
  await expect(page.getByRole("link", { name: "pengantar.png" })).toBeVisible();

  // Wrong person: change it on the draft.
  await page.getByRole("link", { name: "Ubah untuk siapa" }).click();
  await page.waitForURL(/\/untuk-siapa$/);
  await expect(page.getByRole("radio", { name: "Orang lain (di luar KK)" })).toBeChecked();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(wrong.name);
  await page.getByLabel("Nama lengkap").fill(right.name);
  await page.getByLabel("Hubungan Anda dengan orang tersebut").fill("Ayah");
  // A NIK that is not one is caught at the field; his own NIK is refused by the server; what he typed stays.
  await nikBox(page).fill("3201");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("NIK harus 16 angka.")).toBeVisible();
  await expect(nikBox(page)).toBeFocused();
  await nikBox(page).fill(demo.ahmad);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Ini NIK Anda sendiri. Layanan ini diajukan untuk orang lain.")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(right.name);
  await expect(page.getByLabel("Hubungan Anda dengan orang tersebut")).toHaveValue("Ayah");
  await expectAccessible(page);
  await shot(page, "draft-change-error");
  await nikBox(page).fill(right.nik);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await page.waitForURL(formUrl);
  await expect(page.getByText(`Untuk ${right.name} (NIK ${masked(right.nik)}), Ayah`)).toBeVisible();
  await expect(page.getByLabel(/Tempat meninggal/)).toHaveValue("Rumah");
  await shot(page, "apply-form-draft");

  await page.getByLabel(/Tanggal meninggal/).fill("05/01/2026");
  await page.getByLabel(/Sebab kematian/).selectOption("Sakit biasa/tua");
  await page.getByLabel(/Tanggal meninggal/).blur();
  await expect(page.getByText("Tersimpan", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await expect(page.getByRole("link", { name: "pengantar.png" })).toBeVisible();
  await uploadAndSend(page, [
    ["Fotokopi KTP-el almarhum/almarhumah", "ktp-almarhum.png", "#ffffff"],
    ["Fotokopi Kartu Keluarga (KK)", "kk.png", "#d6e5c8"],
    ["Fotokopi KTP-el pelapor", "ktp-pelapor.png", "#e5c8d6"],
    ["Fotokopi KTP-el dua orang saksi", "ktp-saksi.png", "#e5e5c8"],
  ]);
  await expect(page.getByTestId("request-for")).toContainText(right.name);
  const requestId = new URL(page.url()).pathname.split("/").pop()!;

  // Staff point at the other person's NIK.
  const { defaultBrowserType: _ignored, ...desktop } = devices["Desktop Chrome"];
  const staffContext = await browser.newContext({ ...desktop, viewport: { width: 1366, height: 900 }, locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const staff = await staffContext.newPage();
  await login(staff, demo.petugasTengah);
  await staff.goto(`/petugas/permohonan/${requestId}`);
  await expect(staff.getByTestId("subject-change")).toContainText(`${wrong.name} (NIK ${masked(wrong.nik)}, Paman) → ${right.name} (NIK ${masked(right.nik)}, Ayah)`);
  await staff.getByLabel("Persyaratan").selectOption({ label: "Permohonan untuk orang lain: NIK" });
  await staff.getByLabel(/^Yang harus diperbaiki/).fill("NIK tidak sama dengan KTP almarhum, periksa lagi.");
  if (process.env.SHOTS_DIR) await staff.screenshot({ path: `${process.env.SHOTS_DIR}/staff-correction-1366.png`, fullPage: true });
  await staff.getByRole("button", { name: "Kirim permintaan perbaikan" }).click();
  await expect(staff.getByText("Permohonan untuk orang lain: NIK: NIK tidak sama dengan KTP almarhum, periksa lagi.")).toBeVisible();

  // The resident sees what to fix, and may change only the NIK.
  await page.goto(`/warga/permohonan/${requestId}`);
  await expect(page.getByRole("heading", { name: "Permohonan perlu diperbaiki" })).toBeVisible();
  await expect(page.getByText("NIK tidak sama dengan KTP almarhum, periksa lagi.")).toBeVisible();
  await page.getByRole("link", { name: "Perbaiki dan kirim ulang" }).click();
  // Sending before the NIK was changed is held.
  await page.getByRole("button", { name: "Kirim perbaikan" }).click();
  await expect(page.getByText("Perbaiki dulu data orang yang dimohonkan sesuai catatan petugas (tautan di atas).")).toBeVisible();
  await shot(page, "apply-form-correction");
  await page.getByRole("link", { name: "Perbaiki data orang tersebut" }).click();
  await page.waitForURL(/\/untuk-siapa$/);
  await expect(page.getByTestId("subject-corrections")).toContainText("NIK tidak sama dengan KTP almarhum, periksa lagi. (belum diubah)");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByLabel("Nama lengkap")).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("Hubungan Anda dengan orang tersebut")).toHaveAttribute("readonly", "");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Ubah isian ini sesuai catatan petugas.")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "correction-subject");
  await nikBox(page).fill(fixedNik);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await page.waitForURL(formUrl);
  await expect(page.getByText(`Untuk ${right.name} (NIK ${masked(fixedNik)}), Ayah`)).toBeVisible();
  await page.getByRole("button", { name: "Kirim perbaikan" }).click();
  await page.waitForURL(/\?terkirim=1$/);
  // The resident's own timeline says who the request is for now (NIK masked), after each change.
  const changes = page.getByRole("listitem").filter({ hasText: "Data orang yang dimohonkan diubah" });
  await expect(changes).toHaveCount(2);
  await expect(changes.first()).toContainText(`Sekarang untuk: ${right.name} (NIK ${masked(fixedNik)})`);

  await staff.reload();
  await expect(staff.getByTestId("request-subject")).toContainText(fixedNik);
  await expect(staff.getByTestId("subject-change").last()).toContainText(`→ ${right.name} (NIK ${masked(fixedNik)}, Ayah)`);
  if (process.env.SHOTS_DIR) await staff.screenshot({ path: `${process.env.SHOTS_DIR}/staff-history-1366.png`, fullPage: true });
  await staffContext.close();
});
