// Issue 17: a loket serving a resident registered at another office of the deployment.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { confirmOtherOfficeResident, findResidentByNik } from "./data/staff/walk-in";
import { getRequestForStaff } from "./data/staff/detail";
import { listOwnRequests } from "./data/resident";
import { createWalkInRequest } from "./mutations/staff/walk-in";
import { buildWorld, db, type World } from "@/test/support/requests-world";
import { walkInSchema } from "./walk-in-schema";
import { valuesForRequest } from "@/lib/letters/data/render-input";

let w: World;
let png: File;
const AHMAD_NIK = "3201010101950003"; // Ahmad Fauzi, registered at Kelurahan Tengah (with an account)
const reason = "Tinggal di RT 03/RW 05 Pakansari sejak Januari, memerlukan surat domisili untuk kerja";

beforeAll(async () => {
  w = await buildWorld();
  png = new File([await sharp({ create: { width: 40, height: 30, channels: 3, background: "#888" } }).png().toBuffer()], "ktp.png", { type: "image/png" });
});

const filing = (other: Record<string, unknown>) =>
  walkInSchema.parse({ otherOfficeResident: { nik: AHMAD_NIK, fullName: "Ahmad Fauzi", reason, ...other }, serviceId: w.services.pem, channel: "LOKET", fields: { keperluan: "Domisili untuk melamar kerja" } });
const requestsFor = (residentId: string) => db.serviceRequest.count({ where: { residentId } });
const auditsOn = (residentId: string) => db.auditEvent.findMany({ where: { targetId: residentId }, orderBy: { createdAt: "asc" } });

describe("a resident registered at another office", () => {
  it("a wrong name reveals nothing (the same answer as an unknown match) and files nothing", async () => {
    const ahmad = w.residents.ahmad.profileId;
    const plain = await findResidentByNik(w.actors.petugas, AHMAD_NIK);
    expect(plain).toEqual({ found: false, elsewhere: true });
    for (const fullName of ["Ahmad Fauzy", "Ahmad", "Siti Aminah"]) {
      expect(await confirmOtherOfficeResident(w.actors.petugas, { nik: AHMAD_NIK, fullName, reason })).toEqual(plain);
    }
    // A NIK nobody has answers the same way: no oracle about names or NIKs.
    expect(await confirmOtherOfficeResident(w.actors.petugas, { nik: "3201010101990007", fullName: "Ahmad Fauzi", reason })).toEqual(plain);
    // Filing with the wrong name (the server checks again, whatever the form did) is refused at the name.
    const scans = await db.storedFile.count({ where: { ownerId: w.actors.petugas.userId } });
    const result = await createWalkInRequest(w.actors.petugas, filing({ fullName: "Ahmad Fauzy" }), new Map([["ktp", png]]));
    expect(result).toEqual({ ok: false, error: "invalid_input", fieldErrors: { "otherOfficeResident.fullName": "resident_elsewhere" } });
    // A reason too short to pass the policy, sent past the form: refused the same way.
    const short = { ...filing({}), otherOfficeResident: { nik: AHMAD_NIK, fullName: "Ahmad Fauzi", reason: "domisili", phone: undefined, email: undefined } };
    expect(await createWalkInRequest(w.actors.petugas, short, new Map([["ktp", png]]))).toMatchObject({ ok: false, fieldErrors: { "otherOfficeResident.fullName": "resident_elsewhere" } });
    expect(await requestsFor(ahmad)).toBe(0);
    expect(await auditsOn(ahmad)).toEqual([]);
    expect(await db.storedFile.count({ where: { ownerId: w.actors.petugas.userId } })).toBe(scans);
  });

  it("without a reason the form stops at the reason field", () => {
    const bad = walkInSchema.safeParse({ otherOfficeResident: { nik: AHMAD_NIK, fullName: "Ahmad Fauzi", reason: "" }, serviceId: w.services.pem, channel: "LOKET" });
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["otherOfficeResident.reason", "reason_required"]]);
  });

  it("with the KTP name and a reason: only the minimum is shown, the request is the filing office's, with its history entry and audit row", async () => {
    const ahmad = w.residents.ahmad;
    const confirmed = await confirmOtherOfficeResident(w.actors.petugas, { nik: AHMAD_NIK, fullName: "  ahmad  FAUZI ", reason });
    expect(confirmed).toEqual({ found: true, resident: { fullName: "Ahmad Fauzi", nikMasked: "3201••••••••0003", officeName: "Kelurahan Tengah" } });

    const result = await createWalkInRequest(w.actors.petugas, filing({ fullName: "AHMAD FAUZI", phone: "081299990000" }), new Map([["ktp", png]]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.number).toMatch(/^PKS\//);
    const request = await db.serviceRequest.findUniqueOrThrow({ where: { id: result.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(request).toMatchObject({
      officeId: w.offices.pakansari.id, unitId: w.offices.pakansari.units.PEM, residentId: ahmad.profileId, applicantId: ahmad.userId,
      enteredById: w.actors.petugas.userId, status: "SUBMITTED", contactPhone: "081299990000", contactEmail: null,
    });
    const entry = request.events.find((e) => e.type === "request.filed_for_other_office");
    expect(entry).toMatchObject({
      internal: true, note: reason, actorId: w.actors.petugas.userId,
      data: { filingOfficeName: "Kelurahan Pakansari", residentOfficeName: "Kelurahan Tengah", residentOfficeId: w.offices.tengah.id },
    });

    const audits = await auditsOn(ahmad.profileId);
    expect(audits.map((a) => [a.action, a.targetType, a.actorId, a.officeId])).toEqual([
      ["resident.viewed", "resident", w.actors.petugas.userId, w.offices.pakansari.id],
      ["resident.filed_at_other_office", "resident", w.actors.petugas.userId, w.offices.pakansari.id],
    ]);
    expect(audits[0]!.details).toMatchObject({ via: "walk_in_other_office", reason });
    expect(audits[1]!.details).toMatchObject({ requestId: result.id, number: result.number, reason });

    // The filing office's staff see the request, its history entry, and of the profile only the minimum.
    const detail = await getRequestForStaff(w.actors.petugas, result.id);
    expect(detail?.resident).toEqual({ visibility: "minimal", id: ahmad.profileId, fullName: "Ahmad Fauzi", nikMasked: "3201••••••••0003", officeName: "Kelurahan Tengah" });
    expect(JSON.stringify(detail)).not.toMatch(/081234560003|ahmad@contoh\.id|Tegar Beriman|3201010202160004|3201010101950003/);
    expect(detail?.timeline.some((e) => e.type === "request.filed_for_other_office" && e.note === reason)).toBe(true);
    // Nor does the letter the filing office writes: no address or KK of Tengah's profile.
    const letter = await valuesForRequest(db, w.offices.pakansari.id, result.id);
    expect(letter?.values).toMatchObject({ nama: "Ahmad Fauzi", alamat: null, rt: null, rw: null, kelurahan: null, no_kk: null });
    // The resident's own office does not: the request belongs to Pakansari (canSeeRequest: officeId).
    expect(await getRequestForStaff(w.actors.tengah, result.id)).toBeNull();
    expect(await getRequestForStaff({ ...w.actors.tengah, role: "ADMIN" }, result.id)).toBeNull();
    // Ahmad sees it in his own list, as any desk request, without the staff-only entry.
    const own = await listOwnRequests((await loadActor(ahmad.userId))!, {});
    expect(own.items.map((r) => r.id)).toContain(result.id);
  });

  it("tells a resident without an account only on the contact typed at the desk", async () => {
    const profile = await db.residentProfile.create({
      data: {
        officeId: w.offices.tengah.id, nik: "3201015007880005", kkNumber: "3201010202160009", fullName: "Rina Marlina", birthPlace: "Bogor",
        birthDate: new Date("1988-07-10T00:00:00Z"), sex: "P", address: "Jl. Kenari No. 9", rt: "002", rw: "003", kelurahan: "Tengah",
        phone: "081277770000", email: "rina@contoh.id",
      },
    });
    const input = filing({ nik: profile.nik, fullName: "Rina Marlina", email: "rina.domisili@contoh.id" });
    const result = await createWalkInRequest(w.actors.petugas, input, new Map([["ktp", png]]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const addresses = (await db.notificationDelivery.findMany({ where: { targetId: result.id }, select: { address: true } })).map((d) => d.address);
    expect(addresses).toContain("rina.domisili@contoh.id");
    expect(addresses.join(" ")).not.toMatch(/81277770000|rina@contoh\.id/);
  });

  it("staff of the resident's own office take the normal path", async () => {
    const found = await findResidentByNik(w.actors.tengah, AHMAD_NIK);
    expect(found).toMatchObject({ found: true, resident: { id: w.residents.ahmad.profileId, address: "Jl. Tegar Beriman Gg. Mawar No. 2" } });
    // The other-office path is not theirs: the confirmation answers "elsewhere" and files nothing.
    expect(await confirmOtherOfficeResident(w.actors.tengah, { nik: AHMAD_NIK, fullName: "Ahmad Fauzi", reason })).toEqual({ found: false, elsewhere: true });
    const normal = walkInSchema.parse({ residentId: w.residents.ahmad.profileId, serviceId: w.services.tengah, channel: "LOKET", fields: { keperluan: "Domisili" } });
    const result = await createWalkInRequest(w.actors.tengah, normal, new Map([["ktp", png]]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const detail = await getRequestForStaff(w.actors.tengah, result.id);
    expect(detail?.resident).toMatchObject({ visibility: "full", nik: AHMAD_NIK, phone: "081234560003" });
    expect(detail?.timeline.some((e) => e.type === "request.filed_for_other_office")).toBe(false);
  });
});
