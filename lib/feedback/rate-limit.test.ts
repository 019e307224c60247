import { describe, expect, it } from "vitest";
import { allowAnonymousFeedback } from "./rate-limit";

describe("anonymous feedback limit", () => {
  it("allows five per ten minutes per address", () => {
    const t = 1_000_000;
    for (let i = 0; i < 5; i++) expect(allowAnonymousFeedback("10.0.0.1", t + i)).toBe(true);
    expect(allowAnonymousFeedback("10.0.0.1", t + 10)).toBe(false);
    expect(allowAnonymousFeedback("10.0.0.2", t + 10)).toBe(true);
    expect(allowAnonymousFeedback("10.0.0.1", t + 10 * 60 * 1000 + 1)).toBe(true);
  });
});
