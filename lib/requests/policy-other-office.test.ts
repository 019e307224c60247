import { describe, expect, it } from "vitest";
import { actor, OFFICE, OTHER_OFFICE, resident, staff, supervisor } from "@/test/support/actors";
import { canFileForOtherOfficeResident, canSeeRequest, reasonIsValid, residentVisibility, sameKtpName, servesResident } from "./policy";
import { otherOfficeConfirmSchema, walkInSchema } from "./walk-in-schema";

const tengah = { id: OTHER_OFFICE, parentId: "kecamatan-cibinong", active: true };
const profile = { fullName: "Ahmad Fauzi", office: tengah };
const reason = "Tinggal di RT 03/RW 05 Pakansari sejak 2025";

describe("a resident registered at another office", () => {
  it("compares the KTP name without case or spacing, but letter for letter", () => {
    expect(sameKtpName("  ahmad   FAUZI ", "Ahmad Fauzi")).toBe(true);
    expect(sameKtpName("Ahmad\tFauzi", "Ahmad Fauzi")).toBe(true);
    expect(sameKtpName("Ahmad Fauzy", "Ahmad Fauzi")).toBe(false);
    expect(sameKtpName("Ahmad", "Ahmad Fauzi")).toBe(false);
    expect(sameKtpName("   ", "")).toBe(false);
  });

  it("wants a reason of 10 to 500 characters", () => {
    expect(reasonIsValid("")).toBe(false);
    expect(reasonIsValid("  pendek  ")).toBe(false);
    expect(reasonIsValid("a".repeat(10))).toBe(true);
    expect(reasonIsValid("a".repeat(500))).toBe(true);
    expect(reasonIsValid("a".repeat(501))).toBe(false);
  });

  it("lets desk staff file only with the name matching and a reason, and only outside the offices they serve", () => {
    expect(canFileForOtherOfficeResident(staff, { typedName: "AHMAD FAUZI", reason, profile })).toBe(true);
    expect(canFileForOtherOfficeResident(supervisor, { typedName: "Ahmad Fauzi", reason, profile })).toBe(true);
    expect(canFileForOtherOfficeResident(staff, { typedName: "Ahmad Fauzy", reason, profile })).toBe(false);
    expect(canFileForOtherOfficeResident(staff, { typedName: "Ahmad Fauzi", reason: "domisili", profile })).toBe(false);
    // A resident cannot file walk-ins; an inactive office's profile is not served either.
    expect(canFileForOtherOfficeResident(resident, { typedName: "Ahmad Fauzi", reason, profile })).toBe(false);
    expect(canFileForOtherOfficeResident(staff, { typedName: "Ahmad Fauzi", reason, profile: { ...profile, office: { ...tengah, active: false } } })).toBe(false);
    // Own office, or a kecamatan's own kelurahan: the normal path, not this one.
    expect(canFileForOtherOfficeResident(staff, { typedName: "Ahmad Fauzi", reason, profile: { ...profile, office: { id: OFFICE, parentId: null, active: true } } })).toBe(false);
    const kecamatan = actor("STAFF", { officeId: "kecamatan-cibinong" });
    expect(canFileForOtherOfficeResident(kecamatan, { typedName: "Ahmad Fauzi", reason, profile })).toBe(false);
  });

  it("shows the filing office only the minimum, and the serving offices everything", () => {
    expect(servesResident(OFFICE, { id: OFFICE, parentId: null })).toBe(true);
    expect(servesResident("kecamatan-cibinong", tengah)).toBe(true);
    expect(servesResident(OFFICE, tengah)).toBe(false);
    expect(residentVisibility(staff, tengah)).toBe("minimal");
    expect(residentVisibility(actor("STAFF", { officeId: OTHER_OFFICE }), tengah)).toBe("full");
  });

  it("keeps the request with the filing office: the resident's own office does not see it", () => {
    const request = { officeId: OFFICE, unitId: "unit-pem", enteredById: staff.userId };
    expect(canSeeRequest(staff, request)).toBe(true);
    expect(canSeeRequest(actor("ADMIN", { officeId: OTHER_OFFICE }), request)).toBe(false);
  });

  it("asks for the reason at its field, in the words the desk shows", () => {
    const empty = otherOfficeConfirmSchema.safeParse({ nik: "3201010101950003", fullName: "Ahmad Fauzi", reason: "  " });
    expect(empty.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "reason_required"]]);
    const short = otherOfficeConfirmSchema.safeParse({ nik: "3201010101950003", fullName: "Ahmad Fauzi", reason: "domisili" });
    expect(short.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "reason_too_short"]]);
    const walkIn = walkInSchema.safeParse({ otherOfficeResident: { nik: "3201 0101 0195 0003", fullName: "Ahmad Fauzi", reason: "", email: "bukan-email" }, serviceId: "s", channel: "LOKET" });
    expect(walkIn.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["otherOfficeResident.reason", "reason_required"],
      ["otherOfficeResident.email", "email_invalid"],
    ]);
  });
});
