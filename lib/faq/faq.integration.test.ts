import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { seedBase, type SeedContext } from "@/prisma/seed/base";
import { listTopFaq, searchFaq } from "./data";
import { countFaqView, saveFaq, voteFaq } from "./mutations";
import { faqSchema } from "./schema";

let ctx: SeedContext;
let admin: Actor, adminTengah: Actor;
let ktpId: string;

const faq = (over: Record<string, unknown> = {}) =>
  faqSchema.parse({ question: "Bagaimana pembuatan KTP-el?", answer: "Pembuatan KTP-el dimulai dengan surat pengantar dari kelurahan.", category: "Kependudukan", serviceId: "", status: "PUBLISHED", ...over });

beforeAll(async () => {
  ctx = await seedBase(db);
  admin = (await loadActor(ctx.users.admin))!;
  adminTengah = (await loadActor(ctx.users.adminTengah))!;
  const created = await saveFaq(admin, null, faq());
  if (!created.ok) throw new Error("seed failed");
  ktpId = created.id;
  await saveFaq(admin, null, faq({ question: "Apa syarat surat keterangan domisili?", answer: "Fotokopi KK dan surat pengantar RT/RW." }));
  await saveFaq(admin, null, faq({ question: "Berapa biaya surat pindah?", answer: "Gratis.", status: "DRAFT" }));
  await saveFaq(adminTengah, null, faq({ question: "Cara pembuatan KTP-el di Tengah?", answer: "Datang ke loket Tengah." }));
}, 60_000);

describe("FAQ search", () => {
  it("runs on PostgreSQL's indonesian configuration, which stems pembuatan and membuat to buat", async () => {
    const configs = await db.$queryRaw<{ cfgname: string }[]>`SELECT cfgname FROM pg_ts_config WHERE cfgname = 'indonesian'`;
    expect(configs).toHaveLength(1);
    const [{ v }] = await db.$queryRaw<{ v: string }[]>`SELECT to_tsvector('indonesian', 'pembuatan membuat')::text AS v`;
    expect(v).toBe("'buat':1,2");
  });

  it('finds "membuat KTP" for an article about "pembuatan KTP-el", in the own office only', async () => {
    const result = await searchFaq(ctx.offices.pakansari.id, "membuat KTP");
    expect(result.mode).toBe("fulltext");
    expect(result.items.map((i) => i.id)).toEqual([ktpId]);
    const tengah = await searchFaq(ctx.offices.tengah.id, "membuat KTP");
    expect(tengah.items.map((i) => i.question)).toEqual(["Cara pembuatan KTP-el di Tengah?"]);
  });

  it("falls back to trigram similarity for typos, and never shows drafts", async () => {
    const typo = await searchFaq(ctx.offices.pakansari.id, "domisli");
    expect(typo.mode).toBe("similar");
    expect(typo.items.map((i) => i.question)).toEqual(["Apa syarat surat keterangan domisili?"]);
    expect((await searchFaq(ctx.offices.pakansari.id, "biaya surat pindah")).items).toEqual([]);
    expect((await searchFaq(ctx.offices.pakansari.id, "zzzz qqqq")).items).toEqual([]);
  });

  it("treats search text as data, not SQL or tsquery syntax", async () => {
    for (const q of ["'; DROP TABLE faq_articles; --", "ktp & | ! (", ":*"]) {
      await expect(searchFaq(ctx.offices.pakansari.id, q)).resolves.toBeDefined();
    }
    expect(await db.faqArticle.count()).toBeGreaterThan(0);
  });
});

describe("helpful votes and most asked", () => {
  it("counts one vote per voter; a changed mind moves the vote", async () => {
    await voteFaq(ktpId, "b:11111111-1111-4111-8111-111111111111", true);
    await voteFaq(ktpId, "b:11111111-1111-4111-8111-111111111111", true);
    await voteFaq(ktpId, "u:someone", true);
    let row = await db.faqArticle.findUniqueOrThrow({ where: { id: ktpId } });
    expect([row.helpfulYes, row.helpfulNo]).toEqual([2, 0]);
    await voteFaq(ktpId, "u:someone", false);
    row = await db.faqArticle.findUniqueOrThrow({ where: { id: ktpId } });
    expect([row.helpfulYes, row.helpfulNo]).toEqual([1, 1]);
    expect(await db.faqVote.count({ where: { faqId: ktpId } })).toBe(2);
  });

  it("puts the most opened question first", async () => {
    const [domisili] = (await searchFaq(ctx.offices.pakansari.id, "domisili")).items;
    for (let i = 0; i < 3; i++) await countFaqView(domisili.id);
    expect((await listTopFaq(ctx.offices.pakansari.id)).map((f) => f.id)[0]).toBe(domisili.id);
  });

  it("office A's admin cannot edit office B's FAQ nor link another office's service", async () => {
    expect(await saveFaq(adminTengah, ktpId, faq({ question: "Dibajak oleh Tengah" }))).toEqual({ ok: false, error: "not_found" });
    const tengahService = await db.service.create({
      data: { officeId: ctx.offices.tengah.id, unitId: ctx.offices.tengah.units.PEM, slug: "x", name: "X", summary: "x", procedure: [], durationValue: 1, durationUnit: "WORKING_DAYS", product: "x", complaintInfo: "x" },
    });
    expect(await saveFaq(admin, ktpId, faq({ serviceId: tengahService.id }))).toEqual({ ok: false, error: "service_invalid", fieldErrors: { serviceId: "invalid" } });
  });
});
