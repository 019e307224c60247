import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/**
 * Every public cache tag's version (a handful of rows), read once per request: the public cache
 * puts them into its keys, so an edit on any instance is a cache miss on every instance.
 */
export const cacheVersions = cache(async (): Promise<Record<string, number>> => {
  const rows = await db.cacheVersion.findMany({ select: { tag: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.tag, r.version]));
});
