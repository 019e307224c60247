// The apply form's send from the phone's outbox (POST /api/warga/permohonan/:id/kirim), called
// in-process through the route handler: values typed offline are saved and the request submitted
// once however often the phone resends, and only the resident's own sendable request is accepted.
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { ingestUpload } from "@/lib/storage/ingest";
import { seedBase } from "@/prisma/seed/base";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { attachFile, startDraft } from "./mutations/resident";

let current: Actor | null = null;
vi.mock("@/lib/auth", () => ({ getActor: async () => current, requireActor: async () => current }));
vi.mock("@/lib/http/client-ip", () => ({ clientIp: async () => "203.0.113.16" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

const { POST } = await import("@/app/api/warga/permohonan/[id]/kirim/route");

let siti: Actor, budi: Actor, petugas: Actor;
let domisili: { id: string; officeId: string; requirements: { id: string; code: string; kind: string }[] };
let png: Buffer;
const VALUES = { alamat_domisili: "Jl. Melati No. 7 RT 003/RW 005", lama_tinggal: "12", keperluan: "Membuka rekening bank" };

beforeAll(async () => {
  const ctx = await seedBase(db);
  const catalogue = await seedCatalogue(db, ctx);
  siti = (await loadActor(ctx.residents.siti.userId))!;
  budi = (await loadActor(ctx.residents.budi.userId))!;
  petugas = (await loadActor(ctx.users.petugas))!;
  domisili = await db.service.findUniqueOrThrow({
    where: { id: catalogue.pakansari["surat-keterangan-domisili"] },
    select: { id: true, officeId: true, requirements: { select: { id: true, code: true, kind: true } } },
  });
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#8ac" } }).png().toBuffer();
}, 60_000);

/** A Domisili draft of Siti's with its documents uploaded and no field filled yet (typed offline). */
async function draftWithDocuments() {
  const started = await startDraft(siti, { serviceId: domisili.id, residentId: siti.residentId!, relation: "SELF" });
  if (!started.ok) throw new Error(started.error);
  await db.serviceRequest.update({ where: { id: started.id }, data: { data: {} } });
  for (const r of domisili.requirements.filter((r) => r.kind === "DOCUMENT")) {
    const stored = await ingestUpload({ bytes: png, originalName: `${r.code}.png`, accept: [], officeId: domisili.officeId, ownerId: siti.userId });
    if (!stored.ok) throw new Error(stored.error);
    expect((await attachFile(siti, started.id, r.id, stored.file.id)).ok).toBe(true);
  }
  return started.id;
}

async function send(as: Actor | null, id: string, values: Record<string, string>, key: string | null = `kirim-${crypto.randomUUID()}`) {
  current = as;
  const body = new FormData();
  for (const [code, value] of Object.entries(values)) body.append(code, value);
  const headers: Record<string, string> = { origin: "http://lw.test" };
  if (key) headers["Idempotency-Key"] = key;
  const response = await POST(new Request(`http://lw.test/api/warga/permohonan/${id}/kirim`, { method: "POST", body, headers }), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /api/warga/permohonan/:id/kirim", () => {
  it("saves the values typed offline and submits once, however often the phone resends", async () => {
    const id = await draftWithDocuments();
    const key = `kirim-${crypto.randomUUID()}`;
    const first = await send(siti, id, VALUES, key);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ ok: true, requestId: id, number: expect.stringMatching(/^PKS\/\d{4}\/\d{6}$/) });
    // The answer was lost on the way: the phone sends the same item again, twice at once.
    const [again, racing] = await Promise.all([send(siti, id, VALUES, key), send(siti, id, VALUES, key)]);
    expect(again).toEqual(first);
    expect(racing).toEqual(first);
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { status: true, number: true, data: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", number: first.body.number, data: { ...VALUES, lama_tinggal: 12 } });
    expect(await db.requestEvent.count({ where: { requestId: id, type: "request.submitted" } })).toBe(1);
    // A different send (new key) of the same request is refused: it is no longer sendable.
    expect(await send(siti, id, VALUES)).toMatchObject({ status: 422, body: { ok: false, error: "invalid_transition" } });
  });

  it("answers per field what is missing or wrong, and keeps the draft", async () => {
    const id = await draftWithDocuments();
    const missing = await send(siti, id, { alamat_domisili: VALUES.alamat_domisili, lama_tinggal: "12" });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ ok: false, error: "incomplete", fieldErrors: { keperluan: expect.any(String) } });
    expect(await send(siti, id, { ...VALUES, keperluan: "x".repeat(5001) })).toMatchObject({ status: 422, body: { error: "invalid_input", fieldErrors: { "values.keperluan": expect.any(String) } } });
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { status: true, data: true } });
    expect(row.status).toBe("DRAFT");
    expect(row.data).toMatchObject({ alamat_domisili: VALUES.alamat_domisili });
  });

  it("only the resident's own request, signed in, with a key", async () => {
    const id = await draftWithDocuments();
    expect(await send(budi, id, VALUES)).toMatchObject({ status: 404, body: { ok: false, error: "not_found" } });
    expect(await send(null, id, VALUES)).toMatchObject({ status: 403, body: { ok: false, error: "forbidden" } });
    // Only residents apply (request.apply): the office's staff cannot send a resident's request.
    expect(await send(petugas, id, VALUES)).toMatchObject({ status: 403, body: { ok: false, error: "forbidden" } });
    expect(await send(siti, id, VALUES, null)).toMatchObject({ status: 400, body: { ok: false, error: "invalid_input" } });
    // Nothing of Budi's send reached Siti's draft.
    expect((await db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { status: true, data: true } })).data).toEqual({});
  });
});
