import { describe, expect, it } from "vitest";
import idAdmin from "@/messages/id/admin.json";
import enAdmin from "@/messages/en/admin.json";
import idAuth from "@/messages/id/auth.json";
import enAuth from "@/messages/en/auth.json";

const keys = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object"
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];

describe("account and admin messages", () => {
  it("exist in both languages with the same keys", () => {
    expect(keys(enAuth).sort()).toEqual(keys(idAuth).sort());
    expect(keys(enAdmin).sort()).toEqual(keys(idAdmin).sort());
  });

  it("translate every error code the schemas and NIK checks produce", () => {
    const codes = [
      "required", "too_long", "phone_invalid", "email_invalid", "password_short", "password_weak", "password_mismatch", "password_same", "password_wrong",
      "nik_required", "nik_digits", "nik_length", "nik_day", "nik_month", "nik_date", "nik_sequence", "nik_taken",
      "kk_required", "kk_digits", "kk_length", "birth_date_invalid", "birth_date_range", "sex_required", "rt_invalid", "rw_invalid",
      "office_required", "consent_required", "phone_taken", "email_taken", "login_invalid", "login_locked", "login_inactive",
    ];
    for (const code of codes) expect(idAuth.errors, code).toHaveProperty(code);
    expect(idAuth.errors.login_locked).toContain("15 menit");
    expect(enAuth.errors.login_locked).toContain("15 minutes");
  });
});
