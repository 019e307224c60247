import { describe, expect, it } from "vitest";
import { complaintContentSchema, reopenSchema, walkInSchema } from "@/lib/complaints/schema";
import { complaintCodes, reopenCodes, type ComplaintValues } from "./form-rules";

// The browser's checks must give the same codes as the server's zod schema (the truth).
function serverCodes(schema: { safeParse: (v: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const codes: Record<string, string> = {};
  for (const issue of schema.safeParse(input).error?.issues ?? []) codes[String(issue.path[0])] ??= issue.message;
  return codes;
}
const clean = (codes: Record<string, string | undefined>) => Object.fromEntries(Object.entries(codes).filter(([, c]) => c));

const valid: ComplaintValues = {
  classification: "PENGADUAN", categoryId: "cat-1", title: "Jalan berlubang", description: "Lubang besar di depan balai RW 05 sejak seminggu.",
  locationText: "", privacy: "PUBLIK", channel: "LOKET", reporterNik: "",
};
const cases: [string, Partial<ComplaintValues>][] = [
  ["valid", {}],
  ["empty", { classification: "", categoryId: "", title: "", description: "", privacy: "" }],
  ["short title and description", { title: "abc ", description: "terlalu pendek" }],
  ["spaces only", { title: "      ", description: " ".repeat(30) }],
  ["too long", { title: "x".repeat(151), description: "y".repeat(4001), locationText: "z".repeat(301) }],
  ["unknown choice", { classification: "LAIN", privacy: "X" }],
  ["bad NIK", { reporterNik: "12345" }],
  ["good NIK", { reporterNik: "3201014506900002" }],
  ["no channel", { channel: "" }],
];

describe("complaint checks in the browser agree with the server schema", () => {
  for (const [name, change] of cases) {
    const input = { ...valid, ...change };
    it(`walk-in: ${name}`, () => expect(clean(complaintCodes(input, "walkIn"))).toEqual(serverCodes(walkInSchema, input)));
    const { channel: _c, reporterNik: _n, ...content } = input;
    it(`resident: ${name}`, () => expect(clean(complaintCodes(input, "resident"))).toEqual(serverCodes(complaintContentSchema, content)));
  }
  for (const reason of ["", "pendek", " ".repeat(12), "Belum diperbaiki sama sekali", "x".repeat(1001)]) {
    it(`reopen: ${reason.slice(0, 20)}`, () => expect(clean(reopenCodes({ reason }))).toEqual(serverCodes(reopenSchema, { id: "c", version: 0, reason })));
  }
});
