import { describe, expect, it } from "vitest";
import { uniqueViolationField } from "./unique";

describe("unique violation mapping", () => {
  it("finds the field named in the error, in any shape", () => {
    expect(uniqueViolationField({ code: "P2002", meta: { target: ["phone"] } }, ["nik", "phone", "email"])).toBe("phone");
    expect(uniqueViolationField({ code: "P2002", meta: { driverAdapterError: { cause: { constraint: { fields: ["email"] } } } } }, ["nik", "phone", "email"])).toBe("email");
  });
  it("ignores other errors", () => {
    expect(uniqueViolationField(new Error("boom"), ["nik"])).toBeNull();
    expect(uniqueViolationField({ code: "P2025" }, ["nik"])).toBeNull();
  });
});
