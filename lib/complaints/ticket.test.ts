import { describe, expect, it } from "vitest";
import { formatTicket, normalizeTicket } from "./ticket";

describe("ticket numbers", () => {
  it("pads the sequence to six digits", () => {
    expect(formatTicket("PKS", 2026, 123)).toBe("ADU-PKS-2026-000123");
  });
  it("accepts what people type and refuses anything else", () => {
    expect(normalizeTicket(" adu-pks-2026-000123 ")).toBe("ADU-PKS-2026-000123");
    expect(normalizeTicket("ADU-PKS-2026-1")).toBeNull();
    expect(normalizeTicket("'; drop table")).toBeNull();
  });
});
