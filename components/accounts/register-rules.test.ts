import { describe, expect, it } from "vitest";
import { loginSchema, resetPasswordSchema } from "@/lib/accounts/schema";
import { loginCodes, resetPasswordCodes } from "@/lib/accounts/client-rules";
import { registrationSchema } from "@/lib/residents/schema";
import { registrationCodes, type RegistrationValues } from "./register-rules";

// The browser's checks must give the same codes as the server's zod schema (the truth) on the
// same input: first code per field, nothing where the server finds nothing.
function serverCodes(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  const codes: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) codes[String(issue.path[0])] ??= issue.message;
  return codes;
}
const clean = (codes: Record<string, string | undefined>) => Object.fromEntries(Object.entries(codes).filter(([, c]) => c)) as Record<string, string>;

const valid: RegistrationValues = {
  nik: "3201014506900002", kkNumber: "3201010101010001", fullName: "Siti Aminah", birthPlace: "Bogor", birthDate: "1990-06-05", sex: "P",
  phone: "0812 3456 0099", email: "Siti@Example.id", address: "Jl. Mawar 1", rt: "5", rw: "05", officeId: "office-1",
  password: "rahasia123", confirmPassword: "rahasia123", consent: true,
};

const cases: [string, Partial<RegistrationValues>][] = [
  ["valid", {}],
  ["empty", { nik: "", kkNumber: "", fullName: "", birthPlace: "", birthDate: "", sex: "", phone: "", email: "", address: "", rt: "", rw: "", officeId: "", password: "", confirmPassword: "", consent: false }],
  ["bad nik and kk", { nik: "1234", kkNumber: "12ab" }],
  ["nik with spaces", { nik: "3201 0145 0690 0002" }],
  ["bad phone", { phone: "12345" }],
  ["phone +62", { phone: "+62 812-3456-0099" }],
  ["bad email", { email: "siti@" }],
  ["rt zero, rw letters", { rt: "0", rw: "x" }],
  ["rt four digits", { rt: "1234" }],
  ["birth date in the future", { birthDate: "2999-01-01" }],
  ["birth date impossible", { birthDate: "1990-02-30" }],
  ["birth date typed day first", { birthDate: "05/06/1990" }],
  ["birth date typed day first, impossible", { birthDate: "30/02/1990" }],
  ["birth date typed month first", { birthDate: "06/25/1990" }],
  ["long name", { fullName: "x".repeat(101) }],
  ["spaces only", { fullName: "   ", address: "  " }],
  ["short password", { password: "pendek", confirmPassword: "pendek" }],
  ["mismatch", { confirmPassword: "lain12345" }],
  ["mismatch and another error", { confirmPassword: "lain12345", rt: "" }],
  ["no consent", { consent: false }],
  ["no sex", { sex: "" }],
];

describe("registration checks in the browser agree with the server schema", () => {
  for (const [name, change] of cases) {
    it(name, () => {
      const input = { ...valid, ...change };
      expect(clean(registrationCodes(input))).toEqual(serverCodes(registrationSchema, input));
    });
  }
});

describe("sign-in and new-password checks agree with the server schema", () => {
  for (const input of [{ identifier: "", password: "" }, { identifier: "  ", password: "x" }, { identifier: "a".repeat(255), password: "x".repeat(129) }, { identifier: "siti", password: "x" }]) {
    it(JSON.stringify(input).slice(0, 60), () => expect(clean(loginCodes(input))).toEqual(serverCodes(loginSchema, input)));
  }
  for (const input of [{ password: "", confirmPassword: "" }, { password: "pendek", confirmPassword: "lain" }, { password: "panjang123", confirmPassword: "lain" }, { password: "panjang123", confirmPassword: "panjang123" }]) {
    it(JSON.stringify(input), () => expect(clean(resetPasswordCodes(input))).toEqual(serverCodes(resetPasswordSchema, input)));
  }
});

describe("a birth date typed day first is stored as the same day", () => {
  it("17/08/1990 and 1990-08-17 are one date", () => {
    const typed = registrationSchema.safeParse({ ...valid, birthDate: "05/06/1990" });
    expect(typed.success && typed.data.birthDate).toBe("1990-06-05");
    expect(clean(registrationCodes({ ...valid, birthDate: "30/02/1990" }))).toEqual({ birthDate: "birth_date_invalid" });
  });
});
