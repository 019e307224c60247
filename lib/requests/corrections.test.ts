import { describe, expect, it } from "vitest";
import { changedFieldsOf, correctionsAskedAt, flaggedSubjectFields, pendingCorrections, pendingSubjectCorrections, replacedDocuments } from "./corrections";

const asked = new Date("2026-03-02T03:00:00Z");
const before = new Date("2026-03-01T03:00:00Z");
const after = new Date("2026-03-03T03:00:00Z");
const requirements = [
  { id: "r-ktp", code: "ktp", kind: "DOCUMENT" },
  { id: "r-kk", code: "kk", kind: "DOCUMENT" },
  { id: "r-foto", code: "foto", kind: "DOCUMENT" },
  { id: "r-keperluan", code: "keperluan", kind: "FIELD" },
];
const corrections = [{ requirementCode: "ktp", message: "Buram" }, { requirementCode: "kk", message: "Terpotong" }, { requirementCode: null, message: "Umum" }];

describe("corrections rule", () => {
  it("a flagged document counts as replaced only with a current file uploaded after staff asked", () => {
    const attachments = [
      { requirementId: "r-ktp", current: false, createdAt: before },
      { requirementId: "r-ktp", current: true, createdAt: after },
      { requirementId: "r-kk", current: true, createdAt: before },
    ];
    const input = { corrections, requirements, attachments, since: asked };
    expect(replacedDocuments(input)).toEqual(["ktp"]);
    expect(pendingCorrections(input)).toEqual({ kk: "replace_file" });
  });

  it("a new file for a document staff did not flag is neither replaced nor pending", () => {
    const input = { corrections, requirements, attachments: [{ requirementId: "r-foto", current: true, createdAt: after }], since: asked };
    expect(replacedDocuments(input)).toEqual([]);
    expect(pendingCorrections(input)).toEqual({ ktp: "replace_file", kk: "replace_file" });
  });

  it("a replaced file that was itself replaced by an older one does not count (only the current file)", () => {
    const input = { corrections: [{ requirementCode: "ktp" }], requirements, attachments: [{ requirementId: "r-ktp", current: false, createdAt: after }], since: asked };
    expect(pendingCorrections(input)).toEqual({ ktp: "replace_file" });
  });

  it("without a correction round nothing is pending; the pause time stands in for a missing event", () => {
    expect(pendingCorrections({ corrections, requirements, attachments: [], since: null })).toEqual({});
    expect(correctionsAskedAt(null, before)).toEqual(before);
    expect(correctionsAskedAt(asked, before)).toEqual(asked);
    expect(correctionsAskedAt(undefined, null)).toBeNull();
  });
});

describe("corrections of the other person's fields", () => {
  const asked = new Date("2026-12-01T02:00:00Z");
  const notes = [{ requirementCode: "subjectRelation" }, { requirementCode: "ktp" }, { requirementCode: "subjectNik" }, { requirementCode: null }];
  it("lists the pointed fields in a stable order, and the ones not yet changed since staff asked", () => {
    expect(flaggedSubjectFields(notes)).toEqual(["subjectNik", "subjectRelation"]);
    expect(pendingSubjectCorrections(notes, [], asked)).toEqual({ subjectNik: "fix_subject", subjectRelation: "fix_subject" });
    expect(pendingSubjectCorrections(notes, ["who", "subjectNik"], asked)).toEqual({ subjectRelation: "fix_subject" });
    expect(pendingSubjectCorrections(notes, [], null)).toEqual({});
  });
  it("reads the changed fields of a history entry, and nothing of a malformed one", () => {
    expect(changedFieldsOf({ fields: ["subjectNik", 3] })).toEqual(["subjectNik"]);
    expect(changedFieldsOf(null)).toEqual([]);
    expect(changedFieldsOf(["subjectNik"])).toEqual([]);
  });
});
