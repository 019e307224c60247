"use server";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { action, fail } from "@/lib/action";
import { countFaqView, saveFaq, voteFaq } from "./mutations";
import { voterKey } from "./policy";
import { faqIdSchema, faqSchema, faqVoteSchema } from "./schema";

const BROWSER_COOKIE = "lw_voter";
// The "faq" tag drops the public pages kept by every instance's page cache (scripts/lib/page-cache.mjs).
const faqPaths = (id?: string | null) => [{ tag: "faq" }, "/bantuan", "/", "/warga", "/admin/tanya-jawab", ...(id ? [`/admin/tanya-jawab/${id}`] : [])];

export const saveFaqAction = action(
  { permission: "content.manage", schema: z.object({ id: z.string().max(40).nullable(), values: faqSchema }), revalidate: (i) => faqPaths(i.id) },
  async ({ actor, input }) => saveFaq(actor, input.id, input.values),
);

/** "Was this helpful?": one vote per account, or per browser through an anonymous cookie id. */
export const voteFaqAction = action(
  { permission: "public", schema: faqVoteSchema, rateLimit: { name: "faq-vote", limit: 30, windowSeconds: 60, by: "ip" } },
  async ({ actor, input }) => {
    const jar = await cookies();
    let browserId = jar.get(BROWSER_COOKIE)?.value ?? null;
    if (!actor && !voterKey(null, browserId)) {
      browserId = crypto.randomUUID();
      jar.set(BROWSER_COOKIE, browserId, { httpOnly: true, sameSite: "lax", secure: process.env.APP_URL?.startsWith("https://") ?? false, maxAge: 60 * 60 * 24 * 365, path: "/" });
    }
    const key = voterKey(actor, browserId);
    if (!key) return fail("forbidden");
    return voteFaq(input.faqId, key, input.helpful);
  },
);

export const countFaqViewAction = action(
  { permission: "public", schema: faqIdSchema, rateLimit: { name: "faq-view", limit: 60, windowSeconds: 60, by: "ip" } },
  async ({ input }) => countFaqView(input.faqId),
);
