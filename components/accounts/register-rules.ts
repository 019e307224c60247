import { normalizePhone } from "@/lib/auth/identifier";
import { passwordCode, requiredCode } from "@/lib/accounts/client-rules";
import type { Codes } from "@/lib/forms/lean-form";
import { normalizeDigits, parseNik, validateKk } from "@/lib/residents/nik";
import { parseDateText } from "@/lib/format/date";

// The registration form's checks in the browser, without a schema library (issue 16). They
// mirror lib/residents/schema.ts registrationSchema, which the server applies in full;
// register-rules.test.ts runs both on the same inputs and expects the same codes.

export type RegistrationValues = {
  nik: string; kkNumber: string; fullName: string; birthPlace: string; birthDate: string; sex: string; phone: string; email: string;
  address: string; rt: string; rw: string; officeId: string; password: string; confirmPassword: string; consent: boolean;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function phoneCode(value: string) {
  if (!value.trim()) return "required";
  return /^0\d{8,14}$/.test(normalizePhone(value.trim())) ? undefined : "phone_invalid";
}

export function emailCode(value: string) {
  const v = value.trim();
  return v.length > 254 ? "too_long" : v === "" || EMAIL.test(v.toLowerCase()) ? undefined : "email_invalid";
}

export function rtRwCode(value: string, code: "rt_invalid" | "rw_invalid") {
  const v = value.trim();
  if (!v) return "required";
  return /^\d{1,3}$/.test(v) && Number(v) > 0 ? undefined : code;
}

function birthDateCode(value: string) {
  const v = parseDateText(value) ?? value.trim();
  if (!v) return "required";
  const date = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v) return "birth_date_invalid";
  return v < "1900-01-01" || date.getTime() > Date.now() ? "birth_date_range" : undefined;
}

export function registrationCodes(v: RegistrationValues): Codes<RegistrationValues> {
  const nik = parseNik(normalizeDigits(v.nik));
  const codes: Codes<RegistrationValues> = {
    nik: nik.ok ? undefined : nik.error,
    kkNumber: validateKk(normalizeDigits(v.kkNumber)) ?? undefined,
    fullName: requiredCode(v.fullName, 100),
    birthPlace: requiredCode(v.birthPlace, 60),
    birthDate: birthDateCode(v.birthDate),
    sex: v.sex === "L" || v.sex === "P" ? undefined : "sex_required",
    phone: phoneCode(v.phone),
    email: emailCode(v.email),
    address: requiredCode(v.address, 200),
    rt: rtRwCode(v.rt, "rt_invalid"),
    rw: rtRwCode(v.rw, "rw_invalid"),
    officeId: v.officeId ? undefined : "office_required",
    password: passwordCode(v.password),
    consent: v.consent ? undefined : "consent_required",
  };
  if (v.password !== v.confirmPassword) codes.confirmPassword = "password_mismatch";
  return codes;
}
