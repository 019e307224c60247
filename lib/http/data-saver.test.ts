import { describe, expect, it } from "vitest";
import { dataSaverFrom } from "./data-saver";

describe("hemat data", () => {
  it("follows the phone's data saver when the resident has not chosen", () => {
    expect(dataSaverFrom(undefined, "on")).toBe(true);
    expect(dataSaverFrom(undefined, null)).toBe(false);
  });
  it("lets the resident's choice win", () => {
    expect(dataSaverFrom("0", "on")).toBe(false);
    expect(dataSaverFrom("1", null)).toBe(true);
  });
});
