import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/auth/policy";
import type { categorySchema } from "../schema";
import { fail, type Failure } from "./result";
import type { z } from "zod";

export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "kategori"
  );
}

type Ok = { ok: true; id: string };

/** Admins edit their own office's list; complaints keep their category even when it is deactivated. */
export async function createCategory(actor: Actor, input: z.output<typeof categorySchema>): Promise<Ok | Failure> {
  if (!can(actor.role, "admin.manage")) return fail("forbidden");
  const slug = slugify(input.name);
  const exists = await db.complaintCategory.findUnique({ where: { officeId_slug: { officeId: actor.officeId, slug } }, select: { id: true } });
  if (exists) return fail("invalid", { name: "duplicate" });
  const last = await db.complaintCategory.aggregate({ where: { officeId: actor.officeId }, _max: { position: true } });
  const row = await db.complaintCategory.create({
    data: { officeId: actor.officeId, slug, name: input.name, position: input.position ?? (last._max.position ?? 0) + 10 },
    select: { id: true },
  });
  return { ok: true, id: row.id };
}

export async function updateCategory(actor: Actor, id: string, input: z.output<typeof categorySchema>): Promise<Ok | Failure> {
  if (!can(actor.role, "admin.manage")) return fail("forbidden");
  const clash = await db.complaintCategory.findFirst({
    where: { officeId: actor.officeId, name: { equals: input.name, mode: "insensitive" }, NOT: { id } },
    select: { id: true },
  });
  if (clash) return fail("invalid", { name: "duplicate" });
  // The slug stays as it was: it is the category's stable key (seed, links).
  const result = await db.complaintCategory.updateMany({
    where: { id, officeId: actor.officeId },
    data: { name: input.name, ...(input.position === undefined ? {} : { position: input.position }) },
  });
  return result.count ? { ok: true, id } : fail("not_found");
}

export async function setCategoryActive(actor: Actor, id: string, active: boolean): Promise<Ok | Failure> {
  if (!can(actor.role, "admin.manage")) return fail("forbidden");
  const result = await db.complaintCategory.updateMany({ where: { id, officeId: actor.officeId }, data: { active } });
  return result.count ? { ok: true, id } : fail("not_found");
}

/** Moves a category one place up or down by swapping positions with its neighbour. */
export async function moveCategory(actor: Actor, id: string, direction: "up" | "down"): Promise<Ok | Failure> {
  if (!can(actor.role, "admin.manage")) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const list = await tx.complaintCategory.findMany({ where: { officeId: actor.officeId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } });
    const index = list.findIndex((c) => c.id === id);
    if (index < 0) return fail("not_found");
    const other = direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= list.length) return { ok: true as const, id };
    [list[index], list[other]] = [list[other], list[index]];
    // Renumber the whole (short) list so equal positions from older edits cannot stall a move.
    for (const [i, c] of list.entries()) await tx.complaintCategory.update({ where: { id: c.id }, data: { position: (i + 1) * 10 } });
    return { ok: true as const, id };
  });
}
