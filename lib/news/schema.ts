// Input of the news admin form, shared by the form (zodResolver) and the action. Codes, not words.
import { z } from "zod";
import { slugify } from "@/lib/catalogue/schema";
import { jakartaLocalToDate } from "./window";

export const NEWS_CATEGORIES = ["BERITA", "PENGUMUMAN", "JADWAL_LAYANAN", "LOWONGAN", "KEGIATAN"] as const;
export const NEWS_VISIBILITIES = ["PUBLIC", "STAFF"] as const;
export const CONTENT_STATUSES = ["DRAFT", "PUBLISHED"] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const localDate = z
  .string()
  .trim()
  .refine((v) => v === "" || jakartaLocalToDate(v) !== null, "invalid_date")
  .transform((v) => (v === "" ? null : jakartaLocalToDate(v)));

export const newsSchema = z
  .object({
    title: z.string().trim().min(3, "required").max(160, "too_long"),
    slug: z.string().trim().toLowerCase().max(80, "too_long").refine((v) => v === "" || slugPattern.test(v), "invalid_slug"),
    summary: z.string().trim().min(10, "too_short").max(300, "too_long"),
    body: z.string().trim().min(1, "required").max(20_000, "too_long"),
    category: z.enum(NEWS_CATEGORIES, { error: "required" }),
    visibility: z.enum(NEWS_VISIBILITIES),
    status: z.enum(CONTENT_STATUSES),
    pinned: z.boolean(),
    showOnChildren: z.boolean(),
    publishAt: localDate,
    expireAt: localDate,
  })
  .superRefine((v, ctx) => {
    if (v.publishAt && v.expireAt && v.expireAt.getTime() <= v.publishAt.getTime())
      ctx.addIssue({ code: "custom", path: ["expireAt"], message: "expire_before_publish" });
  })
  .transform((v) => ({ ...v, slug: v.slug || slugify(v.title) || "berita" }));
export type NewsFormInput = z.input<typeof newsSchema>;
export type NewsInput = z.output<typeof newsSchema>;

export const newsIdSchema = z.object({ id: z.string().min(1).max(40) });

export const newsListQuerySchema = z.object({
  kategori: z.enum(NEWS_CATEGORIES).optional().catch(undefined),
  // Keyset cursors (lib/paging/keyset), the public vocabulary.
  setelah: z.string().max(400).optional().catch(undefined),
  sebelum: z.string().max(400).optional().catch(undefined),
});

export type NewsError = "slug_taken" | "cover_invalid";
