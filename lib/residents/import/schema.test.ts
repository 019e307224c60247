import { describe, expect, it } from "vitest";
import { fixRowSchema } from "./schema";

describe("fixRowSchema", () => {
  it("accepts a row fix that carries only the mapped columns (the inline form sends what the file has)", () => {
    const parsed = fixRowSchema.safeParse({ importId: "imp_1", rowNumber: "3", values: { nik: "3201014506900002", sex: "PEREMPUAN" } });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.values).toEqual({ nik: "3201014506900002", sex: "PEREMPUAN" });
  });

  it("refuses a column the import does not know", () => {
    expect(fixRowSchema.safeParse({ importId: "imp_1", rowNumber: 3, values: { password: "x" } }).success).toBe(false);
  });
});
