import { describe, expect, it } from "vitest";
import { fill, textFor } from "./fill";

describe("fill", () => {
  it("puts values into placeholders and leaves unknown ones alone", () => {
    expect(fill("Langkah {step} dari {total}", { step: 1, total: 3 })).toBe("Langkah 1 dari 3");
    expect(fill("{types}, maks. {size}", { size: "2 MB" })).toBe("{types}, maks. 2 MB");
  });
});

describe("textFor", () => {
  it("looks a code up and falls back for unknown or inherited keys", () => {
    const table = { required: "Wajib diisi." };
    expect(textFor(table, "required", "?")).toBe("Wajib diisi.");
    expect(textFor(table, "nope", "?")).toBe("?");
    expect(textFor(table, "toString", "?")).toBe("?");
    expect(textFor(table, undefined, "?")).toBe("?");
  });
});
