import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageDirection, pageHref, toPage } from "./paging";

const key = (n: number) => ({ k: `name-${n}`, i: `id-${n}` });

describe("keyset paging", () => {
  it("round-trips cursors and ignores tampered ones", () => {
    expect(decodeCursor(encodeCursor("Budi", "c1"))).toEqual({ k: "Budi", i: "c1" });
    expect(decodeCursor("not-base64-json")).toBeNull();
    expect(decodeCursor(Buffer.from('{"k":1}').toString("base64url"))).toBeNull();
  });

  it("pages forwards with a next cursor only when more rows exist", () => {
    const first = toPage([1, 2, 3], 2, false, false, key);
    expect(first.items).toEqual([1, 2]);
    expect(first.prev).toBeNull();
    expect(decodeCursor(first.next)).toEqual(key(2));
    const last = toPage([3], 2, false, true, key);
    expect(last.next).toBeNull();
    expect(decodeCursor(last.prev)).toEqual(key(3));
  });

  it("pages backwards, restoring the order", () => {
    const page = toPage([4, 3, 2], 2, true, true, key);
    expect(page.items).toEqual([3, 4]);
    expect(decodeCursor(page.prev)).toEqual(key(3));
    expect(decodeCursor(page.next)).toEqual(key(4));
    expect(toPage([2, 1], 2, true, true, key).prev).toBeNull();
  });

  it("prefers the before cursor and keeps filters in links", () => {
    expect(pageDirection({ after: encodeCursor("a", "1"), before: encodeCursor("b", "2") })).toEqual({ cursor: { k: "b", i: "2" }, backwards: true });
    expect(pageHref("/admin/pengguna", { q: "dewi", role: undefined }, { after: "xyz" })).toBe("/admin/pengguna?q=dewi&after=xyz");
    expect(pageHref("/admin/pengguna", {}, {})).toBe("/admin/pengguna");
  });
});
