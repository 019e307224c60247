"use server";
import { z } from "zod";
import { action, fail } from "@/lib/action";
import { ingestFormFile } from "@/lib/storage/ingest";
import { createNews, deleteDraftNews, setNewsCover, updateNews } from "./mutations";
import { newsIdSchema, newsSchema } from "./schema";

// Every public page that lists news may change when an item does.
// The "news" tag drops the public pages kept by every instance's page cache (scripts/lib/page-cache.mjs).
const newsPaths = (id?: string) => [{ tag: "news" }, "/", "/warga", "/petugas", "/pimpinan", "/berita", "/admin/berita", ...(id ? [`/admin/berita/${id}`] : [])];

const saveSchema = z.object({ id: z.string().max(40).nullable(), values: newsSchema });

export const saveNewsAction = action(
  { permission: "content.manage", schema: saveSchema, rateLimit: { name: "news-save", limit: 60, windowSeconds: 60, by: "actor" }, revalidate: (i) => newsPaths(i.id ?? undefined) },
  async ({ actor, input }) => (input.id ? updateNews(actor, input.id, input.values) : createNews(actor, input.values)),
);

export const uploadNewsCoverAction = action(
  {
    permission: "content.manage",
    schema: newsIdSchema,
    input: (raw) => ({ id: raw instanceof FormData ? String(raw.get("id") ?? "") : "" }),
    rateLimit: { name: "news-cover", limit: 20, windowSeconds: 60, by: "actor" },
    revalidate: (i) => newsPaths(i.id),
  },
  async ({ actor, input, raw }) => {
    const file = raw instanceof FormData ? raw.get("file") : null;
    const stored = await ingestFormFile(file, { accept: ["image/jpeg", "image/png"], maxBytes: 5 * 1024 * 1024, officeId: actor.officeId, ownerId: actor.userId });
    if (!stored.ok) return fail("cover_invalid" as const, { file: stored.error });
    return setNewsCover(actor, input.id, stored.file.id);
  },
);

export const removeNewsCoverAction = action(
  { permission: "content.manage", schema: newsIdSchema, revalidate: (i) => newsPaths(i.id) },
  async ({ actor, input }) => setNewsCover(actor, input.id, null),
);

export const deleteNewsAction = action(
  { permission: "content.manage", schema: newsIdSchema, revalidate: () => newsPaths() },
  async ({ actor, input }) => deleteDraftNews(actor, input.id),
);
