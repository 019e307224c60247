import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { freshResident } from "./db";
import { applyForDomisili, demo, expectAccessible, login } from "./fixtures";

// Two browser contexts: a resident of the spec's own (Rina, e2e/db.ts freshResident) on a phone, Dewi
// (petugas@pakansari) at a desktop. Rina first applies for a Surat Keterangan Domisili, so no other
// spec touches this thread's request (or resumes its draft).

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...devices["Pixel 7"], locale: "id-ID", timezoneId: "Asia/Jakarta" });
  return context.newPage();
}

test("resident phone and staff desktop talk live: badge, canned answer with variables, photo", async ({ page: staff, browser }) => {
  test.setTimeout(180_000);
  const resident = await phone(browser);
  // Unique per attempt, so a retry does not trip over the answer the first attempt saved.
  const shortcut = `kurang${Date.now() % 1_000_000}`;

  // Staff sets up a canned answer; an unknown variable is refused at save.
  await login(staff, demo.petugas);
  await staff.goto("/petugas/percakapan/jawaban-cepat");
  await staff.getByLabel("Pintasan").first().fill(shortcut);
  await staff.getByLabel("Isi jawaban").first().fill("Bapak/Ibu {nama}, alamat {alamat}");
  await staff.getByRole("button", { name: "Simpan" }).first().click();
  await expect(staff.getByText(/variabel yang tidak dikenal/)).toBeVisible();
  await staff.getByLabel("Isi jawaban").first().fill("Bapak/Ibu {nama}, untuk permohonan {nomor} ({layanan}) mohon lengkapi: {yang_kurang}");
  await staff.getByRole("button", { name: "Simpan" }).first().click();
  await expect(staff.getByText("Jawaban cepat disimpan.")).toBeVisible();
  await expectAccessible(staff);
  await staff.goto("/petugas");
  // The office may already have unread threads (the demo data has some): the badge is read relative to them.
  const badgeCount = async () => ((await staff.getByTestId("unread-badge").count()) ? Number(await staff.getByTestId("unread-badge").textContent()) : 0);
  const before = await badgeCount();

  // Rina asks on her request's page, with a photo.
  const rina = await freshResident(`Rina Percakapan ${Date.now() % 100000}`);
  await login(resident, rina.nik);
  const { number, url: requestUrl } = await applyForDomisili(resident, "Syarat pendaftaran sekolah");
  await resident.goto(requestUrl);
  await expect(resident.getByRole("heading", { name: "Tanya petugas" })).toBeVisible();
  const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: "#48a" } }).jpeg().toBuffer();
  await resident.getByRole("textbox", { name: "Tulis pesan" }).fill("Foto KK yang mana yang kurang jelas, Pak/Bu?");
  await resident.locator('input[type="file"][name="files"]').setInputFiles({ name: "kk.jpg", mimeType: "image/jpeg", buffer: photo });
  await resident.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(resident.getByTestId("message").filter({ hasText: "Foto KK yang mana" })).toBeVisible();
  await expect(resident.getByTestId("message").locator("img")).toHaveCount(1);
  await expectAccessible(resident);

  // The staff badge rises without a reload.
  await expect.poll(badgeCount, { timeout: 15_000 }).toBe(before + 1);
  await staff.getByRole("link", { name: /Percakapan/ }).first().click();
  await staff.waitForURL(/\/petugas\/percakapan$/);
  // Her request thread (its preview is her question), not a help thread another test may have opened.
  await staff.getByTestId("inbox-row").filter({ hasText: rina.name }).filter({ hasText: "Foto KK yang mana" }).getByRole("link").first().click();
  await staff.waitForURL(/\/petugas\/percakapan\/[a-z0-9]+$/);
  await expect(staff.getByTestId("message").filter({ hasText: "Foto KK yang mana" })).toBeVisible();
  const img = staff.getByTestId("message").locator("img").first();
  await expect(img).toBeVisible();
  // The photo is served to staff of the office (and decodes), through the authorized file route.
  const src = (await img.getAttribute("src"))!;
  expect((await staff.request.get(src)).status()).toBe(200);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  // Seen: the badge goes back to what it was.
  await expect.poll(badgeCount, { timeout: 15_000 }).toBe(before);
  await expectAccessible(staff);

  // Rina waits on her home page; staff answers with the canned answer.
  await resident.goto("/warga");
  const composer = staff.getByRole("textbox", { name: "Tulis pesan" });
  await composer.fill(`/${shortcut}`);
  await expect(staff.getByRole("listbox", { name: "Jawaban cepat" })).toBeVisible();
  await composer.press("Enter");
  await expect(composer).toHaveValue(new RegExp(`Bapak/Ibu ${rina.name}, untuk permohonan ${number} \\(Surat Keterangan Domisili`));
  await expect(composer).not.toHaveValue(/\{/);
  await staff.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(staff.getByTestId("message").filter({ hasText: `Bapak/Ibu ${rina.name}` })).toBeVisible();

  // Rina's badge rises without a reload, and clears once she reads the thread.
  // On a phone the count sits on the "Lainnya" tab (Percakapan is under it) and beside Percakapan there.
  const tabs = resident.getByRole("navigation", { name: "Menu utama" });
  await expect(tabs.getByTestId("unread-badge")).toHaveText("1", { timeout: 15_000 });
  await expect(tabs.getByTestId("unread-badge")).toBeVisible();
  await tabs.getByRole("link", { name: /Lainnya/ }).click();
  await expect(resident.getByRole("main").getByTestId("unread-badge")).toHaveText("1");
  await resident.getByRole("main").getByRole("link", { name: /Percakapan/ }).click();
  await resident.getByRole("link", { name: /Permohonan/ }).filter({ hasText: `Bapak/Ibu ${rina.name}` }).first().click();
  await expect(resident.getByTestId("message").filter({ hasText: `Bapak/Ibu ${rina.name}` })).toBeVisible();
  await expect(resident.getByTestId("unread-badge")).toHaveCount(0, { timeout: 15_000 });

  // Both directions live on open pages, no reload.
  await resident.getByRole("textbox", { name: "Tulis pesan" }).fill("Baik, segera saya unggah ulang.");
  await resident.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(staff.getByTestId("message").filter({ hasText: "segera saya unggah ulang" })).toBeVisible({ timeout: 15_000 });
  await composer.fill("Terima kasih, kami tunggu.");
  await staff.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(resident.getByTestId("message").filter({ hasText: "kami tunggu" })).toBeVisible({ timeout: 15_000 });

  // An internal note never reaches the resident's page.
  await composer.fill("Cek silang ke RT dulu");
  await staff.getByLabel(/Catatan internal/).check();
  await staff.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(staff.getByTestId("message").filter({ hasText: "Cek silang ke RT" })).toBeVisible();
  await resident.reload();
  await expect(resident.getByTestId("message").filter({ hasText: "kami tunggu" })).toBeVisible();
  await expect(resident.getByText("Cek silang ke RT")).toHaveCount(0);
  await resident.context().close();
});

test("another office's staff get a 404 for the thread, its live stream and its files", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const resident = await phone(browser);
  // Ahmad of Kelurahan Tengah, so the walk above (run alongside) counts Pakansari's unread badge undisturbed.
  await login(resident, demo.ahmad);
  await resident.goto("/warga/percakapan");
  await resident.getByLabel("Pertanyaan Anda").fill("Jam buka kantor hari Sabtu?");
  await resident.getByRole("button", { name: "Kirim pertanyaan" }).click();
  await resident.waitForURL(/\/warga\/percakapan\/[a-z0-9]+$/);
  const id = resident.url().split("/").pop()!;
  await expectAccessible(resident);
  await resident.context().close();

  await login(page, demo.petugas);
  expect((await page.goto(`/petugas/percakapan/${id}`))!.status()).toBe(404);
  expect((await page.request.get(`/api/percakapan/${id}/events?after=0`)).status()).toBe(404);
  expect((await page.request.get(`/api/percakapan/${id}/pesan?after=0`)).status()).toBe(404);
});
