import { expect, test } from "@playwright/test";
import { expectAccessible, login, demo, uniqueNik } from "./fixtures";

// SCREENSHOT_DIR set: pictures of each step at 1366 and 360 px wide, for a person to look at.
async function shoot(page: import("@playwright/test").Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  for (const [w, h] of [[1366, 768], [360, 780]]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${dir}/${name}-${w}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

// Staff import a small SIAK-style CSV with one bad row, fix that row inline and commit.

const siakDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

test("import a CSV with one bad row, fix it inline, commit, and find the residents in the register", async ({ page }) => {
  test.setTimeout(90_000);
  const kk = `320101${Date.now().toString().slice(-10)}`;
  const head = uniqueNik("L");
  const wife = uniqueNik("P");
  const child = uniqueNik("L");
  const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
  const lines = [
    "NIK;NO_KK;NAMA_LGKP;TMPT_LHR;TGL_LHR;JENIS_KLMIN;ALAMAT;NO_RT;NO_RW;STAT_HBKEL",
    `${head.nik};${kk};KEPALA ${tag};BOGOR;${siakDate(head.birthDate)};LAKI-LAKI;JL. IMPOR 1;3;5;KEPALA KELUARGA`,
    // The wife's NIK says female (+40), but the sex column says male: the bad row.
    `${wife.nik};${kk};ISTRI ${tag};BOGOR;${siakDate(wife.birthDate)};LAKI-LAKI;JL. IMPOR 1;3;5;ISTRI`,
    `${child.nik};${kk};ANAK ${tag};BOGOR;${siakDate(child.birthDate)};L;JL. IMPOR 1;3;5;ANAK`,
  ];

  await login(page, demo.petugas);
  await page.goto("/petugas/warga");
  await page.getByRole("link", { name: "Impor data penduduk" }).click();
  await page.getByLabel("Berkas CSV atau XLSX").setInputFiles({ name: `penduduk-${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(lines.join("\r\n")) });
  await page.getByRole("button", { name: "Unggah dan periksa" }).click();
  await page.waitForURL(/\/petugas\/warga\/impor\/[^/]+$/);

  // Step 1: the SIAK column names were recognised.
  await expect(page.getByLabel("NIK", { exact: true })).toHaveValue("0");
  await expect(page.getByLabel("Hubungan keluarga")).toHaveValue("9");
  await expectAccessible(page);
  await shoot(page, "import-mapping");
  await page.getByRole("button", { name: "Periksa semua baris" }).click();

  // Step 2: one row with problems, explained at the field.
  const bad = page.getByRole("form", { name: "Baris 3" });
  await expect(bad).toBeVisible();
  await expect(bad.getByText(/tidak sesuai NIK \(perempuan: tanggal pada NIK ditambah 40\)/)).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^2$/ })).toHaveCount(1); // two new residents ready
  await expectAccessible(page);
  await shoot(page, "import-preview");
  await bad.getByLabel("Jenis kelamin").fill("PEREMPUAN");
  await bad.getByRole("button", { name: "Simpan perbaikan" }).click();
  await expect(page.getByRole("form", { name: "Baris 3" })).toHaveCount(0);

  // Step 3: commit all three.
  await page.getByRole("button", { name: "Simpan 3 baris" }).click();
  await expect(page.getByText("Impor tersimpan.")).toBeVisible({ timeout: 30_000 });

  // The household is in the register, the head of family marked.
  await page.goto(`/petugas/warga?q=${kk}`);
  await expect(page.getByRole("link", { name: `ISTRI ${tag}` })).toBeVisible();
  await page.getByRole("link", { name: `ANAK ${tag}` }).click();
  await expect(page.getByText("Anggota keluarga (KK yang sama)")).toBeVisible();
  const headRow = page.getByRole("listitem").filter({ hasText: `KEPALA ${tag}` });
  await expect(headRow.getByText("Kepala keluarga")).toBeVisible();
  await expectAccessible(page);
  await shoot(page, "register-detail");
  await page.goto("/petugas/warga?rw=5&account=no");
  await shoot(page, "register-list");
});
