import { describe, expect, it } from "vitest";
import { canManageNews, canReadStaffNews } from "./policy";
import { voterKey } from "@/lib/faq/policy";

describe("news policy", () => {
  it("lets only an admin of the item's own office manage it", () => {
    expect(canManageNews({ role: "ADMIN", officeId: "a" }, { officeId: "a" })).toBe(true);
    expect(canManageNews({ role: "ADMIN", officeId: "b" }, { officeId: "a" })).toBe(false);
    expect(canManageNews({ role: "SUPERVISOR", officeId: "a" }, { officeId: "a" })).toBe(false);
  });
  it("keeps staff-only items from residents and visitors", () => {
    expect(canReadStaffNews(null)).toBe(false);
    expect(canReadStaffNews({ role: "RESIDENT" })).toBe(false);
    expect(canReadStaffNews({ role: "STAFF" })).toBe(true);
  });
  it("keys FAQ votes by account, else by a well-formed browser id", () => {
    expect(voterKey({ userId: "u1" }, "x")).toBe("u:u1");
    expect(voterKey(null, "0b3f1e2a-9c4d-4e5f-8a7b-6c5d4e3f2a1b")).toBe("b:0b3f1e2a-9c4d-4e5f-8a7b-6c5d4e3f2a1b");
    expect(voterKey(null, "'; drop table")).toBeNull();
    expect(voterKey(null, null)).toBeNull();
  });
});
