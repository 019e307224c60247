import pg from "pg";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/storage/ingest";
import { seedBase } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { getOwnRequest } from "./data/resident";
import { attachFile, saveDraftValues, startDraft, submitRequest } from "./mutations/resident";

// The resident's request page reads the request, its documents and its history with several
// SELECTs (Prisma loads relations one query each). A staff step committed between two of them
// must not show a page whose status and history disagree: they are read in one snapshot.
// The test commits such a step exactly between the request's SELECT and the ones after it, by
// wrapping the pg driver's query method that Prisma's adapter calls.

let siti: Actor;
let requestId = "";
const clientQuery = pg.Client.prototype.query;
const poolQuery = pg.Pool.prototype.query;

beforeAll(async () => {
  const ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  siti = (await loadActor(ctx.residents.siti.userId))!;
  const service = await db.service.findUniqueOrThrow({
    where: { id: catalogue.pakansari["surat-keterangan-domisili"] },
    select: { id: true, officeId: true, requirements: { where: { kind: "DOCUMENT", required: true }, select: { id: true } } },
  });
  const started = await startDraft(siti, { serviceId: service.id, residentId: siti.residentId!, relation: "SELF" });
  if (!started.ok) throw new Error(started.error);
  requestId = started.id;
  await saveDraftValues(siti, requestId, { alamat_domisili: "Jl. Melati No. 7 RT 003/RW 005", lama_tinggal: "12", keperluan: "Membuka rekening bank" });
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#8ac" } }).png().toBuffer();
  for (const r of service.requirements) {
    const stored = await ingestUpload({ bytes: png, originalName: "scan.png", accept: [], officeId: service.officeId, ownerId: siti.userId });
    if (!stored.ok) throw new Error(stored.error);
    await attachFile(siti, requestId, r.id, stored.file.id);
  }
  const submitted = await submitRequest(siti, requestId);
  if (!submitted.ok) throw new Error(submitted.error);
}, 60_000);

afterEach(() => {
  pg.Client.prototype.query = clientQuery;
  pg.Pool.prototype.query = poolQuery;
});

/**
 * Runs `write` on its own connection right after the first SELECT from service_requests returns,
 * whether Prisma sends it through the pool (outside a transaction) or a checked-out client.
 */
function commitAfterRequestRead(write: (client: pg.Client) => Promise<unknown>) {
  let armed = true;
  const done: Promise<void>[] = [];
  const restore = () => {
    pg.Client.prototype.query = clientQuery;
    pg.Pool.prototype.query = poolQuery;
  };
  const wrap = (original: (...a: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      const config = args[0] as string | { text?: string };
      const text = typeof config === "string" ? config : config?.text ?? "";
      const result = original.apply(this, args);
      if (!armed || !/FROM "public"\."service_requests"/.test(text) || !(result instanceof Promise)) return result;
      armed = false;
      restore();
      const wrote = result.then(async (rows) => {
        const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await other.connect();
        try {
          await write(other);
        } finally {
          await other.end();
        }
        return rows;
      });
      done.push(wrote.then(() => {}));
      return wrote;
    };
  pg.Client.prototype.query = wrap(clientQuery as never) as typeof pg.Client.prototype.query;
  pg.Pool.prototype.query = wrap(poolQuery as never) as typeof pg.Pool.prototype.query;
  return () => Promise.all(done).then(() => done.length);
}

describe("the resident's request page", () => {
  it("shows status, history and documents from one moment, even when staff act while it is read", async () => {
    const stored = await db.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { status: true, events: { select: { toStatus: true } } } });
    expect(stored).toEqual({ status: "SUBMITTED", events: expect.anything() });
    const wrote = commitAfterRequestRead(async (c) => {
      await c.query("BEGIN");
      await c.query(`UPDATE service_requests SET status = 'PROCESSING', version = version + 1 WHERE id = $1`, [requestId]);
      await c.query(
        `INSERT INTO request_events (request_id, type, from_status, to_status, internal, created_at) VALUES ($1, 'request.status_changed', 'SUBMITTED', 'PROCESSING', false, now())`,
        [requestId],
      );
      await c.query(`UPDATE request_attachments SET current = false WHERE request_id = $1`, [requestId]);
      await c.query("COMMIT");
    });
    const page = await getOwnRequest(siti, requestId);
    expect(await wrote()).toBe(1); // the staff step did land in the middle of the read
    expect(page).not.toBeNull();
    // The page as it was before the step (status, history and documents agree) ...
    expect(page!.status).toBe("SUBMITTED");
    expect(page!.events.at(-1)?.toStatus).toBe("SUBMITTED");
    expect(page!.attachments.filter((a) => a.current).length).toBeGreaterThan(0);
    // ... and the next read shows it after the step, all of it.
    const after = await getOwnRequest(siti, requestId);
    expect(after!.status).toBe("PROCESSING");
    expect(after!.events.at(-1)?.toStatus).toBe("PROCESSING");
    expect(after!.attachments.filter((a) => a.current)).toEqual([]);
  });
});
