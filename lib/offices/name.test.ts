import { describe, expect, it } from "vitest";
import { officeTitle } from "./name";

describe("officeTitle", () => {
  it("shows a whole stored name once, not doubled with its type", () => {
    expect(officeTitle("Kelurahan Pakansari", "Kelurahan")).toBe("Kelurahan Pakansari");
    expect(officeTitle("Kecamatan Cibinong", "District")).toBe("Kecamatan Cibinong");
  });

  it("names the type of an office stored by its bare name", () => {
    expect(officeTitle("Pakansari", "Kelurahan")).toBe("Kelurahan Pakansari");
    expect(officeTitle("Sukamaju", "Village")).toBe("Village Sukamaju");
  });
});
