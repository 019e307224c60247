import { expect, test } from "@playwright/test";
import { freshResident, withDb } from "./db";
import { expectAccessible, login, scan, startDomisili } from "./fixtures";

// An application finished on a bus: the signal drops while the last field is typed, "Kirim
// permohonan" keeps it on the phone ("akan dikirim saat tersambung"), and when the signal returns it
// is sent by itself, once, with the value typed offline, and the registration number is shown.
test("an application sent without a signal is submitted once when the connection returns", async ({ page, context }) => {
  const person = await freshResident(`Rina Luring ${Date.now()}`); // her own account: no other spec's draft to resume
  const purpose = `Membuka rekening tanpa sinyal ${Date.now()}`;
  await login(page, person.nik);
  await startDomisili(page); // the purpose stays empty: it is typed offline below
  for (const [label, file] of [["Surat pengantar RT/RW", "pengantar.png"], ["Fotokopi KTP-el pemohon", "ktp.png"], ["Fotokopi Kartu Keluarga (KK)", "kk.png"]] as const) {
    await page.getByLabel(`Pilih berkas: ${label}`).setInputFiles(await scan(file));
    await expect(page.getByRole("link", { name: file })).toBeVisible();
  }

  // The signal drops: the purpose is typed offline and cannot be autosaved.
  await context.setOffline(true);
  await page.getByRole("button", { name: "1. Data" }).click();
  await page.getByLabel(/Keperluan surat/).fill(purpose);
  await page.getByLabel(/Keperluan surat/).blur();
  await expect(page.getByText(/Belum tersimpan/)).toBeVisible();
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByText(/Menunggu sinyal\. Permohonan Anda tersimpan di ponsel ini dan akan dikirim saat tersambung/)).toBeVisible();
  await expect(page).toHaveURL(/\/isi$/);
  await expectAccessible(page);

  // The signal returns: sent by itself, and the registration number is shown.
  await context.setOffline(false);
  await page.waitForURL(/\/warga\/permohonan\/[^/?]+\?terkirim=1$/, { timeout: 30_000 });
  const number = (await page.getByTestId("registration-number").textContent())!.trim();
  expect(number).toMatch(/^PKS\/\d{4}\/\d{6}$/);

  // One request on her list, and in the database one submission carrying the value typed offline.
  await page.goto("/warga/permohonan");
  await expect(page.getByRole("link", { name: new RegExp(number) })).toHaveCount(1);
  const rows = await withDb(async (c) =>
    (await c.query(
      `SELECT r.number, r.status, r.data->>'keperluan' AS purpose FROM service_requests r JOIN resident_profiles p ON p.id = r.resident_id WHERE p.nik = $1`,
      [person.nik],
    )).rows,
  );
  expect(rows).toEqual([{ number, status: "SUBMITTED", purpose }]);
});
