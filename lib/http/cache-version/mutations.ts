import "server-only";
import { db } from "@/lib/db";

/** Marks a public cache tag as changed for every app instance (see ./data.ts). */
export async function bumpCacheVersion(tag: string): Promise<void> {
  await db.cacheVersion.upsert({ where: { tag }, create: { tag, version: 1 }, update: { version: { increment: 1 } } });
}
