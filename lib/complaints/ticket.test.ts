import { describe, expect, it } from "vitest";
import { formatTicket, normalizeTicket } from "./ticket";

describe("ticket numbers", () => {
  it("pads the sequence to six digits", () => {
    expect(formatTicket("PKS", 2026, 123)).toBe("ADU-PKS-2026-000123");
  });
  it("accepts what people type and refuses anything else", () => {
    expect(normalizeTicket(" adu-pks-2026-000123 ")).toBe("ADU-PKS-2026-000123");
    // Issue 17: the walk-in types it from paper: spaces, lower case, no leading zeros.
    expect(normalizeTicket("ADU-PKS-2026-1")).toBe("ADU-PKS-2026-000001");
    expect(normalizeTicket("adu pks 2026 17")).toBe("ADU-PKS-2026-000017");
    expect(normalizeTicket("ADU - PKS - 2026 - 000017")).toBe("ADU-PKS-2026-000017");
    expect(normalizeTicket("ADU-PKS-2026-0")).toBeNull();
    expect(normalizeTicket("PKS/2026/000017")).toBeNull();
    expect(normalizeTicket("'; drop table")).toBeNull();
  });
});
