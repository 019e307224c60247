import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { demo, expectAccessible, login } from "./fixtures";

// The complaint round trip: a resident files on a phone (photo, opt-in map point), anyone tracks it
// signed out, staff verify and dispose (desktop), the unit follows up, the resident confirms.

const EKBANG = "ekbang@pakansari.go.id";

test.use({ geolocation: { latitude: -6.481234, longitude: 106.845678 }, permissions: ["geolocation"] });

async function photo(name: string) {
  const buffer = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#8a6" } })
    .jpeg()
    .withMetadata({ exif: { IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 28/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 50/1 0/1" } } })
    .toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

async function desktop(browser: Browser, who: string) {
  const context = await browser.newContext({ ...devices["Desktop Chrome"], locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await login(page, who);
  return { page, close: () => context.close() };
}

/** A signed-out visitor on a phone of their own. */
async function visitorPage(browser: Browser) {
  const context = await browser.newContext({ ...devices["Pixel 7"], locale: "id-ID", timezoneId: "Asia/Jakarta" });
  return context.newPage();
}

async function fileComplaint(page: Page, opts: { title: string; privacy: RegExp; withPoint?: boolean; withPhoto?: boolean }) {
  await page.goto("/warga/pengaduan/baru");
  await expect(page.getByRole("heading", { level: 1, name: "Sampaikan pengaduan" })).toBeVisible();
  await page.getByRole("radio", { name: /^Pengaduan/ }).check();
  await page.getByLabel("Kategori").selectOption({ label: "Jalan Rusak" });
  await page.getByLabel("Judul singkat").fill(opts.title);
  await page.getByLabel("Ceritakan masalahnya").fill("Lubang besar di tengah jalan, sudah dua motor jatuh saat hujan malam hari.");
  await page.getByLabel("Lokasi", { exact: true }).fill("Jl. Melati dekat pos ronda RT 03/RW 05");
  if (opts.withPoint) {
    await page.getByRole("button", { name: "Gunakan lokasi saya sekarang" }).click();
    await expect(page.getByText("-6.48123, 106.84568")).toBeVisible();
    await expect(page.getByRole("link", { name: /OpenStreetMap/ })).toHaveAttribute("href", /mlat=-6\.48123/);
    // The point can be taken back.
    await page.getByRole("button", { name: "Hapus titik" }).click();
    await expect(page.getByText("-6.48123, 106.84568")).toHaveCount(0);
    await page.getByRole("button", { name: "Gunakan lokasi saya sekarang" }).click();
    await expect(page.getByText("-6.48123, 106.84568")).toBeVisible();
  }
  if (opts.withPhoto) {
    await expect(page.getByLabel("Ambil foto")).toHaveAttribute("capture", "environment");
    await page.getByLabel("Pilih dari galeri").setInputFiles(await photo("IMG_20260301_siti.jpg"));
    await expect(page.getByRole("img", { name: "Foto 1 yang akan dikirim" })).toBeVisible();
  }
  await page.getByRole("radio", { name: opts.privacy }).check();
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await page.waitForURL(/\/warga\/pengaduan\/[^/?]+\?baru=1$/);
  const ticket = (await page.getByTestId("ticket").textContent())!.trim();
  expect(ticket).toMatch(/^ADU-PKS-\d{4}-\d{6}$/);
  return { ticket, url: page.url().replace(/\?.*$/, "") };
}

test("file with a photo → track signed out → verify and dispose → unit follows up → resident confirms", async ({ page, browser }) => {
  test.setTimeout(150_000); // four people and a dozen page loads: longer than the default minute on 2 cores
  const title = `Jalan berlubang ${Date.now()}`;
  await login(page, demo.siti);

  // Validation in plain words, nothing typed is lost.
  await page.goto("/warga/pengaduan/baru");
  await page.getByLabel("Judul singkat").fill("Jln");
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.getByText("Judul minimal 5 huruf.")).toBeVisible();
  await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
  await expect(page.getByLabel("Judul singkat")).toHaveValue("Jln");
  // Nothing is chosen for the resident about who may see them: the choice is asked for.
  for (const radio of await page.getByRole("group", { name: /Siapa yang boleh melihat laporan ini/ }).getByRole("radio").all()) await expect(radio).not.toBeChecked();
  await expectAccessible(page);

  const { ticket, url } = await fileComplaint(page, { title, privacy: /^Publik/, withPoint: true, withPhoto: true });
  await expect(page.getByText(`Nomor tiket Anda: ${ticket}`)).toBeVisible();
  await expect(page.getByRole("img", { name: "Foto 1" })).toBeVisible();
  await expect(page.getByText("-6.48123, 106.84568")).toBeVisible();
  await expectAccessible(page);

  // Anyone can track it without signing in; the reporter never appears.
  const visitor = await visitorPage(browser);
  await visitor.goto("/lacak");
  await visitor.getByLabel("Nomor tiket").fill(ticket.toLowerCase());
  await visitor.getByRole("button", { name: "Lacak" }).click();
  await expect(visitor.getByText(title)).toBeVisible();
  await expect(visitor.getByText("Laporan diterima")).toBeVisible();
  await expect(visitor.getByText("Siti")).toHaveCount(0);
  await expectAccessible(visitor);

  // Front-desk staff verify and dispose to the EKBANG unit.
  const staff = await desktop(browser, demo.petugas);
  await staff.page.goto(`/petugas/pengaduan?q=${ticket}`);
  await staff.page.getByRole("link", { name: ticket }).click();
  await expect(staff.page.getByText("Siti Aminah")).toBeVisible(); // Publik: staff may see who reported
  const verify = staff.page.getByRole("form", { name: "Verifikasi" });
  await verify.getByLabel("Jalur waktu").selectOption("FIELD_INSPECTION");
  await verify.getByLabel(/Catatan untuk pelapor/).fill("Laporan diterima, akan ditinjau ke lokasi.");
  await verify.getByRole("button", { name: "Verifikasi" }).click();
  const dispose = staff.page.getByRole("form", { name: "Disposisi ke unit" });
  await dispose.getByRole("combobox", { name: "Unit", exact: true }).selectOption({ label: "Seksi Ekonomi dan Pembangunan" });
  await dispose.getByLabel("Instruksi").selectOption("TINDAK_LANJUTI");
  await dispose.getByLabel(/Catatan untuk unit/).fill("Mohon ditinjau bersama RT.");
  await dispose.getByRole("button", { name: "Disposisikan" }).click();
  await expect(staff.page.getByText("Seksi Ekonomi dan Pembangunan · Tindak lanjuti")).toBeVisible();
  // Dewi is not in EKBANG: the follow-up is the unit's.
  await expect(staff.page.getByText("Tindak lanjut dicatat oleh petugas unit Seksi Ekonomi dan Pembangunan.")).toBeVisible();
  await staff.close();

  // The unit records what it did, with a photo of the result, and closes it as selesai.
  const unit = await desktop(browser, EKBANG);
  await unit.page.goto(`/petugas/pengaduan?unit=mine&q=${ticket}`);
  await unit.page.getByRole("link", { name: ticket }).click();
  const followUp = unit.page.getByRole("form", { name: "Catat tindak lanjut" });
  await followUp.getByLabel("Apa yang sudah dilakukan").fill("Lubang sudah ditambal dengan aspal dingin bersama warga.");
  await followUp.getByLabel("Pilih dari galeri").setInputFiles(await photo("hasil.jpg"));
  // The picker shrinks the photo first (async); saving before it is ready would send no photo.
  await expect(followUp.getByRole("img", { name: "Foto 1 yang akan dikirim" })).toBeVisible();
  await followUp.getByRole("button", { name: "Simpan tindak lanjut" }).click();
  await expect(unit.page.getByText("Lubang sudah ditambal dengan aspal dingin bersama warga.").first()).toBeVisible();
  const complete = unit.page.getByRole("form", { name: "Nyatakan selesai" });
  await complete.getByLabel("Ringkasan penyelesaian untuk pelapor").fill("Jalan sudah diperbaiki. Terima kasih atas laporannya.");
  await complete.getByRole("button", { name: "Selesai" }).click();
  await expect(unit.page.getByText("Penanganan selesai")).toBeVisible();
  await unit.close();

  // The resident sees the follow-up and confirms.
  await page.goto(url);
  await expect(page.getByText("Lubang sudah ditambal dengan aspal dingin bersama warga.").first()).toBeVisible();
  await expect(page.getByRole("img", { name: "Foto 1" }).nth(1)).toBeVisible();
  await page.getByRole("button", { name: "Ya, sudah selesai" }).click();
  // The thank-you shows until the refreshed page (closed, without these buttons) replaces it,
  // which can be quicker than the assertion polls: either one proves the confirmation landed.
  await expect(page.getByText("Terima kasih. Pengaduan ditutup.").first()).toBeVisible();
  await page.reload(); // the thanks stays on the closed complaint's page, not only until the refresh
  await expect(page.getByText("Terima kasih. Pengaduan ditutup.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Ditutup").first()).toBeVisible();

  await visitor.goto(`/lacak?tiket=${ticket}`);
  await expect(visitor.getByText("Pelapor menyatakan selesai")).toBeVisible();
  await expect(visitor.getByText("Jalan sudah diperbaiki. Terima kasih atas laporannya.")).toBeVisible();
  await visitor.context().close();
});

test("Anonim: staff never see the reporter, the admin reveals with a reason, the public sees the status only", async ({ page, browser }) => {
  const title = `Pungutan saat mengurus surat ${Date.now()}`;
  await login(page, demo.siti);
  const { ticket } = await fileComplaint(page, { title, privacy: /^Anonim/ });

  const staff = await desktop(browser, demo.petugas);
  await staff.page.goto(`/petugas/pengaduan?q=${ticket}`);
  await staff.page.getByRole("link", { name: ticket }).click();
  await expect(staff.page.getByText("Identitas pelapor dirahasiakan (Anonim).")).toBeVisible();
  await expect(staff.page.getByText("Siti")).toHaveCount(0);
  await expect(staff.page.getByRole("link", { name: "Buka identitas pelapor" })).toHaveCount(0);
  await staff.close();

  const admin = await desktop(browser, demo.admin);
  await admin.page.goto(`/petugas/pengaduan?q=${ticket}`);
  await admin.page.getByRole("link", { name: ticket }).click();
  await expect(admin.page.getByText("Siti")).toHaveCount(0);
  await admin.page.getByRole("link", { name: "Buka identitas pelapor" }).click();
  await admin.page.getByLabel("Alasan membuka identitas").fill("Verifikasi dugaan pungutan liar oleh oknum");
  await admin.page.getByRole("button", { name: "Buka identitas" }).click();
  await expect(admin.page.getByText("Siti Aminah")).toBeVisible();
  await admin.close();

  const visitor = await visitorPage(browser);
  await visitor.goto(`/lacak?tiket=${ticket}`);
  await expect(visitor.getByText("Pengaduan ini bersifat Anonim: hanya statusnya yang ditampilkan.")).toBeVisible();
  await expect(visitor.getByText(title)).toHaveCount(0);
  await visitor.context().close();
});

test("public statistics per office with a table view", async ({ page }) => {
  await page.goto("/statistik");
  await expect(page.getByRole("heading", { level: 1, name: "Statistik pengaduan" })).toBeVisible();
  await expect(page.getByText("Pengaduan diterima")).toBeVisible();
  await expect(page.getByText(/hari kerja/).first()).toBeVisible();
  await page.getByText("Lihat sebagai tabel").first().click();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kantor").selectOption({ label: "Kelurahan Tengah" });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kelurahan Tengah" })).toBeVisible();
});

test("kritik & saran: sent anonymously on a phone, answered by staff, the answer reaches the sender", async ({ page, browser }) => {
  const message = `Mohon tambah kursi di ruang tunggu ${Date.now()}`;
  await login(page, demo.siti);
  await page.goto("/warga/kritik-saran");
  await page.getByLabel("Jenis").selectOption("SARAN");
  await page.getByRole("textbox", { name: "Pesan", exact: true }).fill(message);
  await page.getByLabel("Kirim tanpa nama").check();
  await page.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(page.getByText("Terima kasih, pesan Anda terkirim.")).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  await expectAccessible(page);

  const staff = await desktop(browser, demo.petugas);
  await staff.page.goto("/petugas/kritik-saran");
  const item = staff.page.getByRole("listitem").filter({ hasText: message });
  await expect(item.getByText("Dari: Tanpa nama")).toBeVisible();
  await item.getByLabel("Jawaban").fill("Terima kasih, kursi tambahan dipasang minggu ini.");
  await item.getByRole("button", { name: "Kirim jawaban" }).click();
  await expect(staff.page.getByRole("listitem").filter({ hasText: message })).toHaveCount(0); // moved to "answered"
  await staff.page.goto("/petugas/kritik-saran?status=answered");
  await expect(staff.page.getByRole("listitem").filter({ hasText: message }).getByText("Terima kasih, kursi tambahan dipasang minggu ini.")).toBeVisible();
  await staff.close();

  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: message }).getByText("Terima kasih, kursi tambahan dipasang minggu ini.")).toBeVisible();
});

test("signed-out visitors read how to complain and may send anonymous feedback", async ({ page }) => {
  await page.goto("/pengaduan");
  await expect(page.getByRole("heading", { level: 1, name: "Pengaduan warga" })).toBeVisible();
  await expect(page.getByText("Dengan pemeriksaan lapangan (60 hari kerja)")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Kirim kritik & saran tanpa masuk" }).click();
  await page.getByLabel("Untuk kantor").selectOption({ label: "Kelurahan Pakansari" });
  // The form's own default ("Saran") stands once the page's script has taken the field over.
  await expect(page.getByLabel("Jenis")).toHaveValue("SARAN");
  await page.getByRole("textbox", { name: "Pesan", exact: true }).fill("Papan informasi persyaratan sebaiknya diperbarui.");
  await page.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(page.getByText("Terima kasih, pesan Anda terkirim.")).toBeVisible();
  await expectAccessible(page);
});
