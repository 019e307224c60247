import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { createWalkInRequest } from "@/lib/requests/mutations/staff/walk-in";
import { buildWorld, db, makeRequest, type World } from "@/test/support/requests-world";
import { walkInSchema } from "@/lib/requests/walk-in-schema";
import { getOwnRequest } from "./data/resident";
import { fieldDisplayValue, type FieldRequirement } from "./fields";
import { saveDraftValues, startDraft } from "./mutations/resident";

// The web form and the walk-in desk store service-field values the same way, and rows stored
// the old ways (web: number strings; desk: JSON numbers) read back right after the migration.

let w: World;
let siti: Actor;
let png: File;
const MIGRATION = path.resolve(import.meta.dirname, "../../prisma/migrations/20261201150000_service_field_values/migration.sql");

beforeAll(async () => {
  w = await buildWorld();
  siti = (await loadActor(w.residents.siti.userId))!;
  await db.serviceRequirement.createMany({
    data: [
      { serviceId: w.services.pem, kind: "FIELD", code: "luas", label: "Luas tanah (m²)", fieldType: "NUMBER", required: false, position: 10 },
      { serviceId: w.services.pem, kind: "FIELD", code: "penghasilan", label: "Penghasilan (Rp)", fieldType: "MONEY", required: false, position: 11 },
      { serviceId: w.services.pem, kind: "FIELD", code: "nik_almarhum", label: "NIK almarhum", fieldType: "NIK", required: false, position: 12 },
    ],
  });
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#888" } }).png().toBuffer();
  png = new File([bytes], "ktp.png", { type: "image/png" });
});

const typed = { keperluan: "Melamar kerja", luas: "1.500", penghasilan: "Rp 1.500.000", nik_almarhum: "3201 0101 0140 0001" };

describe("service field values", () => {
  it("are stored the same by the resident's web form and the walk-in desk", async () => {
    const started = await startDraft(siti, { serviceId: w.services.pem, residentId: w.residents.siti.profileId, relation: "SELF" });
    if (!started.ok) throw new Error(started.error);
    expect(await saveDraftValues(siti, started.id, typed)).toMatchObject({ ok: true });
    const web = await db.serviceRequest.findUniqueOrThrow({ where: { id: started.id }, select: { data: true } });

    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: typed });
    const filed = await createWalkInRequest(w.actors.petugas, input, new Map([["ktp", png]]));
    if (!filed.ok) throw new Error(JSON.stringify(filed));
    const desk = await db.serviceRequest.findUniqueOrThrow({ where: { id: filed.id }, select: { data: true } });

    const expected = { keperluan: "Melamar kerja", luas: 1500, penghasilan: 1_500_000, nik_almarhum: "3201010101400001" };
    expect(web.data).toEqual(expected);
    expect(desk.data).toEqual(expected);
  });

  it("refuse a bad NIK in a NIK field at the desk, at the field", async () => {
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: { ...typed, nik_almarhum: "almarhum pak RT" } });
    const result = await createWalkInRequest(w.actors.petugas, input, new Map([["ktp", png]]));
    expect(result).toMatchObject({ ok: false, fieldErrors: { "fields.nik_almarhum": "nik_digits" } });
    const short = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: { ...typed, luas: "1.5" } });
    expect(await createWalkInRequest(w.actors.petugas, short, new Map([["ktp", png]]))).toMatchObject({ ok: false, fieldErrors: { "fields.luas": "number_ambiguous" } });
  });

  it("stored the old ways read back as one representation after the migration", async () => {
    const oldWeb = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: w.residents.siti.profileId });
    const oldDesk = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: w.residents.budi.profileId, channel: "LOKET" });
    const halfTyped = await makeRequest({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, residentId: w.residents.siti.profileId, status: "DRAFT" });
    // The web stored normalised strings, the desk JSON numbers.
    await db.serviceRequest.update({ where: { id: oldWeb.id }, data: { data: { keperluan: "Kerja", luas: "2.5", penghasilan: "1800000" } } });
    await db.serviceRequest.update({ where: { id: oldDesk.id }, data: { data: { keperluan: "1500", luas: 90 } } });
    await db.serviceRequest.update({ where: { id: halfTyped.id }, data: { data: { luas: "dua ratus" } } });

    const sql = readFileSync(MIGRATION, "utf8");
    await db.$executeRawUnsafe(sql);
    await db.$executeRawUnsafe(sql); // idempotent: a second run changes nothing

    const dataOf = async (id: string) => (await db.serviceRequest.findUniqueOrThrow({ where: { id }, select: { data: true } })).data;
    expect(await dataOf(oldWeb.id)).toEqual({ keperluan: "Kerja", luas: 2.5, penghasilan: 1_800_000 });
    expect(await dataOf(oldDesk.id)).toEqual({ keperluan: "1500", luas: 90 }); // a TEXT value that looks like a number stays text
    expect(await dataOf(halfTyped.id)).toEqual({ luas: "dua ratus" });

    // What the resident's detail page shows.
    const own = await getOwnRequest(siti, oldWeb.id);
    const luas: FieldRequirement = { code: "luas", fieldType: "NUMBER", required: false, options: [] };
    expect(fieldDisplayValue(luas, own!.data.luas)).toBe("2,5");
    expect(fieldDisplayValue({ ...luas, fieldType: "MONEY" }, own!.data.penghasilan)).toBe("Rp 1.800.000");
    expect(fieldDisplayValue(luas, (await dataOf(oldDesk.id) as Record<string, unknown>).luas)).toBe("90");
  });
});
