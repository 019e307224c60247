import { describe, expect, it } from "vitest";
import { changeSubjectSchema, startRequestSchema } from "./schema";
import { subjectCodes, toSubject, type SubjectValues } from "./subject";

// The phone's start form runs subjectCodes; the server runs startRequestSchema. They must agree.
function serverCodes(v: SubjectValues) {
  const r = startRequestSchema.safeParse({ serviceId: "s1", residentId: "r1", relation: "OUTSIDE_KK", ...v });
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}
const ok: SubjectValues = { subjectName: "Sutrisno", subjectNik: "3201010101400001", subjectRelation: "Ayah" };

describe("another person's name, NIK and relationship", () => {
  const cases: Partial<SubjectValues>[] = [
    {}, { subjectName: "" }, { subjectName: "x".repeat(101) }, { subjectNik: "" }, { subjectNik: "3201 0101 0140 0001" }, { subjectNik: "320101010140000" },
    { subjectNik: "32010101014000A1" }, { subjectNik: "3201013201400001" }, { subjectNik: "3201010113400001" }, { subjectNik: "3201014101400001" },
    { subjectNik: "3201010101400000" }, { subjectRelation: "  " }, { subjectRelation: "x".repeat(61) },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))("browser and server agree on %s", (_label, change) => {
    const v = { ...ok, ...change };
    expect(subjectCodes(v)).toEqual(serverCodes(v));
  });

  it("uses the shared NIK rules (16 digits, day +40 for women, sequence not 0000)", () => {
    expect(subjectCodes({ ...ok, subjectNik: "1234" })).toEqual({ subjectNik: "nik_length" });
    expect(subjectCodes({ ...ok, subjectNik: "3201017201400001" })).toEqual({ subjectNik: "nik_day" });
    expect(subjectCodes({ ...ok, subjectNik: "3201014101400001" })).toEqual({}); // a woman born 1 Jan 1940
    expect(subjectCodes({ ...ok, subjectNik: "3201010101400000" })).toEqual({ subjectNik: "nik_sequence" });
  });

  it("stores tidy values", () => {
    expect(toSubject({ subjectName: " Sutrisno  bin Karto ", subjectNik: "3201-0101-0140-0001", subjectRelation: " Ayah kandung " })).toEqual({ name: "Sutrisno bin Karto", nik: "3201010101400001", relation: "Ayah kandung" });
  });
});

describe("changeSubjectSchema", () => {
  const base = { requestId: "q1", residentId: "r1" };
  it("checks the other person as the start does, at each field", () => {
    const r = changeSubjectSchema.safeParse({ ...base, relation: "OUTSIDE_KK", subjectName: "Sutrisno", subjectNik: "3201010101400000", subjectRelation: "" });
    expect(Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]))).toEqual({ subjectNik: serverCodes({ ...ok, subjectNik: "3201010101400000" }).subjectNik, subjectRelation: "subject_relation_required" });
  });
  it("keeps the request id, tidies the subject, and drops it for a KK member", () => {
    expect(changeSubjectSchema.parse({ ...base, relation: "OUTSIDE_KK", subjectName: " Sumarni ", subjectNik: "3201 0141 0145 0002", subjectRelation: "Ibu" }))
      .toEqual({ requestId: "q1", residentId: "r1", relation: "OUTSIDE_KK", subject: { name: "Sumarni", nik: "3201014101450002", relation: "Ibu" } });
    expect(changeSubjectSchema.parse({ ...base, relation: "CHILD", subjectNik: "x" })).toEqual({ requestId: "q1", residentId: "r1", relation: "CHILD", subject: null });
    expect(changeSubjectSchema.safeParse({ ...base, relation: "FRIEND" }).success).toBe(false);
  });
});
