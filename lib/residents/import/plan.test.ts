import { describe, expect, it } from "vitest";
import { planRow, type CurrentResident } from "./plan";
import type { ImportRecord } from "./validate";

const record: ImportRecord = {
  nik: "3201014506900002", kkNumber: "3201010101100001", fullName: "SITI AMINAH", birthPlace: "BOGOR", birthDate: "1990-06-05",
  sex: "P", address: "JL. RAYA PAKANSARI 5", rt: "003", rw: "005", familyRole: "ISTRI", phone: "",
};
const stored: CurrentResident = {
  id: "r1", officeId: "o1", hasAccount: false, registerData: null, kkNumber: "3201010101100001", fullName: "SITI AMINAH", birthPlace: "BOGOR",
  birthDate: "1990-06-05", sex: "P", address: "JL. RAYA PAKANSARI 5", rt: "003", rw: "005", phone: "081234560001", headOfFamily: false,
};

describe("planRow", () => {
  it("creates a resident who is not in the register", () => {
    expect(planRow(record, null, true)).toMatchObject({ plan: "CREATE", values: { fullName: "SITI AMINAH", phone: null } });
  });

  it("changes nothing when the file says what is stored (re-import)", () => {
    expect(planRow(record, stored, true)).toEqual({ plan: "UNCHANGED" });
  });

  it("never lets an empty cell erase a stored value", () => {
    expect(planRow({ ...record, address: "", phone: "" }, stored, true)).toEqual({ plan: "UNCHANGED" });
  });

  it("lists the changed fields", () => {
    const plan = planRow({ ...record, rt: "004", address: "JL. MAWAR 1" }, stored, true);
    expect(plan).toMatchObject({ plan: "UPDATE", changed: ["address", "rt"], registerOnly: false, values: { rt: "004", phone: "081234560001" } });
  });

  it("keeps an account holder's own declaration and compares with the register values", () => {
    const account = { ...stored, hasAccount: true, fullName: "Siti Aminah", registerData: { fullName: "SITI AMINAH" } };
    expect(planRow(record, account, true)).toEqual({ plan: "UNCHANGED" });
    expect(planRow({ ...record, birthPlace: "JAKARTA" }, account, true)).toMatchObject({ plan: "UPDATE", changed: ["birthPlace"], registerOnly: true });
  });

  it("ignores the head of family when the file has no such column", () => {
    expect(planRow(record, { ...stored, headOfFamily: true }, false)).toEqual({ plan: "UNCHANGED" });
    expect(planRow(record, { ...stored, headOfFamily: true }, true)).toMatchObject({ plan: "UPDATE", changed: ["headOfFamily"] });
  });
});
