import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { renderMarkdown } from "@/lib/content/markdown";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import sharp from "sharp";
import { ingestUpload } from "@/lib/storage/ingest";
import { getAdminCover, getPublicCover, getPublicNews, listAdminNews, listHomeNews, listNewsRevisions, listPublicNews, listStaffNews } from "./data";
import { createNews, deleteDraftNews, setNewsCover, updateNews } from "./mutations";
import { newsSchema } from "./schema";

let ctx: SeedContext;
let admin: Actor, adminTengah: Actor, petugas: Actor, camatAdmin: Actor;

beforeAll(async () => {
  ctx = await seedBase(db);
  admin = (await loadActor(ctx.users.admin))!;
  adminTengah = (await loadActor(ctx.users.adminTengah))!;
  petugas = (await loadActor(ctx.users.petugas))!;
  // A kecamatan operator, to share an announcement with its kelurahan.
  const user = await db.user.create({ data: { officeId: ctx.offices.kecamatan.id, role: "ADMIN", name: "Operator Kecamatan", email: "admin@cibinong.test", passwordHash: "x" } });
  camatAdmin = (await loadActor(user.id))!;
}, 60_000);

const input = (over: Record<string, unknown> = {}) =>
  newsSchema.parse({
    title: "Pelayanan malam tahun baru", slug: "", summary: "Loket tutup lebih awal pada malam tahun baru.", body: "Isi **penting**.",
    category: "PENGUMUMAN", visibility: "PUBLIC", status: "PUBLISHED", pinned: false, showOnChildren: false, publishAt: "", expireAt: "", ...over,
  });

const slugsAt = async (office: string, now: Date) => ((await listPublicNews(office, { now }))?.items ?? []).map((i) => i.slug);

describe("publish and expiry windows in Asia/Jakarta", () => {
  it("goes live at 00:00 WIB (17:00 UTC the day before) and leaves at its expiry, with no job", async () => {
    // Entered in the form as WIB: live all of 2 December in Jakarta.
    const created = await createNews(admin, input({ slug: "tutup-2-desember", publishAt: "2026-12-02T00:00", expireAt: "2026-12-02T23:59" }));
    expect(created.ok).toBe(true);
    const post = await db.newsPost.findFirstOrThrow({ where: { slug: "tutup-2-desember" } });
    expect(post.publishAt?.toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(post.expireAt?.toISOString()).toBe("2026-12-02T16:59:00.000Z");

    // 1 Dec 23:59:59 WIB: still 1 December in Jakarta (and 16:59 UTC on 1 Dec).
    expect(await slugsAt("kelurahan-pakansari", new Date("2026-12-01T16:59:59Z"))).not.toContain("tutup-2-desember");
    // 2 Dec 00:00 WIB although it is still 1 December in UTC.
    expect(await slugsAt("kelurahan-pakansari", new Date("2026-12-01T17:00:00Z"))).toContain("tutup-2-desember");
    expect(await getPublicNews("kelurahan-pakansari", "tutup-2-desember", new Date("2026-12-02T16:58:59Z"))).not.toBeNull();
    // 2 Dec 23:59 WIB: expired, gone from lists, the detail page and the home.
    const after = new Date("2026-12-02T16:59:00Z");
    expect(await slugsAt("kelurahan-pakansari", after)).not.toContain("tutup-2-desember");
    expect(await getPublicNews("kelurahan-pakansari", "tutup-2-desember", after)).toBeNull();
    const home = await listHomeNews({ id: ctx.offices.pakansari.id, parentId: ctx.offices.kecamatan.id }, after);
    expect(home.recent.map((i) => i.slug)).not.toContain("tutup-2-desember");
    // The admin still sees it.
    expect((await listAdminNews(admin)).items.map((i) => i.id)).toContain(post.id);
  });

  it("keeps drafts and staff-only items out of public lists; staff homes show staff items", async () => {
    const now = new Date();
    await createNews(admin, input({ slug: "draf-rahasia", status: "DRAFT" }));
    await createNews(admin, input({ slug: "rapat-petugas", visibility: "STAFF" }));
    const publicSlugs = await slugsAt("kelurahan-pakansari", new Date(now.getTime() + 1000));
    expect(publicSlugs).not.toContain("draf-rahasia");
    expect(publicSlugs).not.toContain("rapat-petugas");
    expect(await getPublicNews("kelurahan-pakansari", "rapat-petugas", new Date(now.getTime() + 1000))).toBeNull();
    const staff = (await listStaffNews(petugas, new Date(now.getTime() + 1000))).map((i) => i.slug);
    expect(staff).toContain("rapat-petugas");
    expect(staff).not.toContain("draf-rahasia");
    // Another office's staff do not see it.
    const tengahStaff = (await loadActor(ctx.users.petugasTengah))!;
    expect((await listStaffNews(tengahStaff, new Date(now.getTime() + 1000))).map((i) => i.slug)).not.toContain("rapat-petugas");
  });

  it("shows a kecamatan announcement on every kelurahan under it when shared", async () => {
    await createNews(camatAdmin, input({ slug: "adminduk-sabtu", showOnChildren: true }));
    await createNews(camatAdmin, input({ slug: "internal-kecamatan", showOnChildren: false }));
    const later = new Date(Date.now() + 1000);
    for (const office of ["kelurahan-pakansari", "kelurahan-tengah"]) {
      expect(await slugsAt(office, later)).toContain("adminduk-sabtu");
      expect(await slugsAt(office, later)).not.toContain("internal-kecamatan");
    }
    const found = await getPublicNews("kelurahan-tengah", "adminduk-sabtu", later);
    expect(found?.post.office.slug).toBe("kecamatan-cibinong");
    // A kelurahan admin cannot share (the flag only applies to a kecamatan).
    await createNews(admin, input({ slug: "coba-bagi", showOnChildren: true }));
    expect(await slugsAt("kelurahan-tengah", later)).not.toContain("coba-bagi");
  });
});

describe("scoping and history", () => {
  it("office A's admin cannot edit or delete office B's news; staff cannot write at all", async () => {
    const created = await createNews(admin, input({ slug: "milik-pakansari", status: "DRAFT" }));
    if (!created.ok) throw new Error("create failed");
    expect(await updateNews(adminTengah, created.id, input({ title: "Dibajak" }))).toEqual({ ok: false, error: "not_found" });
    expect(await deleteDraftNews(adminTengah, created.id)).toEqual({ ok: false, error: "not_found" });
    expect(await listNewsRevisions(adminTengah, created.id)).toBeNull();
    expect((await listAdminNews(adminTengah)).items.map((i) => i.id)).not.toContain(created.id);
    expect(await createNews(petugas, input())).toEqual({ ok: false, error: "forbidden" });
    expect((await db.newsPost.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Pelayanan malam tahun baru");
  });

  it("records who changed which fields, and refuses a slug used twice in one office", async () => {
    const created = await createNews(admin, input({ slug: "berubah" }));
    if (!created.ok) throw new Error("create failed");
    expect((await updateNews(admin, created.id, input({ slug: "berubah", title: "Judul baru", pinned: true }))).ok).toBe(true);
    expect((await updateNews(admin, created.id, input({ slug: "berubah", title: "Judul baru", pinned: true }))).ok).toBe(true);
    const history = await listNewsRevisions(admin, created.id);
    expect(history?.revisions.map((r) => r.summary)).toEqual(["title,pinned", "created"]);
    expect(await createNews(admin, input({ slug: "berubah" }))).toEqual({ ok: false, error: "slug_taken", fieldErrors: { slug: "taken" } });
    // The same slug in another office is fine.
    expect((await createNews(adminTengah, input({ slug: "berubah" }))).ok).toBe(true);
  });

  it("stores what the admin typed and renders it without script, javascript: links or event attributes", async () => {
    const body = 'Info <script>alert("x")</script>\n\n[klik](javascript:alert(1)) <a href="https://x" onmouseover="alert(1)">x</a>';
    await createNews(admin, input({ slug: "uji-xss", body }));
    const found = await getPublicNews("kelurahan-pakansari", "uji-xss", new Date(Date.now() + 1000));
    expect(found?.post.body).toBe(body);
    const html = renderMarkdown(found!.post.body);
    expect(html).not.toMatch(/<script|<a [^>]*on\w+=|href="javascript:/i);
  });
});

describe("cover image", () => {
  it("is public only while its item is live and public; the office's admin previews it before", async () => {
    const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#0f7a5c" } }).png().toBuffer();
    const stored = await ingestUpload({ bytes: new Uint8Array(png), originalName: "sampul.png", accept: ["image/jpeg", "image/png"], officeId: admin.officeId, ownerId: admin.userId });
    if (!stored.ok) throw new Error(stored.error);
    const draft = await createNews(admin, input({ slug: "bersampul", status: "DRAFT" }));
    if (!draft.ok) throw new Error("create failed");
    expect((await setNewsCover(admin, draft.id, stored.file.id)).ok).toBe(true);
    // Another office's admin cannot attach this office's file, nor preview it.
    expect(await setNewsCover(adminTengah, draft.id, stored.file.id)).toEqual({ ok: false, error: "not_found" });
    expect(await getAdminCover(adminTengah, draft.id)).toBeNull();

    const later = () => new Date(Date.now() + 1000);
    expect(await getPublicCover(draft.id, later())).toBeNull();
    expect(await getAdminCover(admin, draft.id)).toMatchObject({ mime: "image/png" });

    await updateNews(admin, draft.id, input({ slug: "bersampul", status: "PUBLISHED", expireAt: "2099-01-01T00:00" }));
    expect(await getPublicCover(draft.id, later())).toMatchObject({ mime: "image/png" });
    await updateNews(admin, draft.id, input({ slug: "bersampul", status: "PUBLISHED", visibility: "STAFF" }));
    expect(await getPublicCover(draft.id, later())).toBeNull();
    await updateNews(admin, draft.id, input({ slug: "bersampul", status: "PUBLISHED", publishAt: "2026-01-01T08:00", expireAt: "2026-01-02T08:00" }));
    expect(await getPublicCover(draft.id, later())).toBeNull();
  });
});
