"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionActor } from "@/lib/auth";
import { createCategory, moveCategory, setCategoryActive, updateCategory } from "../mutations/categories";
import { revealReporter, type RevealedReporter } from "../mutations/reveal";
import { categorySchema, fieldErrorsOf, revealSchema } from "../schema";
import type { ActionResult } from "./resident";

const PATH = "/admin/kategori-pengaduan";

export async function revealReporterAction(input: unknown): Promise<ActionResult<{ reporter: RevealedReporter["reporter"] }>> {
  const actor = await actionActor("complaint.revealReporter");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = revealSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await revealReporter(actor, parsed.data);
  if (!result.ok) return result;
  return { ok: true, reporter: result.reporter };
}

export async function createCategoryAction(input: unknown): Promise<ActionResult> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = categorySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await createCategory(actor, parsed.data);
  if (!result.ok) return result;
  revalidatePath(PATH);
  return { ok: true };
}

const idSchema = z.object({ id: z.string().min(1) });

export async function renameCategoryAction(input: unknown): Promise<ActionResult> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = categorySchema.and(idSchema).safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await updateCategory(actor, parsed.data.id, parsed.data);
  if (!result.ok) return result;
  revalidatePath(PATH);
  return { ok: true };
}

/** Plain <form action> buttons (work without JavaScript): toggle active, move up or down. */
export async function categoryCommandAction(form: FormData): Promise<void> {
  const actor = await actionActor("admin.manage");
  if (!actor) return;
  const id = String(form.get("id") ?? "");
  const command = String(form.get("command") ?? "");
  if (command === "activate" || command === "deactivate") await setCategoryActive(actor, id, command === "activate");
  if (command === "up" || command === "down") await moveCategory(actor, id, command);
  revalidatePath(PATH);
}
