import { expect, test } from "@playwright/test";
import { copyOfRequest } from "./db";
import { demo, expectAccessible, login } from "./fixtures";

// A desk worker goes through the queue and one request with the keyboard alone (issue 17): "?" lists
// the keys in a dialog that keeps the focus and closes with Esc; j/k move through the rows, x selects
// one for bulk actions, Enter opens it; on the request a letter goes to an action and Enter runs it.
// Keys typed into a field stay text. A copy of Siti's seeded new request (e2e/db.ts), so the steps
// taken here never change the one other specs read.
test("the queue and a request are worked with the keyboard only", async ({ page }) => {
  const request = await copyOfRequest({ nik: demo.siti, service: "surat-keterangan-domisili", status: "SUBMITTED" });
  await login(page, demo.petugas);
  await page.goto("/petugas/permohonan");
  const keys = page.keyboard;

  // The help dialog: opened by "?", the focus stays inside it, Esc closes it.
  // (A key pressed before the page's script has loaded does nothing: try again until it answers.)
  const help = page.getByRole("dialog", { name: "Pintasan papan ketik" });
  await expect(async () => {
    if (!(await help.isVisible())) await keys.press("?");
    await expect(help).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(help.getByText("Pilih atau batalkan pilihan baris (untuk aksi massal)")).toBeVisible();
  await expectAccessible(page);
  for (const key of ["Tab", "Tab", "Shift+Tab"]) {
    await keys.press(key);
    expect(await help.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await keys.press("Escape");
  await expect(help).toBeHidden();

  // j/k move the selection (the focused row), x ticks the row's box and unticks it.
  const links = page.locator("[data-row-link]");
  await keys.press("j");
  await expect(links.nth(0)).toBeFocused();
  await keys.press("j");
  await expect(links.nth(1)).toBeFocused();
  await keys.press("k");
  await expect(links.nth(0)).toBeFocused();
  const firstBox = page.getByRole("row").nth(1).getByRole("checkbox");
  await keys.press("x");
  await expect(firstBox).toBeChecked();
  await expect(page.getByText("1 baris dipilih")).toBeVisible();
  await keys.press("x");
  await expect(firstBox).not.toBeChecked();

  // In the search box the same letters are typed, not obeyed.
  await keys.press("/");
  const search = page.getByRole("searchbox").first();
  await expect(search).toBeFocused();
  await keys.type("jkx?");
  await expect(search).toHaveValue("jkx?");
  await expect(search).toBeFocused();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(firstBox).not.toBeChecked();
  await keys.press("ControlOrMeta+a");
  await keys.type(request.number);
  await keys.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(links).toHaveCount(1);

  // Enter opens the selected row. (The list may render once more just after the search, e.g. on a
  // live update, and a row focused before that is gone: select again until Enter opens it.)
  await expect(links.first()).toHaveText(request.number);
  await expect(async () => {
    await keys.press("j");
    await expect(links.first()).toBeFocused({ timeout: 1_000 });
    await keys.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/petugas/permohonan/${request.id}$`), { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { name: request.number })).toBeVisible();

  // "a" goes to Ambil, Enter takes the request; "v" goes to Verifikasi & proses, Enter runs it.
  await keys.press("a");
  await expect(page.getByRole("button", { name: "Ambil (saya)" })).toBeFocused();
  await keys.press("Enter");
  await expect(page.getByRole("button", { name: "Ambil (saya)" })).toHaveCount(0);
  await keys.press("v");
  await expect(page.getByRole("button", { name: "Verifikasi & proses" })).toBeFocused();
  await keys.press("Enter");
  await expect(page.getByTestId("request-status")).toHaveText("Diproses");

  // "n" goes to the note; what is typed there stays text (v, s, u, a, j are shortcuts elsewhere).
  await keys.press("n");
  const note = page.getByRole("textbox", { name: /Tulis catatan/ });
  await expect(note).toBeFocused();
  await keys.type("Sudah dicek via telepon, jadwal ambil besok.");
  await expect(note).toHaveValue("Sudah dicek via telepon, jadwal ambil besok.");
  await expect(page).toHaveURL(new RegExp(`/petugas/permohonan/${request.id}$`));
  await keys.press("Tab"); // "catatan internal"
  await keys.press("Tab"); // "Tambah catatan"
  await expect(page.getByRole("button", { name: "Tambah catatan" })).toBeFocused();
  await keys.press("Enter");
  await expect(page.getByText("Sudah dicek via telepon, jadwal ambil besok.").first()).toBeVisible();
  await expect(note).toHaveValue("");

  // The dialog lists this page's keys; "u" leads back to the queue.
  await page.getByRole("button", { name: "Tambah catatan" }).focus();
  await keys.press("?");
  await expect(help.getByText("Ke kolom catatan")).toBeVisible();
  await expect(help.getByText("Ke tombol Ambil (tugaskan ke saya)")).toHaveCount(0); // already taken: no Ambil here
  await keys.press("Escape");
  await expect(help).toBeHidden();
  await keys.press("u");
  await expect(page).toHaveURL(/\/petugas\/permohonan$/);
});

test("the complaint queue moves with j/k and opens with Enter; its detail keys reach the forms", async ({ page }) => {
  await login(page, demo.petugas);
  await page.goto("/petugas/pengaduan");
  const keys = page.keyboard;
  const links = page.locator("[data-row-link]");
  // A key pressed before the page's script has loaded does nothing: press again until it answers.
  await expect(async () => {
    await keys.press("j");
    await expect(links.first()).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const ticket = (await links.first().textContent()) ?? "";
  await keys.press("Enter");
  await expect(page.getByRole("heading", { name: new RegExp(ticket) })).toBeVisible();
  await keys.press("?");
  const help = page.getByRole("dialog", { name: "Pintasan papan ketik" });
  await expect(help.getByText("Kembali ke daftar")).toBeVisible();
  await keys.press("Escape");
  await keys.press("u");
  await expect(page).toHaveURL(/\/petugas\/pengaduan$/);
});
