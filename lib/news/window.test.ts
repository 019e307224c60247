import { describe, expect, it } from "vitest";
import { dateToJakartaLocal, jakartaLocalToDate, newsState } from "./window";

describe("jakartaLocalToDate", () => {
  it("reads a datetime-local value as WIB (UTC+7)", () => {
    expect(jakartaLocalToDate("2026-12-02T00:30")?.toISOString()).toBe("2026-12-01T17:30:00.000Z");
    expect(dateToJakartaLocal(new Date("2026-12-01T17:30:00Z"))).toBe("2026-12-02T00:30");
  });
  it("refuses impossible dates", () => {
    expect(jakartaLocalToDate("2026-02-31T10:00")).toBeNull();
    expect(jakartaLocalToDate("2026-12-01 10:00")).toBeNull();
    expect(jakartaLocalToDate("")).toBeNull();
  });
});

describe("newsState", () => {
  const publishAt = new Date("2026-12-01T17:00:00Z"); // 2 Dec 00:00 WIB
  const expireAt = new Date("2026-12-02T16:59:00Z"); // 2 Dec 23:59 WIB
  const post = { status: "PUBLISHED" as const, publishAt, expireAt };
  it("is scheduled until the publish time, live until the expiry, then expired", () => {
    expect(newsState(post, new Date("2026-12-01T16:59:59Z"))).toBe("scheduled");
    expect(newsState(post, publishAt)).toBe("live");
    expect(newsState(post, new Date("2026-12-02T16:58:59Z"))).toBe("live");
    expect(newsState(post, expireAt)).toBe("expired");
  });
  it("keeps drafts drafts whatever the dates", () => {
    expect(newsState({ ...post, status: "DRAFT" }, new Date("2026-12-02T00:00:00Z"))).toBe("draft");
  });
});
