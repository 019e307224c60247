"use server";
import { z } from "zod";
import { action } from "@/lib/action";
import { targetInput, withOptionalTarget, withTarget } from "@/lib/action/nested";
import { createService, moveRequirement, saveRequirement, setRequirementActive, setServiceActive, updateService } from "./mutations";
import { requirementSchema, serviceSchema } from "./schema";

// Through the pipeline with the admin permission; the mutation re-checks the office against the database.

// The public catalogue pages read through a shared cache (lib/http/public-cache.ts, tag "catalogue").
const refresh = (serviceId: string | null) => [
  { tag: "catalogue" },
  { layout: "/layanan" },
  "/admin/layanan",
  ...(serviceId ? [{ layout: `/admin/layanan/${serviceId}` }] : []),
];
const id = z.string().min(1).max(40);

const saveService = action(
  { permission: "admin.manage", schema: withOptionalTarget(serviceSchema), revalidate: (i) => refresh(i.targetId) },
  async ({ actor, input: { targetId, ...service } }) => {
    if (!targetId) return createService(actor, service);
    const result = await updateService(actor, targetId, service);
    return result.ok ? { ok: true as const, id: targetId } : result;
  },
);
export async function saveServiceAction(serviceId: string | null, raw: unknown) {
  return saveService(targetInput(serviceId, raw));
}

const serviceActive = action(
  { permission: "admin.manage", schema: withTarget(z.object({ active: z.boolean() })), revalidate: (i) => refresh(i.targetId) },
  ({ actor, input }) => setServiceActive(actor, input.targetId, input.active),
);
export async function setServiceActiveAction(serviceId: string, active: boolean) {
  return serviceActive({ targetId: serviceId, active });
}

const requirement = action(
  {
    permission: "admin.manage",
    schema: withOptionalTarget(requirementSchema).and(z.object({ serviceId: id })),
    revalidate: (i) => refresh(i.serviceId),
  },
  ({ actor, input: { targetId, serviceId, ...fields } }) => saveRequirement(actor, serviceId, targetId, fields),
);
export async function saveRequirementAction(serviceId: string, requirementId: string | null, raw: unknown) {
  return requirement({ ...(targetInput(requirementId, raw) as object), serviceId });
}

const requirementActive = action(
  { permission: "admin.manage", schema: withTarget(z.object({ serviceId: id, active: z.boolean() })), revalidate: (i) => refresh(i.serviceId) },
  ({ actor, input }) => setRequirementActive(actor, input.serviceId, input.targetId, input.active),
);
export async function setRequirementActiveAction(serviceId: string, requirementId: string, active: boolean) {
  return requirementActive({ targetId: requirementId, serviceId, active });
}

const moveStep = action(
  { permission: "admin.manage", schema: withTarget(z.object({ serviceId: id, direction: z.enum(["up", "down"]) })), revalidate: (i) => refresh(i.serviceId) },
  ({ actor, input }) => moveRequirement(actor, input.serviceId, input.targetId, input.direction),
);
export async function moveRequirementAction(serviceId: string, requirementId: string, direction: "up" | "down") {
  return moveStep({ targetId: requirementId, serviceId, direction });
}
