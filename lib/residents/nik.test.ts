import { describe, expect, it } from "vitest";
import { maskNik, parseNik, validateKk, validateNik } from "./nik";
import { loadDistrictCodes, regionChecker } from "./regions";

const today = "2026-06-01";

describe("NIK validation", () => {
  it("accepts a man's NIK and decodes region, birth date and sex", () => {
    const result = validateNik("3201011203850001", { today });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      info: { nik: "3201011203850001", regionCode: "320101", birthDate: "1985-03-12", sex: "L", sequence: "0001" },
    });
  });

  it("accepts a woman's NIK (day + 40)", () => {
    const result = validateNik("3201014506900002", { today });
    expect(result.ok && result.info).toMatchObject({ birthDate: "1990-06-05", sex: "P" });
  });

  it("accepts day 71 (31st, woman) and typed spaces", () => {
    expect(parseNik("3201 0171 0190 0003", { today }).ok).toBe(true);
  });

  it("rejects day 32", () => {
    expect(validateNik("3201013201900001", { today })).toEqual({ ok: false, error: "nik_day" });
  });

  it("rejects day 72, day 00 and days 32–40", () => {
    expect(validateNik("3201017201900001", { today })).toEqual({ ok: false, error: "nik_day" });
    expect(validateNik("3201010001900001", { today })).toEqual({ ok: false, error: "nik_day" });
    expect(validateNik("3201014001900001", { today })).toEqual({ ok: false, error: "nik_day" });
  });

  it("rejects month 13 and month 00", () => {
    expect(validateNik("3201011213900001", { today })).toEqual({ ok: false, error: "nik_month" });
    expect(validateNik("3201011200900001", { today })).toEqual({ ok: false, error: "nik_month" });
  });

  it("rejects a date that is not on the calendar (31 February, 29 February in a common year)", () => {
    expect(validateNik("3201013102900001", { today })).toEqual({ ok: false, error: "nik_date" });
    expect(validateNik("3201017102900001", { today })).toEqual({ ok: false, error: "nik_date" });
    expect(validateNik("3201012902010001", { today })).toEqual({ ok: false, error: "nik_date" });
    expect(validateNik("3201012902000001", { today }).ok).toBe(true); // 2000 was a leap year
  });

  it("rejects sequence 0000", () => {
    expect(validateNik("3201011203850000", { today })).toEqual({ ok: false, error: "nik_sequence" });
  });

  it("rejects non-digits, 15 and 17 digits, and empty input", () => {
    expect(validateNik("32010112038500A1", { today })).toEqual({ ok: false, error: "nik_digits" });
    expect(validateNik("320101120385001", { today })).toEqual({ ok: false, error: "nik_length" });
    expect(validateNik("32010112038500011", { today })).toEqual({ ok: false, error: "nik_length" });
    expect(validateNik("   ", { today })).toEqual({ ok: false, error: "nik_required" });
  });

  it("picks the century that keeps the birth date in the past", () => {
    expect(parseNik("3201010105200001", { today })).toMatchObject({ info: { birthDate: "2020-05-01" } });
    // 2 July 2026 has not happened yet on 1 June 2026, so the person was born in 1926.
    expect(parseNik("3201010207260001", { today })).toMatchObject({ info: { birthDate: "1926-07-02" } });
    expect(parseNik("3201010106260001", { today })).toMatchObject({ info: { birthDate: "2026-06-01" } });
  });

  it("warns, without rejecting, when the entered birth date or sex differs from the NIK", () => {
    const result = validateNik("3201011203850001", { today, birthDate: "1985-03-13", sex: "P" });
    expect(result).toMatchObject({ ok: true, warnings: ["nik_birth_date_mismatch", "nik_sex_mismatch"] });
    expect(validateNik("3201011203850001", { today, birthDate: "1985-03-12", sex: "L" })).toMatchObject({ ok: true, warnings: [] });
  });

  it("warns, without rejecting, when the region code is not on the official list", async () => {
    const isKnownRegion = await regionChecker();
    expect(validateNik("3201011203850001", { today, isKnownRegion })).toMatchObject({ ok: true, warnings: [] });
    expect(validateNik("9999011203850001", { today, isKnownRegion })).toMatchObject({ ok: true, warnings: ["nik_region_unknown"] });
  });

  it("reads the official district list once and caches it", async () => {
    const first = loadDistrictCodes();
    expect(loadDistrictCodes()).toBe(first);
    const codes = await first;
    expect(codes.has("320101")).toBe(true); // Cibinong, Kabupaten Bogor
    expect(codes.size).toBeGreaterThan(7000);
  });
});

describe("nomor KK validation", () => {
  it("accepts 16 digits", () => {
    expect(validateKk("3201010101150007")).toBeNull();
    expect(validateKk("3201 0101 0115 0007")).toBeNull();
  });
  it("rejects other lengths, non-digits and empty input", () => {
    expect(validateKk("320101010115000")).toBe("kk_length");
    expect(validateKk("32010101011500O7")).toBe("kk_digits");
    expect(validateKk("")).toBe("kk_required");
  });
});

describe("NIK masking", () => {
  it("keeps only the first and last four digits", () => {
    expect(maskNik("3201010101950003")).toBe("3201••••••••0003");
  });
});

describe("registration schema", async () => {
  const { registrationSchema } = await import("./schema");
  const base = {
    nik: "3201 0112 0385 0001", kkNumber: "3201010101150007", fullName: " Budi ", birthPlace: "Jakarta", birthDate: "1985-03-12", sex: "L",
    phone: "+62 812-3456-0009", email: " Budi@Contoh.ID ", address: "Jl. Melati", rt: "3", rw: "05", officeId: "office-1",
    password: "rahasia-123", confirmPassword: "rahasia-123", consent: true,
  };
  const errors = (input: object) => {
    const result = registrationSchema.safeParse(input);
    // The first problem per field, as the form shows it.
    return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((i) => [String(i.path[0]), i.message]));
  };

  it("normalises what people type", () => {
    expect(registrationSchema.parse(base)).toMatchObject({
      nik: "3201011203850001", fullName: "Budi", phone: "081234560009", email: "budi@contoh.id", rt: "003", rw: "005",
    });
  });

  it("answers with codes at the fields", () => {
    expect(errors({ ...base, nik: "3201013201900001", rt: "", rw: "12a", consent: false, confirmPassword: "x", password: "short", phone: "12" })).toEqual({
      nik: "nik_day", rt: "required", rw: "rw_invalid", consent: "consent_required", password: "password_short", phone: "phone_invalid", confirmPassword: "password_mismatch",
    });
    expect(errors({ ...base, kkNumber: "123", sex: "", birthDate: "2999-01-01", email: "bukan-email" })).toEqual({
      kkNumber: "kk_length", sex: "sex_required", birthDate: "birth_date_range", email: "email_invalid",
    });
  });
});
