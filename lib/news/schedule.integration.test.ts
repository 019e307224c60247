// Scheduled news has no edit that would tell the page caches; the worker's "news.due" schedule does.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cacheVersions } from "@/lib/http/cache-version/data";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { expireDueNews } from "./mutations";

let ctx: SeedContext;
beforeAll(async () => {
  ctx = await seedBase(db);
}, 60_000);

const post = (slug: string, data: { publishAt?: Date; expireAt?: Date; status?: "DRAFT" | "PUBLISHED" }) =>
  db.newsPost.create({ data: { officeId: ctx.offices.pakansari.id, slug, title: slug, summary: "-", body: "-", category: "PENGUMUMAN", status: "PUBLISHED", ...data } });
const newsVersion = async () => (await db.cacheVersion.findUnique({ where: { tag: "news" } }))?.version ?? 0;

describe("news that becomes due or expires by the clock", () => {
  it("bumps the news tag once its time has passed, and not for items due later, long ago or unpublished", async () => {
    const now = new Date("2026-12-03T03:00:00Z");
    const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
    await post("later", { publishAt: minutes(5) });
    await post("long-ago", { publishAt: minutes(-60), expireAt: minutes(-30) });
    await post("draft", { publishAt: new Date(now.getTime() - 5_000), status: "DRAFT" });
    expect(await expireDueNews(now)).toBe(false);
    expect(await newsVersion()).toBe(0);

    await post("due", { publishAt: new Date(now.getTime() - 5_000) });
    expect(await expireDueNews(now)).toBe(true);
    expect(await newsVersion()).toBe(1);
    // The same item leaves again at its expiry, 3 minutes later.
    await db.newsPost.update({ where: { officeId_slug: { officeId: ctx.offices.pakansari.id, slug: "due" } }, data: { expireAt: minutes(3) } });
    expect(await expireDueNews(minutes(10))).toBe(false);
    expect(await expireDueNews(new Date(minutes(3).getTime() + 10_000))).toBe(true);
    expect((await cacheVersions()).news).toBe(2);
  });
});
