"use server";
import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth";
import { createService, moveRequirement, saveRequirement, setRequirementActive, setServiceActive, updateService } from "./mutations";
import { fieldErrorsOf, requirementSchema, serviceSchema, type ActionResult } from "./schema";

// Thin wrappers: authenticate, validate with the same schema as the form, then the mutation
// re-checks the office against the database.

function refresh(serviceId?: string) {
  revalidatePath("/layanan", "layout");
  revalidatePath("/admin/layanan");
  if (serviceId) revalidatePath(`/admin/layanan/${serviceId}`, "layout");
}

export async function saveServiceAction(serviceId: string | null, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = serviceSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  if (serviceId) {
    const result = await updateService(actor, serviceId, parsed.data);
    if (result.ok) refresh(serviceId);
    return result.ok ? { ok: true, id: serviceId } : result;
  }
  const result = await createService(actor, parsed.data);
  if (result.ok) refresh(result.id);
  return result;
}

export async function setServiceActiveAction(serviceId: string, active: boolean): Promise<ActionResult> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const result = await setServiceActive(actor, String(serviceId), Boolean(active));
  if (result.ok) refresh(serviceId);
  return result;
}

export async function saveRequirementAction(serviceId: string, requirementId: string | null, raw: unknown): Promise<ActionResult<{ id: string }>> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const parsed = requirementSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await saveRequirement(actor, String(serviceId), requirementId ? String(requirementId) : null, parsed.data);
  if (result.ok) refresh(serviceId);
  return result;
}

export async function setRequirementActiveAction(serviceId: string, requirementId: string, active: boolean): Promise<ActionResult> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const result = await setRequirementActive(actor, String(serviceId), String(requirementId), Boolean(active));
  if (result.ok) refresh(serviceId);
  return result;
}

export async function moveRequirementAction(serviceId: string, requirementId: string, direction: "up" | "down"): Promise<ActionResult> {
  const actor = await actionActor("admin.manage");
  if (!actor) return { ok: false, error: "forbidden" };
  const result = await moveRequirement(actor, String(serviceId), String(requirementId), direction === "up" ? "up" : "down");
  if (result.ok) refresh(serviceId);
  return result;
}
