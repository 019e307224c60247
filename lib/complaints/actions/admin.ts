"use server";

import { z } from "zod";
import { action } from "@/lib/action";
import { createCategory, moveCategory, setCategoryActive, updateCategory } from "../mutations/categories";
import { revealReporter } from "../mutations/reveal";
import { categorySchema, revealSchema } from "../schema";

const PATH = "/admin/kategori-pengaduan";

export const revealReporterAction = action(
  { permission: "complaint.revealReporter", schema: revealSchema },
  async ({ actor, input }) => {
    const result = await revealReporter(actor, input);
    return result.ok ? { ok: true as const, reporter: result.reporter } : result;
  },
);

export const createCategoryAction = action(
  { permission: "admin.manage", schema: categorySchema, revalidate: [PATH] },
  ({ actor, input }) => createCategory(actor, input),
);

const idSchema = z.object({ id: z.string().min(1) });

export const renameCategoryAction = action(
  { permission: "admin.manage", schema: categorySchema.and(idSchema), revalidate: [PATH] },
  ({ actor, input }) => updateCategory(actor, input.id, input),
);

const commandSchema = z.object({ id: z.string().min(1), command: z.enum(["activate", "deactivate", "up", "down"]) });
const runCommand = action(
  { permission: "admin.manage", schema: commandSchema, input: (raw) => Object.fromEntries(raw as FormData), revalidate: [PATH] },
  async ({ actor, input }) => {
    if (input.command === "up" || input.command === "down") await moveCategory(actor, input.id, input.command);
    else await setCategoryActive(actor, input.id, input.command === "activate");
    return { ok: true as const };
  },
);

/** Plain <form action> buttons (work without JavaScript): toggle active, move up or down. */
export async function categoryCommandAction(form: FormData): Promise<void> {
  await runCommand(form);
}
