import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import QRCode from "qrcode";
import sharp from "sharp";
import { expect, test } from "@playwright/test";
import { holdOfficeQueue, withDb } from "./db";
import { demo, login } from "./fixtures";

// Issue #11 item 5: check-in by the camera on the staff page. Chrome on a desk PC (Linux here, and
// Windows) has no BarcodeDetector, so this walks the jsQR path. The camera is Chromium's fake
// device playing a picture of the ticket's QR (a one-frame Y4M video, written below).

const video = path.join(os.tmpdir(), `lw-e2e-ticket-qr-${process.pid}.y4m`);
const camera = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`];
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: camera }, permissions: ["camera"] });

/** A 640×480 grey picture with the QR in the middle, as a Y4M frame (4:2:0, colour planes neutral). */
async function writeQrVideo(text: string) {
  const qr = await QRCode.toBuffer(text, { errorCorrectionLevel: "M", margin: 2, width: 320 });
  const { data } = await sharp(qr).resize(320, 320).extend({ top: 80, bottom: 80, left: 160, right: 160, background: "#ffffff" }).flatten({ background: "#ffffff" }).toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
  if (data.length !== 640 * 480) throw new Error(`expected one 640×480 luma plane, got ${data.length} bytes`);
  const chroma = Buffer.alloc((640 / 2) * (480 / 2) * 2, 128);
  fs.writeFileSync(video, Buffer.concat([Buffer.from("YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\nFRAME\n"), data, chroma]));
}

/** A booking of Kelurahan Tengah for today without a slot (always inside the check-in window). */
async function bookedToday(): Promise<{ code: string; number: string }> {
  const code = crypto.randomBytes(8).toString("hex").toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 6);
  const seq = 5000 + crypto.randomInt(4000);
  const number = `A-${seq}`;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  await withDb((c) =>
    c.query(
      `INSERT INTO queue_tickets (id, office_id, queue_service_id, day, seq, number, code, kind, status, priority, recalls, created_at, updated_at)
       SELECT $1, o.id, q.id, $2::date, $3, $4, $5, 'BOOKING', 'BOOKED', 'NONE', 0, now(), now()
       FROM offices o JOIN queue_services q ON q.office_id = o.id AND q.prefix = 'A' WHERE o.slug = 'kelurahan-tengah'`,
      [`e2e-cam-${code}`, today, seq, number, code],
    ),
  );
  return { code, number };
}

// Kelurahan Tengah's queue is also used by antrian-{reconnect,kiosk,camera}: one spec at a time.
let release: (() => Promise<void>) | undefined;
test.describe.configure({ timeout: 240_000 });
test.beforeEach(async () => void (release = await holdOfficeQueue("kelurahan-tengah")));
test.afterEach(async () => release?.());
test.afterAll(() => fs.rmSync(video, { force: true }));

test("staff check a booking in by holding its QR up to the camera", async ({ page }) => {
  const ticket = await bookedToday();
  try {
    // The QR on the resident's ticket holds the code.
    await writeQrVideo(ticket.code);
    await login(page, demo.petugasTengah);
    await page.goto("/petugas/antrian");
    await page.getByRole("button", { name: "Pindai QR" }).click();
    await expect(page.getByRole("status").filter({ hasText: "sudah check-in" })).toContainText(ticket.number, { timeout: 15_000 });
    // The camera is let go once the code is read.
    await expect(page.locator("video")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Pindai QR" })).toBeVisible();
  } finally {
    // Out of the office's line, whatever happened, so the next spec finds it as it expects.
    await withDb((c) => c.query("UPDATE queue_tickets SET status = 'DONE', finished_at = now() WHERE code = $1", [ticket.code]));
  }
});
