import AxeBuilder from "@axe-core/playwright";
import { expect, type Cookie, type Page } from "@playwright/test";
import sharp from "sharp";

export const DEMO_PASSWORD = "Demo#2026";

export const demo = {
  admin: "admin@pakansari.go.id",
  lurah: "lurah@pakansari.go.id",
  petugas: "petugas@pakansari.go.id",
  petugasRw: "pos.rw05@pakansari.go.id",
  petugasTengah: "petugas@tengah.go.id",
  adminTengah: "admin@tengah.go.id",
  camat: "camat@cibinong.go.id",
  siti: "3201014506900002",
  ahmad: "3201010101950003",
} as const;

/** Fails on serious or critical axe-core findings. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

// Demo accounts' sessions, kept per worker: the first sign-in of an account goes through the form,
// later ones in this worker reuse its session cookie and open the page the form landed on.
const sessions = new Map<string, { cookies: Cookie[]; landing: string }>();

/**
 * Signs in through the login form, as a person would — once per worker and demo account; after
 * that the account's saved session is put in the page's browser and its home page opened (the
 * form itself is tested in e2e/auth.spec.ts). Other passwords always go through the form.
 */
export async function login(page: Page, identifier: string, password = DEMO_PASSWORD) {
  const saved = password === DEMO_PASSWORD ? sessions.get(identifier) : undefined;
  if (saved) {
    await page.context().addCookies(saved.cookies);
    await page.goto(saved.landing);
    await expect(page).toHaveURL(saved.landing);
    return;
  }
  await page.goto("/masuk");
  await page.getByLabel(/NIK, e-mail|NIK, e-mail or phone/i).fill(identifier);
  await page.getByLabel(/^Kata sandi|^Password/).fill(password);
  await page.getByRole("button", { name: /^Masuk$|^Log in$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/masuk"));
  if (password !== DEMO_PASSWORD) return;
  const cookies = (await page.context().cookies()).filter((c) => c.name.includes("authjs.session-token"));
  if (cookies.length) sessions.set(identifier, { cookies, landing: page.url() });
}

/** A valid, unique NIK for a test resident (region 320101, random birth date and sequence). */
export function uniqueNik(sex: "L" | "P" = "L") {
  const day = 1 + Math.floor(Math.random() * 28) + (sex === "P" ? 40 : 0);
  const month = 1 + Math.floor(Math.random() * 12);
  const year = 60 + Math.floor(Math.random() * 40);
  const seq = 1 + Math.floor(Math.random() * 9998);
  const pad = (n: number, l = 2) => String(n).padStart(l, "0");
  return { nik: `320101${pad(day)}${pad(month)}${pad(year)}${pad(seq, 4)}`, birthDate: `19${pad(year)}-${pad(month)}-${pad(day - (sex === "P" ? 40 : 0))}` };
}

/** A plain PNG "scan" for upload fields. */
export async function scan(name: string, colour = "#c8d6e5") {
  return { name, mimeType: "image/png", buffer: await sharp({ create: { width: 320, height: 200, channels: 3, background: colour } }).png().toBuffer() };
}

/**
 * The signed-in resident starts a Surat Keterangan Domisili for themself and reaches the documents
 * step. Without `purpose` the purpose field is left empty (to be typed later, e.g. offline); the
 * step tab is used then, since "Lanjut" asks for the purpose first.
 */
export async function startDomisili(page: Page, { purpose }: { purpose?: string } = {}) {
  await page.goto("/layanan/kelurahan-pakansari/surat-keterangan-domisili");
  await page.getByRole("link", { name: "Ajukan permohonan" }).first().click();
  await page.getByRole("radio", { name: /Saya sendiri/ }).check();
  await page.getByRole("button", { name: "Lanjut isi formulir" }).click();
  await page.waitForURL(/\/isi$/);
  await page.getByLabel(/Alamat tempat tinggal saat ini/).fill("Jl. Melati No. 7, RT 003/RW 005");
  await page.getByLabel(/Lama tinggal/).fill("8");
  const last = purpose === undefined ? page.getByLabel(/Lama tinggal/) : page.getByLabel(/Keperluan surat/);
  if (purpose !== undefined) await last.fill(purpose);
  await last.blur();
  await expect(page.getByText("Tersimpan", { exact: true })).toBeVisible();
  if (purpose === undefined) await page.getByRole("button", { name: "2. Dokumen" }).click();
  else await page.getByRole("button", { name: /Lanjut/ }).click();
  await expect(page.getByRole("heading", { name: /Dokumen/ })).toBeVisible();
}

/**
 * The signed-in resident on `page` applies for a Surat Keterangan Domisili of their own, as they
 * would on the web (fields, three uploads, send). Each spec that needs a request makes its own, so
 * specs running in parallel (and retries) never share a seeded one.
 */
/** The apply form's documents step: each requirement gets a scan, then review and send. */
export async function uploadAndSend(page: Page, documents: ReadonlyArray<readonly [label: string, file: string, colour: string]>) {
  for (const [label, file, colour] of documents) {
    await page.getByLabel(`Pilih berkas: ${label}`).setInputFiles(await scan(file, colour));
    await expect(page.getByRole("link", { name: file })).toBeVisible();
  }
  await page.getByRole("button", { name: /Lanjut/ }).click();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await page.waitForURL(/\/warga\/permohonan\/[^/?]+\?terkirim=1$/);
}

export async function applyForDomisili(page: Page, purpose = "Pembukaan rekening – Bank Jabar") {
  await startDomisili(page, { purpose });
  await uploadAndSend(page, [
    ["Surat pengantar RT/RW", "pengantar.png", "#c8d6e5"],
    ["Fotokopi KTP-el pemohon", "ktp.png", "#ffffff"],
    ["Fotokopi Kartu Keluarga (KK)", "kk.png", "#c8d6e5"],
  ]);
  const number = (await page.getByTestId("registration-number").textContent())!.trim();
  return { number, url: page.url().replace(/\?.*$/, "") };
}
