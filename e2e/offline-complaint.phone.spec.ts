import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { demo, expectAccessible, login } from "./fixtures";

// A complaint typed on a bus: the signal drops before "Kirim", the phone keeps it and says
// "menunggu sinyal", the signal returns and it is sent once, with its ticket number.
test("a complaint submitted offline is sent once when the connection returns", async ({ page, context }) => {
  const title = `Lampu padam offline ${Date.now()}`;
  await login(page, demo.siti);
  await page.goto("/warga/pengaduan/baru");
  await page.getByRole("radio", { name: /^Pengaduan/ }).check();
  await page.getByLabel("Kategori").selectOption({ label: "Jalan Rusak" });
  await page.getByLabel("Judul singkat").fill(title);

  // The draft survives a reload before anything is sent.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByLabel("Judul singkat")).toHaveValue(title);

  await page.getByLabel("Ceritakan masalahnya").fill("Lampu jalan di depan musala padam tiga malam, jalan jadi gelap sekali.");
  await page.getByRole("radio", { name: /^Rahasia/ }).check();
  await context.setOffline(true);
  // A photo picked without a signal is still checked and shrunk on the phone (the picker's
  // processing is its own chunk, loaded while the form was idle).
  const photo = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: "#6a8" } }).jpeg().toBuffer();
  await page.getByLabel("Pilih dari galeri").setInputFiles({ name: "IMG_lampu.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByRole("img", { name: "Foto 1 yang akan dikirim" })).toBeVisible();
  await page.getByRole("button", { name: "Kirim pengaduan" }).click();
  await expect(page.getByText(/Menunggu sinyal/)).toBeVisible();
  await expectAccessible(page);

  await context.setOffline(false);
  const sent = page.getByText(/Pengaduan Anda sudah terkirim\. Nomor tiket: ADU-PKS-\d{4}-\d{6}/);
  await expect(sent).toBeVisible({ timeout: 30_000 });
  const ticket = (await sent.textContent())!.match(/ADU-PKS-\d{4}-\d{6}/)![0];

  // Exactly one complaint with that title, and it carries the ticket shown.
  await page.goto("/warga/pengaduan");
  await expect(page.getByText(title)).toHaveCount(1);
  await page.getByText(title).click();
  await expect(page.getByTestId("ticket")).toHaveText(ticket);
  await expect(page.getByRole("img", { name: "Foto 1" })).toBeVisible();
});

// Kritik & saran the same way: kept on the phone while there is no signal, sent once when it returns.
test("kritik & saran sent without a signal goes out once when the connection returns", async ({ page, context }) => {
  const message = `Antrean loket sore terlalu panjang ${Date.now()}`;
  await login(page, demo.siti);
  await page.goto("/warga/kritik-saran");
  await page.getByLabel("Jenis").selectOption("KRITIK");
  await page.getByRole("textbox", { name: "Pesan", exact: true }).fill(message);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Kirim", exact: true }).click();
  await expect(page.getByText(/Menunggu sinyal\. Kritik & saran Anda tersimpan/)).toBeVisible();
  await expectAccessible(page);

  await context.setOffline(false);
  await expect(page.getByText("Terima kasih, pesan Anda terkirim.")).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByText(message)).toHaveCount(1);
});
