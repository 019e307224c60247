import { describe, expect, it } from "vitest";
import { dataSaverFrom } from "./data-saver";

describe("hemat data", () => {
  it("follows the phone's data saver when nobody has chosen", () => {
    expect(dataSaverFrom({ saveData: "on" })).toEqual({ on: true, source: "saveData" });
    expect(dataSaverFrom({ saveData: " ON " })).toEqual({ on: true, source: "saveData" });
    expect(dataSaverFrom({ saveData: null })).toEqual({ on: false, source: "none" });
  });
  it("lets this phone's choice win over the phone's data saver", () => {
    expect(dataSaverFrom({ device: "0", saveData: "on" })).toEqual({ on: false, source: "device" });
    expect(dataSaverFrom({ device: "1", saveData: null })).toEqual({ on: true, source: "device" });
    expect(dataSaverFrom({ device: "x", saveData: "on" })).toEqual({ on: true, source: "saveData" });
  });
  it("lets the account's choice win over everything else", () => {
    expect(dataSaverFrom({ account: true, device: "0", saveData: null })).toEqual({ on: true, source: "account" });
    expect(dataSaverFrom({ account: false, device: "1", saveData: "on" })).toEqual({ on: false, source: "account" });
    expect(dataSaverFrom({ account: null, device: "1" })).toEqual({ on: true, source: "device" });
  });
});
