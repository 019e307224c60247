import { describe, expect, it } from "vitest";
import { datePageDirection, decodeCursor, encodeCursor, keysetWhere, pageDirection, pageHref, pageLinks, pageRequestFrom, toPage } from "./keyset";

const key = (n: number) => ({ k: `name-${n}`, i: `id-${n}` });

describe("keyset paging", () => {
  it("round-trips cursors and ignores tampered ones", () => {
    expect(decodeCursor(encodeCursor("Budi", "c1"))).toEqual({ k: "Budi", i: "c1" });
    expect(decodeCursor("not-base64-json")).toBeNull();
    expect(decodeCursor(Buffer.from('{"k":1}').toString("base64url"))).toBeNull();
    expect(Buffer.from(encodeCursor("2026-03-02T02:00:00.000Z", "c1"), "base64url").toString()).toBe('["2026-03-02T02:00:00.000Z","c1"]');
    expect(decodeCursor(Buffer.from('{"k":"Budi","i":"c1"}').toString("base64url"))).toEqual({ k: "Budi", i: "c1" }); // old links
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

describe("old kritik & saran links", () => {
  it("still open the page they pointed at", () => {
    const old = Buffer.from("2026-03-02T02:00:00.000Z|fb1").toString("base64url");
    expect(decodeCursor(old)).toEqual({ k: "2026-03-02T02:00:00.000Z", i: "fb1" });
    expect(decodeCursor(Buffer.from("a|b").toString("base64url"))).toBeNull();
  });
});

describe("one cursor for every list", () => {
  it("round-trips a date cursor and sends anything else to the first page", () => {
    const at = new Date("2026-03-02T02:00:00.000Z");
    expect(datePageDirection({ after: encodeCursor(at.toISOString(), "c1") })).toEqual({ cursor: { at, id: "c1" }, backwards: false });
    expect(datePageDirection({ before: encodeCursor(at.toISOString(), "c1") })).toEqual({ cursor: { at, id: "c1" }, backwards: true });
    for (const bad of ["", "%%%", "eyJrIjox", encodeCursor("Budi", "c1"), "a".repeat(500), "17724_c1", "1772416800000_c1_x"]) {
      expect(datePageDirection({ after: bad, before: bad })).toEqual({ cursor: null, backwards: false });
    }
    // The request queue's old {"k","id"} links still open their page.
    expect(decodeCursor(Buffer.from(JSON.stringify({ k: at.toISOString(), id: "r1" })).toString("base64url"))).toEqual({ k: at.toISOString(), i: "r1" });
  });

  it("compares past the cursor in the list's order, and the other way when paging back", () => {
    const c = { at: new Date("2026-03-02T02:00:00.000Z"), id: "c1" };
    expect(keysetWhere("createdAt", c, false)).toEqual({
      where: { OR: [{ createdAt: { lt: c.at } }, { createdAt: c.at, id: { lt: "c1" } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    expect(keysetWhere("createdAt", c, true).where).toEqual({ OR: [{ createdAt: { gt: c.at } }, { createdAt: c.at, id: { gt: "c1" } }] });
    expect(keysetWhere("name", { at: "Budi", id: "u1" }, false, "asc").orderBy).toEqual([{ name: "asc" }, { id: "asc" }]);
    expect(keysetWhere("name", null, false, "asc").where).toEqual({});
  });

  it("speaks after/before in the back office and setelah/sebelum to residents", () => {
    expect(pageRequestFrom({ after: "a", before: "b", setelah: "x" }, "staff")).toEqual({ after: "a", before: "b" });
    expect(pageRequestFrom(new URLSearchParams("setelah=x&sebelum=y&after=a"), "resident")).toEqual({ after: "x", before: "y" });
    expect(pageLinks("/warga/permohonan", { status: "SUBMITTED" }, { prev: "p", next: "n" }, "resident")).toEqual({
      prevHref: "/warga/permohonan?status=SUBMITTED&sebelum=p",
      nextHref: "/warga/permohonan?status=SUBMITTED&setelah=n",
    });
    expect(pageLinks("/petugas/warga", {}, { prev: null, next: "n" })).toEqual({ prevHref: null, nextHref: "/petugas/warga?after=n" });
  });
});

describe("links saved before the one format and vocabulary", () => {
  const at = new Date("2026-03-02T02:00:00.000Z");

  it("read the old <epoch ms>_<id> cursors and bare ids", () => {
    expect(decodeCursor(`${at.getTime()}_ckx1a2b3`)).toEqual({ k: at.toISOString(), i: "ckx1a2b3" });
    expect(datePageDirection({ after: `${at.getTime()}_n1` })).toEqual({ cursor: { at, id: "n1" }, backwards: false });
    expect(decodeCursor("12345")).toEqual({ k: "", i: "12345" });
  });

  it("open the next page they pointed at, whatever parameter they used", () => {
    const cursor = encodeCursor(at.toISOString(), "c9");
    // Inbox and privacy log: ?sebelum= meant "older than", the next page now.
    expect(pageRequestFrom({ sebelum: `${at.getTime()}_n1` }, "resident")).toEqual({ after: `${at.getTime()}_n1` });
    expect(pageRequestFrom({ sebelum: "991" }, "resident")).toEqual({ after: "991" });
    // A previous-page link of the one format keeps its meaning.
    expect(pageRequestFrom({ sebelum: cursor }, "resident")).toEqual({ after: undefined, before: cursor });
    expect(pageRequestFrom({ halaman: cursor }, "resident")).toEqual({ after: cursor });
    for (const name of ["cursor", "setelah", "sebelum"]) expect(pageRequestFrom({ [name]: cursor }, "staff")).toEqual({ after: cursor });
    // The current vocabulary wins over an old parameter left in the URL.
    expect(pageRequestFrom({ after: cursor, cursor: "x" }, "staff")).toEqual({ after: cursor, before: undefined });
    expect(pageRequestFrom({}, "staff")).toEqual({ after: undefined, before: undefined });
  });
});
