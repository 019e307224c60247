// The desk's NIK field (lib/requests/walk-in-schema, built on validateNik) and the register's and
// registration's (lib/residents/schema, built on parseNik) were near-copies. This proves they accept
// and refuse the same inputs with the same codes and output, which is what allowed them to become one.
import { describe, expect, it } from "vitest";
import { nikLookupSchema, otherOfficeConfirmSchema } from "@/lib/requests/walk-in-schema";
import { registerEntrySchema } from "./schema";

const deskNik = nikLookupSchema.shape.nik;
const otherOfficeNik = otherOfficeConfirmSchema.shape.nik;
const registerNik = registerEntrySchema.shape.nik;

const outcome = (schema: typeof deskNik, input: string) => {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, codes: r.error.issues.map((i) => i.message) };
};

const inputs = [
  "3201011203850001", "3201014506900002", "3201 0171 0190 0003", "3201-0101-0140-0001", "3201.0101.0140.0001", " 3201010101400001 ",
  "", "   ", "abc", "32010112038500", "32010112038500011", "320101120385000A", "3201013201900001", "3201017201900001", "3201010001900001",
  "3201013501900001", "3201010113900001", "3201010100900001", "3201013002900001", "3201012902010001", "3201012902000001", "3201010101400000",
  // Born "in the future" for this century: read as the last one.
  "3201010101990001", "3201010101300001", "9999999999999999", "0000000000000000",
];

describe("one NIK field for the desk, the register and registration", () => {
  it.each(inputs)("the desk and the register agree on %j", (input) => {
    const expected = outcome(registerNik, input);
    expect(outcome(deskNik, input)).toEqual(expected);
    expect(outcome(otherOfficeNik, input)).toEqual(expected);
  });
  it("agree on 5,000 random 16-digit strings (a fixed seed, so a failure repeats)", () => {
    let seed = 17;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    for (let n = 0; n < 5000; n++) {
      // Region 320101, then a day 00–79, a month 00–15, a year and a sequence: valid and invalid alike.
      const digits = `320101${String(next() % 80).padStart(2, "0")}${String(next() % 16).padStart(2, "0")}${String(next() % 100).padStart(2, "0")}${String(next() % 10000).padStart(4, "0")}`;
      expect(outcome(deskNik, digits)).toEqual(outcome(registerNik, digits));
    }
  });
  it("covers both accepted and refused inputs", () => {
    const results = inputs.map((i) => outcome(registerNik, i).ok);
    expect(results.filter(Boolean).length).toBeGreaterThan(3);
    expect(results.filter((r) => !r).length).toBeGreaterThan(10);
  });
});
