import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { demo, expectAccessible, login } from "./fixtures";

// A resident on a phone: catalogue → apply with uploads → registration number → timeline → cancel.

async function pngFile(name: string) {
  const buffer = await sharp({ create: { width: 320, height: 200, channels: 3, background: "#c8d6e5" } }).png().toBuffer();
  return { name, mimeType: "image/png", buffer };
}

async function uploadTo(page: Page, label: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(`Pilih berkas: ${label}`).setInputFiles(file);
  await expect(page.getByTestId(/^doc-/).filter({ hasText: label }).getByRole("link", { name: file.name })).toBeVisible();
}

test("Siti applies for a Surat Keterangan Domisili, gets a number, follows it and cancels it; Ahmad gets 404", async ({ page, browser, request }) => {
  await login(page, demo.siti);
  await page.goto("/layanan");
  await page.getByRole("link", { name: /^Kelurahan Pakansari/ }).click();
  await page.getByRole("link", { name: /Surat Keterangan Domisili/ }).click();
  await page.getByRole("link", { name: "Ajukan permohonan" }).first().click();

  // Who is it for: herself.
  await expect(page.getByRole("heading", { level: 1, name: /Ajukan Surat Keterangan Domisili/ })).toBeVisible();
  // For a household member without a relation: the message sits at the select, not in a browser bubble.
  await page.getByRole("radio", { name: /Budi Santoso/ }).check();
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await expect(page.getByText("Pilih hubungan Anda dengan orang ini.")).toBeVisible();
  await expect(page.getByLabel(/Hubungan/)).toBeFocused();
  await expect(page).not.toHaveURL(/\/isi$/);
  await page.getByRole("radio", { name: /Saya sendiri/ }).check();
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await page.waitForURL(/\/warga\/permohonan\/[^/]+\/isi$/);
  const formUrl = page.url();

  // Missing and wrong values are shown at their field before moving on; fixing one clears it.
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
  await page.getByLabel(/Lama tinggal/).fill("delapan");
  await page.getByLabel(/Lama tinggal/).blur();
  await expect(page.getByText("Isi dengan angka, misalnya 1.500.000 atau 2,5.")).toBeVisible();

  // Step 1: data, saved as she goes.
  await page.getByLabel(/Alamat tempat tinggal saat ini/).fill("Jl. Melati No. 7, RT 003/RW 005");
  await page.getByLabel(/Lama tinggal/).fill("8");
  await expect(page.getByText("Isi dengan angka, misalnya 1.500.000 atau 2,5.")).toHaveCount(0);
  await page.getByLabel(/Keperluan surat/).fill("Membuka rekening bank");
  await page.getByLabel(/Keperluan surat/).blur();
  await expect(page.getByText("Tersimpan", { exact: true })).toBeVisible();
  await expectAccessible(page);
  // A closed tab loses nothing: the draft comes back from the server.
  await page.reload();
  await expect(page.getByLabel(/Keperluan surat/)).toHaveValue("Membuka rekening bank");
  await page.getByRole("button", { name: /Lanjut/ }).click();

  // Step 2: documents. A disguised SVG is refused beside its input; the rest stays.
  await expect(page.getByRole("heading", { name: /Dokumen/ })).toBeVisible();
  await page.getByLabel("Pilih berkas: Surat pengantar RT/RW").setInputFiles({
    name: "pengantar.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(page.getByTestId("doc-pengantar_rt_rw").getByRole("alert")).toContainText("“pengantar.png” bukan jenis berkas yang diterima di sini");
  // Checked when picked, before a byte is sent (issue 17): an iPhone HEIC photo and a Word file.
  const uploads: string[] = [];
  page.on("request", (r) => { if (r.method() === "POST" && r.url().includes("/berkas")) uploads.push(r.url()); });
  await page.getByLabel("Pilih berkas: Surat pengantar RT/RW").setInputFiles({ name: "IMG_0412.HEIC", mimeType: "image/heic", buffer: Buffer.from("\0\0\0\x18ftypheic\0\0\0\0mif1heic") });
  await expect(page.getByTestId("doc-pengantar_rt_rw").getByRole("alert")).toContainText("Foto HEIC belum didukung, pilih JPG");
  await page.getByLabel("Pilih berkas: Surat pengantar RT/RW").setInputFiles({ name: "pengantar.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("PK\x03\x04 not really") });
  await expect(page.getByTestId("doc-pengantar_rt_rw").getByRole("alert")).toContainText("“pengantar.docx” bukan jenis berkas yang diterima di sini. Pilih");
  expect(uploads).toEqual([]);
  await expect(page.getByTestId("doc-pengantar_rt_rw")).not.toContainText("HEIC,");
  await uploadTo(page, "Surat pengantar RT/RW", await pngFile("pengantar-rt.png"));
  await uploadTo(page, "Fotokopi KTP-el pemohon", await pngFile("ktp.png"));
  await uploadTo(page, "Fotokopi Kartu Keluarga (KK)", await pngFile("kk.png"));
  // The camera is offered for photo requirements.
  await expect(page.getByLabel("Ambil foto: Fotokopi KTP-el pemohon")).toHaveAttribute("capture", "environment");
  await expectAccessible(page);
  await page.getByRole("button", { name: /Lanjut/ }).click();

  // Step 3: review and submit.
  await expect(page.getByText("Membuka rekening bank", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await page.waitForURL(/\/warga\/permohonan\/[^/]+\?terkirim=1$/);
  await expect(page.getByText("Permohonan terkirim!")).toBeVisible();
  const number = (await page.getByTestId("registration-number").textContent())!.trim();
  expect(number).toMatch(/^PKS\/\d{4}\/\d{6}$/);
  // She copies the number to paste it into a chat.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Salin nomor" }).click();
  await expect(page.getByRole("button", { name: "Tersalin" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(number);
  await expect(page.getByRole("heading", { name: "Riwayat status" })).toBeVisible();
  await expect(page.getByText("Permohonan diajukan")).toBeVisible();
  await expect(page.getByText("Perkiraan selesai")).toBeVisible();
  await expectAccessible(page);
  const requestUrl = page.url().replace(/\?.*$/, "");
  const fileHref = await page.getByRole("link", { name: "ktp.png" }).getAttribute("href");
  expect(fileHref).toMatch(/^\/api\/files\//);
  // The form is closed once sent.
  await page.goto(formUrl);
  await expect(page).toHaveURL(requestUrl);

  // History lists it, filterable by status.
  await page.goto("/warga/permohonan?status=SUBMITTED");
  await expect(page.getByText(number)).toBeVisible();

  // Another resident cannot open the request or its files.
  const other = await browser.newContext({ ...test.info().project.use });
  const ahmad = await other.newPage();
  await login(ahmad, demo.ahmad);
  // The not-found page (streamed after the (warga) loading shell, so the HTTP status is 200 with noindex).
  await ahmad.goto(requestUrl);
  await expect(ahmad.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(ahmad.getByText(number)).toHaveCount(0);
  await ahmad.goto(`${requestUrl}/isi`);
  await expect(ahmad.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  expect((await ahmad.request.get(fileHref!)).status()).toBe(404);
  await other.close();
  // Signed out, the file is not there either; Siti herself can open it.
  expect((await request.get(fileHref!)).status()).toBe(404);
  const own = await page.context().request.get(fileHref!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("image/png");
  expect(own.headers()["x-content-type-options"]).toBe("nosniff");
  expect(own.headers()["cache-control"]).toContain("no-store");

  // She cancels it before processing starts.
  await page.goto(requestUrl);
  await page.getByRole("button", { name: "Batalkan permohonan" }).click();
  await page.getByLabel("Alasan pembatalan (tidak wajib)").fill("Salah pilih layanan");
  await page.getByRole("button", { name: "Ya, batalkan" }).click();
  await expect(page.getByText("Permohonan dibatalkan.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Dibatalkan oleh pemohon")).toBeVisible();
  await expect(page.getByText("Salah pilih layanan")).toBeVisible();
});

test("a draft can be left and deleted later", async ({ page }) => {
  await login(page, demo.siti);
  await page.goto("/layanan/kelurahan-pakansari/surat-keterangan-kematian");
  await page.getByRole("link", { name: "Ajukan permohonan" }).first().click();
  // Never for oneself (issue 17): a KK member or another person.
  await expect(page.getByRole("radio", { name: /Saya sendiri/ })).toHaveCount(0);
  await page.getByRole("radio", { name: /Budi Santoso/ }).check();
  await page.getByLabel(/Hubungan/).selectOption("SPOUSE");
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await page.waitForURL(/\/isi$/);
  await page.getByLabel(/Tempat meninggal/).fill("Contoh Draf");
  await page.getByLabel(/Tempat meninggal/).blur();
  await expect(page.getByText("Tersimpan", { exact: true })).toBeVisible();

  await page.goto("/warga/permohonan?status=DRAFT");
  await page.getByRole("link", { name: /Surat Keterangan Kematian/ }).first().click();
  await expect(page.getByLabel(/Tempat meninggal/)).toHaveValue("Contoh Draf");
  await page.getByRole("button", { name: "Hapus draf" }).click();
  await page.getByRole("button", { name: "Ya, hapus draf" }).click();
  await page.waitForURL(/\/warga\/permohonan\?dihapus=1$/);
  await expect(page.getByText("Draf sudah dihapus.")).toBeVisible();
});

/** Applies for a Domisili as the signed-in resident; returns the request page URL. */
async function applyForDomisili(page: Page, purpose: string) {
  await page.goto("/layanan/kelurahan-pakansari/surat-keterangan-domisili");
  await page.getByRole("link", { name: "Ajukan permohonan" }).first().click();
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await page.waitForURL(/\/isi$/);
  await page.getByLabel(/Alamat tempat tinggal saat ini/).fill("Jl. Melati No. 7, RT 003/RW 005");
  await page.getByLabel(/Lama tinggal/).fill("8");
  await page.getByLabel(/Keperluan surat/).fill(purpose);
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await uploadTo(page, "Surat pengantar RT/RW", await pngFile("pengantar.png"));
  await uploadTo(page, "Fotokopi KTP-el pemohon", await pngFile("ktp-buram.png"));
  await uploadTo(page, "Fotokopi Kartu Keluarga (KK)", await pngFile("kk.png"));
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await page.waitForURL(/\?terkirim=1$/);
  return page.url().replace(/\?.*$/, "");
}

// Budi (same KK as Siti): the other tests of this file use Siti, and a second Domisili draft of the
// same resident would be resumed by whichever test runs in parallel.
const BUDI = "3201011203850001";

test("round trip with the back office: correction, resubmission, result PDF, receipt", async ({ page, browser }) => {
  await login(page, BUDI);
  const requestUrl = await applyForDomisili(page, "Syarat beasiswa anak");
  const id = requestUrl.split("/").pop()!;

  const staffContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const staff = await staffContext.newPage();
  await login(staff, demo.petugas);
  await staff.goto(`/petugas/permohonan/${id}`);
  await staff.getByLabel("Persyaratan").selectOption({ label: "Fotokopi KTP-el pemohon" });
  await staff.getByLabel(/^Yang harus diperbaiki/).fill("Foto KTP buram, mohon foto ulang di tempat terang.");
  await staff.getByRole("button", { name: "Kirim permintaan perbaikan" }).click();
  await expect(staff.getByText("Foto KTP buram, mohon foto ulang di tempat terang.").first()).toBeVisible();

  // The resident sees exactly what to fix and replaces only that file.
  await page.goto(requestUrl);
  await expect(page.getByRole("heading", { name: "Permohonan perlu diperbaiki" })).toBeVisible();
  await expect(page.getByText("Foto KTP buram, mohon foto ulang di tempat terang.")).toBeVisible();
  await page.getByRole("link", { name: "Perbaiki dan kirim ulang" }).click();
  await page.getByRole("button", { name: /2\. Dokumen/ }).click();
  await page.getByLabel("Ganti berkas: Fotokopi KTP-el pemohon").setInputFiles(await pngFile("ktp-jelas.png"));
  await expect(page.getByTestId("doc-fotokopi_ktp")).toContainText("Sudah diganti");
  await page.getByRole("button", { name: /3\. Periksa/ }).click();
  await page.getByRole("button", { name: "Kirim perbaikan" }).click();
  await page.waitForURL(/\?terkirim=1$/);
  await expect(page.getByText("Perbaikan dikirim")).toBeVisible();

  // Staff verify, process and complete with a result PDF.
  await staff.reload();
  await staff.getByRole("button", { name: "Verifikasi", exact: true }).click();
  await expect(staff.getByRole("button", { name: "Mulai proses" })).toBeVisible();
  await staff.getByRole("button", { name: "Mulai proses" }).click();
  await expect(staff.getByLabel(/Dokumen hasil/)).toBeVisible();
  await staff.getByLabel(/Dokumen hasil/).setInputFiles({ name: "sk-domisili.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await staff.getByRole("button", { name: "Selesaikan" }).click();
  await expect(staff.getByRole("button", { name: "Selesaikan" })).toHaveCount(0);
  // The button goes as soon as the form is pending; the result's link shows once the completion is saved.
  await expect(staff.getByRole("link", { name: "sk-domisili.pdf" })).toBeVisible();
  await staffContext.close();

  // The resident downloads the result and confirms receipt.
  await page.goto(requestUrl);
  await expect(page.getByRole("heading", { name: "Permohonan selesai" })).toBeVisible();
  const href = (await page.getByRole("link", { name: /Unduh hasil/ }).getAttribute("href"))!;
  const result = await page.context().request.get(href);
  expect(result.status()).toBe(200);
  expect(result.headers()["content-type"]).toBe("application/pdf");
  await page.getByRole("button", { name: "Saya sudah menerima hasilnya" }).click();
  await expect(page.getByText(/Hasil diterima/).first()).toBeVisible();
  const timeline = page.getByRole("region", { name: "Riwayat status" });
  for (const step of ["Permohonan diajukan", "Perlu perbaikan", "Perbaikan dikirim", "Berkas diverifikasi", "Sedang diproses", "Selesai"]) {
    await expect(timeline.getByText(step).first()).toBeVisible();
  }
});
