// The offline mailbox holds the whole deployment's mail (password-reset links too): an office's
// admin reads only the mails sent for that office.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { findOfficeMailboxEntry, readOfficeMailbox } from "./data";

let ctx: SeedContext;
beforeAll(async () => {
  ctx = await seedBase(db);
  process.env.MAILBOX_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "lw-mailbox-"));
  delete process.env.SMTP_URL;
}, 60_000);

async function mail(officeId: string, n: number) {
  const delivery = await db.notificationDelivery.create({
    data: { officeId, event: "account.password_reset", channel: "EMAIL", idempotencyKey: `mb-${n}`, address: `x${n}@contoh.id`, locale: "id", vars: {}, runAt: new Date() },
  });
  const id = `${Date.now() + n}-${String(n).padStart(8, "0")}`;
  fs.writeFileSync(path.join(process.env.MAILBOX_DIR!, `${id}.json`), JSON.stringify({
    id, receivedAt: new Date().toISOString(), from: "noreply@layanan-warga", to: `x${n}@contoh.id`, subject: `Atur ulang ${n}`, text: "tautan", html: null,
    messageId: `<${delivery.id}@layanan-warga>`,
  }));
  return id;
}

describe("offline mailbox per office", () => {
  it("lists and opens only the admin's own office's mail", async () => {
    const mine = await mail(ctx.offices.pakansari.id, 1);
    const theirs = await mail(ctx.offices.tengah.id, 2);
    const listed = await readOfficeMailbox(ctx.offices.pakansari.id);
    expect(listed.entries.map((e) => e.id)).toEqual([mine]);
    expect(await findOfficeMailboxEntry(ctx.offices.pakansari.id, theirs)).toBeNull();
    expect((await findOfficeMailboxEntry(ctx.offices.tengah.id, theirs))?.subject).toBe("Atur ulang 2");
  });
});
