import { describe, expect, it } from "vitest";
import { dateField } from "./date-field";

describe("a date field typed the Indonesian way", () => {
  const field = dateField({ invalid: "date", required: "date_required" });

  it("reads day first and the ISO value alike, and hands on YYYY-MM-DD", () => {
    expect(field.parse("03/03/2031")).toBe("2031-03-03");
    expect(field.parse("3-3-2031")).toBe("2031-03-03");
    expect(field.parse("2031-03-03")).toBe("2031-03-03");
  });

  it("says blank and wrong apart with the caller's codes", () => {
    const message = (v: unknown) => { const r = field.safeParse(v); return r.success ? null : r.error.issues[0]?.message; };
    expect(message("")).toBe("date_required");
    expect(message("  ")).toBe("date_required");
    expect(message(undefined)).toBe("date_required");
    expect(message("03/13/2031")).toBe("date"); // month 13: never read as mm/dd
    expect(message("31/02/2031")).toBe("date");
    expect(message("besok")).toBe("date");
  });
});
