import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { dueDate } from "@/lib/calendar/working-days";
import { loadOfficeCalendar } from "@/lib/calendar/data";
import { findResidentByNik } from "./data/staff/walk-in";
import { getReceipt } from "./data/staff/detail";
import { createWalkInRequest } from "./mutations/staff/walk-in";
import { buildWorld, db, type World } from "@/test/support/requests-world";
import { walkInSchema } from "./walk-in-schema";

let w: World;
let png: File;
const pdf = () => new File([Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")], "pengantar.pdf", { type: "application/pdf" });

beforeAll(async () => {
  w = await buildWorld();
  const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#888" } }).png().toBuffer();
  png = new File([bytes], "ktp.png", { type: "image/png" });
});

const newResident = (nik: string) => ({
  nik, kkNumber: "3201010101150099", fullName: "Wawan Setiawan", birthPlace: "Bogor", birthDate: "1980-02-03",
  sex: "L", address: "Jl. Kenanga No. 3", rt: "2", rw: "5", kelurahan: "Pakansari",
});

describe("assisted channel", () => {
  it("records a new resident without an account and files the request with a number, due date and channel", async () => {
    const input = walkInSchema.parse({ newResident: newResident("3201010302800004"), serviceId: w.services.pem, channel: "POS_RW", fields: { keperluan: "Melamar kerja" } });
    const now = new Date("2026-03-03T02:00:00Z"); // Tue 09:00 WIB
    const result = await createWalkInRequest(w.actors.rw, input, new Map([["ktp", png], ["pengantar_rt", pdf()]]), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.number).toMatch(/^PKS\/2026\/\d{6}$/);
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: result.id }, include: { resident: true, attachments: true, events: true, servicePoint: true } });
    const calendar = await loadOfficeCalendar(w.offices.pakansari.id, undefined, now);
    expect(request).toMatchObject({ status: "SUBMITTED", channel: "POS_RW", enteredById: w.actors.rw.userId, applicantId: null, data: { keperluan: "Melamar kerja" } });
    expect(request.servicePoint?.kind).toBe("POS_RW");
    expect(request.dueAt).toEqual(dueDate(now, { value: 3, unit: "WORKING_DAYS" }, calendar));
    expect(request.resident).toMatchObject({ userId: null, createdById: w.actors.rw.userId, rt: "002", rw: "005" });
    expect(request.attachments).toHaveLength(2);
    expect(request.events[0]).toMatchObject({ type: "request.submitted", actorId: w.actors.rw.userId, toStatus: "SUBMITTED" });
    // The receipt printed next shows the survey QR: the invitation exists before the page renders,
    // and the receipt only reads it (printing twice gives the same link).
    const invitation = await db.surveyInvitation.findUniqueOrThrow({ where: { requestId: result.id } });
    expect(invitation).toMatchObject({ officeId: w.offices.pakansari.id, serviceId: w.services.pem, usedAt: null });
    const receipt = await getReceipt(w.actors.rw, result.id);
    expect(receipt?.surveyToken).toBe(invitation.token);
    expect((await getReceipt(w.actors.rw, result.id))?.surveyToken).toBe(invitation.token);
    expect(await db.surveyInvitation.count({ where: { requestId: result.id } })).toBe(1);
    // Another office's staff get no receipt at all.
    expect(await getReceipt(w.actors.tengah, result.id)).toBeNull();
  });

  it("links a found resident's account so the request also shows on their phone", async () => {
    const found = await findResidentByNik(w.actors.petugas, "3201014506900002");
    expect(found.found).toBe(true);
    if (!found.found) return;
    expect(found.resident.nikMasked).toBe("3201••••••••0002");
    const input = walkInSchema.parse({ residentId: found.resident.id, serviceId: w.services.ekbang, channel: "LOKET", fields: { keperluan: "Usaha warung" } });
    const result = await createWalkInRequest(w.actors.petugas, input, new Map([["ktp", png]]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: result.id } });
    expect(request.applicantId).toBe(w.residents.siti.userId);
    expect(request.servicePointId).toBe(w.servicePoints.loket);
  });

  it("allows the POS_RW channel only to staff of an RW post", async () => {
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "POS_RW", fields: { keperluan: "x" } });
    expect(await createWalkInRequest(w.actors.petugas, input, new Map([["ktp", png]]))).toEqual({ ok: false, error: "invalid_input", fieldErrors: { channel: "pos_rw_not_member" } });
  });

  it("names every missing field and document, and refuses a scan of the wrong type", async () => {
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: {} });
    expect(await createWalkInRequest(w.actors.petugas, input, new Map())).toEqual({
      ok: false, error: "invalid_input", fieldErrors: { "fields.keperluan": "required", "files.ktp": "required" },
    });
    const withFields = { ...input, fields: { keperluan: "x" } };
    const fake = new File([Buffer.from("not really a pdf")], "pengantar.pdf", { type: "application/pdf" });
    expect(await createWalkInRequest(w.actors.petugas, withFields, new Map([["ktp", png], ["pengantar_rt", fake]]))).toEqual({
      ok: false, error: "invalid_input", fieldErrors: { "files.pengantar_rt": "type_not_allowed" },
    });
  });

  it("leaves no stored scan behind when a later scan is refused or the submission fails", async () => {
    const scans = () => db.storedFile.count({ where: { ownerId: w.actors.petugas.userId } });
    const before = await scans();
    const input = walkInSchema.parse({ residentId: w.residents.budi.profileId, serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "x" } });
    const fake = new File([Buffer.from("not really a pdf")], "pengantar.pdf", { type: "application/pdf" });
    expect(await createWalkInRequest(w.actors.petugas, input, new Map([["ktp", png], ["pengantar_rt", fake]]))).toMatchObject({ ok: false });
    expect(await scans()).toBe(before);

    // Two desks record the same new NIK at once: both pass the check, one insert fails; its scans go.
    const same = walkInSchema.parse({ newResident: newResident("3201010302800009"), serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "x" } });
    const outcomes = await Promise.allSettled([0, 1].map(() => createWalkInRequest(w.actors.petugas, same, new Map([["ktp", png], ["pengantar_rt", pdf()]]))));
    const filed = outcomes.filter((o) => o.status === "fulfilled" && o.value.ok);
    expect(filed).toHaveLength(1);
    expect(await scans()).toBe(before + 2);
  });

  it("does not reach residents of another office, nor record a NIK twice", async () => {
    expect(await findResidentByNik(w.actors.petugas, "3201010101950003")).toEqual({ found: false, elsewhere: true });
    const input = walkInSchema.parse({ newResident: { ...newResident("3201010101950003"), birthDate: "1995-01-01" }, serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "x" } });
    const result = await createWalkInRequest(w.actors.petugas, input, new Map([["ktp", png]]));
    expect(result).toEqual({ ok: false, error: "invalid_input", fieldErrors: { "newResident.nik": "nik_registered" } });
    const other = walkInSchema.parse({ residentId: w.residents.ahmad.profileId, serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "x" } });
    expect(await createWalkInRequest(w.actors.petugas, other, new Map([["ktp", png]]))).toEqual({ ok: false, error: "invalid_input", fieldErrors: { residentId: "resident_required" } });
  });

  it("validates the NIK against the birth date", () => {
    const bad = walkInSchema.safeParse({ newResident: { ...newResident("3201010302800004"), birthDate: "1980-03-04" }, serviceId: "x", channel: "LOKET" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["newResident.birthDate", "nik_birth_date_mismatch"]]);
  });
});
