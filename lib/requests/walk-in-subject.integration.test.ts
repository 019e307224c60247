// Issue 17 at the desk: a walk-in request for a person outside the applicant's KK, as far as the service allows.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getReceipt } from "./data/staff/detail";
import { createWalkInRequest } from "./mutations/staff/walk-in";
import { buildWorld, db, type World } from "@/test/support/requests-world";
import { walkInSchema } from "./walk-in-schema";

let w: World;
let png: File;
const siti = () => w.residents.siti.profileId;
const deceased = { subjectName: "Sutrisno", subjectNik: "3201 0101 0140 0001", subjectRelation: "Ayah" };

beforeAll(async () => {
  w = await buildWorld();
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#888" } }).png().toBuffer();
  png = new File([bytes], "ktp.png", { type: "image/png" });
});

const file = (subject?: typeof deceased) =>
  createWalkInRequest(w.actors.petugas, walkInSchema.parse({ residentId: siti(), serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "Akta kematian" }, subject }), new Map([["ktp", png]]));

describe("walk-in for another person", () => {
  it("stores the person named at the desk on the request, with the applicant as resident", async () => {
    await db.service.update({ where: { id: w.services.pem }, data: { subjectTargets: ["HOUSEHOLD", "OTHER"] } });
    const result = await file(deceased);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const row = await db.serviceRequest.findUniqueOrThrow({ where: { id: result.id }, select: { residentId: true, relation: true, subjectName: true, subjectNik: true, subjectRelation: true } });
    expect(row).toEqual({ residentId: siti(), relation: "OUTSIDE_KK", subjectName: "Sutrisno", subjectNik: "3201010101400001", subjectRelation: "Ayah" });
    expect(await getReceipt(w.actors.petugas, result.id)).toMatchObject({ subjectName: "Sutrisno", subjectNik: "3201010101400001" });
  });

  it("refuses 'another person' for a service that does not allow it, and asks for one where the service needs it", async () => {
    await db.service.update({ where: { id: w.services.pem }, data: { subjectTargets: ["SELF"] } });
    expect(await file(deceased)).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { "subject.subjectName": "target_not_allowed" } });
    await db.service.update({ where: { id: w.services.pem }, data: { subjectTargets: ["OTHER"] } });
    expect(await file()).toMatchObject({ ok: false, error: "invalid_input", fieldErrors: { "subject.subjectName": "subject_required" } });
    await db.service.update({ where: { id: w.services.pem }, data: { subjectTargets: ["SELF", "HOUSEHOLD"] } });
    expect((await file()).ok).toBe(true);
  });

  it("checks the person's NIK with the shared rules at the field", () => {
    const parsed = walkInSchema.safeParse({ residentId: "r1", serviceId: "s1", channel: "LOKET", subject: { ...deceased, subjectNik: "3201010101400000", subjectRelation: "" } });
    expect(Object.fromEntries((parsed.error?.issues ?? []).map((i) => [i.path.join("."), i.message]))).toEqual({ "subject.subjectNik": "nik_sequence", "subject.subjectRelation": "subject_relation_required" });
  });
});

describe("the desk form's round trip", () => {
  it("parses its own output again: the form sends the resolver's result to the server", () => {
    const once = walkInSchema.parse({ residentId: "r1", serviceId: "s1", channel: "LOKET", subject: deceased });
    expect(once.subject).toEqual({ subjectName: "Sutrisno", subjectNik: "3201010101400001", subjectRelation: "Ayah" });
    expect(walkInSchema.parse(JSON.parse(JSON.stringify(once))).subject).toEqual(once.subject);
  });
});
