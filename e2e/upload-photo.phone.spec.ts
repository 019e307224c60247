import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { freshResident } from "./db";
import { login, startDomisili } from "./fixtures";

// Issue 17: a camera photo (here 4000×3000, 6.6 MB, like a mid-range phone's) is shrunk on the phone
// to what the server keeps (2000 px) before it is sent, goes up on emulated slow 3G with a progress
// bar, and can be cancelled. The figure printed is the time from picking to "Terunggah".

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (500 * 1024) / 8, uploadThroughput: (500 * 1024) / 8 };

async function cameraPhoto() {
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#7a8c6e", noise: { type: "gaussian", mean: 120, sigma: 40 } } })
    .blur(1.2)
    .jpeg({ quality: 95, chromaSubsampling: "4:4:4" })
    .toBuffer();
}

test("a 6 MB camera photo is shrunk on the phone and uploads on slow 3G with progress, and an upload can be cancelled", async ({ page }) => {
  test.setTimeout(240_000);
  const photo = await cameraPhoto();
  expect(photo.length).toBeGreaterThan(6_000_000);
  // A resident of its own: the app resumes a resident's open draft per service, and other specs file
  // Domisili requests as Siti at the same time.
  const resident = await freshResident("Rina Foto");
  await login(page, resident.nik);
  await startDomisili(page, { purpose: "Foto dari kamera ponsel" });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);

  // Cancel first: the file is not sent and the slot says so.
  const kk = page.getByTestId("doc-fotokopi_kk");
  await page.getByLabel("Pilih berkas: Fotokopi Kartu Keluarga (KK)").setInputFiles({ name: "IMG_KK.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(kk.getByRole("progressbar")).toBeVisible({ timeout: 30_000 });
  await kk.getByRole("button", { name: "Batalkan unggahan" }).click();
  await expect(kk.getByRole("alert")).toHaveText("Unggahan dibatalkan. Berkas belum terkirim.");
  await expect(kk.getByRole("link", { name: "IMG_KK.jpg" })).toHaveCount(0);

  // Then a whole upload, timed from picking to stored.
  const ktp = page.getByTestId("doc-fotokopi_ktp");
  const started = Date.now();
  await page.getByLabel("Pilih berkas: Fotokopi KTP-el pemohon").setInputFiles({ name: "IMG_20261201_0930.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(ktp.getByRole("progressbar")).toBeVisible({ timeout: 30_000 });
  await expect(ktp.getByText(/Mengunggah… \d+ %/)).toBeVisible();
  await expect(ktp.getByRole("link", { name: "IMG_20261201_0930.jpg" })).toBeVisible({ timeout: 180_000 });
  const seconds = (Date.now() - started) / 1000;
  await expect(ktp.getByRole("img", { name: "Pratinjau IMG_20261201_0930.jpg" })).toBeVisible({ timeout: 60_000 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  // What was stored is the shrunk photo (the server keeps at most 2000 px).
  const href = (await ktp.getByRole("link", { name: "IMG_20261201_0930.jpg" }).getAttribute("href"))!;
  const stored = await (await page.request.get(href)).body();
  const { width, height } = await sharp(stored).metadata();
  expect(Math.max(width!, height!)).toBeLessThanOrEqual(2000);
  expect(stored.length).toBeLessThan(1_500_000);
  const originalSeconds = photo.length / SLOW_3G.uploadThroughput;
  console.log(
    `UPLOAD-6MB slow 3G (500 kbit/s up, 400 ms): picked ${(photo.length / 1e6).toFixed(1)} MB, stored ${(stored.length / 1e3).toFixed(0)} KB ` +
      `${width}×${height}; picked → stored ${seconds.toFixed(1)} s. The original sent as it is: ≥ ${originalSeconds.toFixed(0)} s of upload at this speed ` +
      `(and over the slot's 5 MB limit, so it was refused before sending).`,
  );
});
