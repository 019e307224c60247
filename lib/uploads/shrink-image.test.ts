import { describe, expect, it } from "vitest";
import { shrinkPlan } from "./shrink-image";
import { percent } from "./send";

describe("shrinkPlan", () => {
  it("brings a 48 MP camera photo to the server's 2000 px, keeping its shape", () => {
    expect(shrinkPlan({ width: 8000, height: 6000, bytes: 9_500_000, type: "image/jpeg", accept: ["image/jpeg", "image/png", "application/pdf"] }))
      .toEqual({ width: 2000, height: 1500, type: "image/jpeg" });
    expect(shrinkPlan({ width: 3000, height: 4000, bytes: 4_000_000, type: "image/jpeg", accept: [] })).toEqual({ width: 1500, height: 2000, type: "image/jpeg" });
  });

  it("leaves small photos, PDFs and types it cannot re-encode alone", () => {
    expect(shrinkPlan({ width: 1200, height: 900, bytes: 300_000, type: "image/jpeg", accept: [] })).toBeNull();
    expect(shrinkPlan({ width: 8000, height: 6000, bytes: 9_000_000, type: "application/pdf", accept: [] })).toBeNull();
    expect(shrinkPlan({ width: 8000, height: 6000, bytes: 9_000_000, type: "image/heic", accept: [] })).toBeNull();
  });

  it("re-encodes a large PNG at the same size as JPEG, or keeps PNG where JPEG is not accepted", () => {
    expect(shrinkPlan({ width: 1800, height: 1200, bytes: 3_000_000, type: "image/png", accept: ["image/jpeg", "image/png"] })).toEqual({ width: 1800, height: 1200, type: "image/jpeg" });
    expect(shrinkPlan({ width: 4000, height: 3000, bytes: 3_000_000, type: "image/png", accept: ["image/png"] })).toEqual({ width: 2000, height: 1500, type: "image/png" });
    expect(shrinkPlan({ width: 4000, height: 3000, bytes: 3_000_000, type: "image/webp", accept: ["image/webp"] })).toBeNull();
  });
});

describe("percent", () => {
  it("counts up but leaves 100 % to the server's answer", () => {
    expect(percent(null)).toBe(0);
    expect(percent({ loaded: 450, total: 1000 })).toBe(45);
    expect(percent({ loaded: 1000, total: 1000 })).toBe(99);
  });
});
