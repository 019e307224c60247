import "server-only";
import { canManageCatalogue, managedServiceWhere } from "./policy";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionResult, RequirementInput, ServiceInput } from "./schema";
import { diffSnapshots, summarise, toSnapshot, type ServiceSnapshot } from "./snapshot";

type Tx = Prisma.TransactionClient;

async function loadSnapshot(tx: Tx, serviceId: string): Promise<ServiceSnapshot> {
  const row = await tx.service.findUniqueOrThrow({
    where: { id: serviceId },
    include: { unit: { select: { name: true } }, requirements: true },
  });
  return toSnapshot(row);
}

/** Records who changed the standard, when and what (the whole standard as it now reads). */
async function recordRevision(tx: Tx, actor: Actor, serviceId: string, before: ServiceSnapshot | null, fallback: string) {
  const after = await loadSnapshot(tx, serviceId);
  const changes = diffSnapshots(before, after);
  if (before && changes.length === 0) return;
  await tx.serviceRevision.create({
    data: { serviceId, actorId: actor.userId, summary: summarise(changes, fallback), snapshot: after as unknown as Prisma.InputJsonValue },
  });
  // The admin audit log lists catalogue changes too (the page says so); the diff itself stays in the revision.
  await recordAudit(actor, fallback === "requirement" ? "service.requirements_changed" : `service.${fallback}`, { type: "service", id: serviceId }, { name: after.name, changes: summarise(changes, fallback) }, tx);
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

async function ownUnit(tx: Tx, actor: Actor, unitId: string) {
  return tx.unit.findFirst({ where: { id: unitId, ...managedServiceWhere(actor) }, select: { id: true } });
}

function serviceData(input: ServiceInput) {
  return { ...input, procedure: input.procedure as Prisma.InputJsonValue };
}

export async function createService(actor: Actor, input: ServiceInput): Promise<ActionResult<{ id: string }>> {
  if (!canManageCatalogue(actor)) return { ok: false, error: "forbidden" };
  try {
    return await db.$transaction(async (tx) => {
      if (!(await ownUnit(tx, actor, input.unitId))) return { ok: false, error: "invalid", fieldErrors: { unitId: "required" } } as const;
      const service = await tx.service.create({ data: { ...serviceData(input), officeId: actor.officeId }, select: { id: true } });
      await recordRevision(tx, actor, service.id, null, "created");
      return { ok: true, id: service.id } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: "invalid", fieldErrors: { slug: "taken" } };
    throw e;
  }
}

export async function updateService(actor: Actor, id: string, input: ServiceInput): Promise<ActionResult> {
  if (!canManageCatalogue(actor)) return { ok: false, error: "forbidden" };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.service.findFirst({ where: { id, ...managedServiceWhere(actor) }, select: { id: true } });
      if (!existing) return { ok: false, error: "not_found" } as const;
      if (!(await ownUnit(tx, actor, input.unitId))) return { ok: false, error: "invalid", fieldErrors: { unitId: "required" } } as const;
      const before = await loadSnapshot(tx, id);
      await tx.service.update({ where: { id }, data: serviceData(input) });
      await recordRevision(tx, actor, id, before, "updated");
      return { ok: true } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: "invalid", fieldErrors: { slug: "taken" } };
    throw e;
  }
}

/** Deactivating hides a service from the catalogue and new applications; requests already made keep it. */
export async function setServiceActive(actor: Actor, id: string, active: boolean): Promise<ActionResult> {
  if (!canManageCatalogue(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const existing = await tx.service.findFirst({ where: { id, ...managedServiceWhere(actor) }, select: { id: true } });
    if (!existing) return { ok: false, error: "not_found" } as const;
    const before = await loadSnapshot(tx, id);
    await tx.service.update({ where: { id }, data: { active } });
    await recordRevision(tx, actor, id, before, active ? "activated" : "deactivated");
    return { ok: true } as const;
  });
}

function requirementData(input: RequirementInput) {
  const isField = input.kind === "FIELD";
  return {
    kind: input.kind,
    code: input.code,
    label: input.label,
    description: input.description,
    required: input.required,
    fieldType: isField ? input.fieldType : null,
    options: isField && input.fieldType === "CHOICE" ? input.options : [],
    acceptTypes: isField ? [] : input.acceptTypes,
    maxSizeKb: input.maxSizeKb,
    example: input.example,
  };
}

/** Creates (requirementId null) or edits a requirement; codes stay unique within the service. */
export async function saveRequirement(
  actor: Actor,
  serviceId: string,
  requirementId: string | null,
  input: RequirementInput,
): Promise<ActionResult<{ id: string }>> {
  if (!canManageCatalogue(actor)) return { ok: false, error: "forbidden" };
  try {
    return await db.$transaction(async (tx) => {
      const service = await tx.service.findFirst({ where: { id: serviceId, ...managedServiceWhere(actor) }, select: { id: true } });
      if (!service) return { ok: false, error: "not_found" } as const;
      const before = await loadSnapshot(tx, serviceId);
      let id = requirementId;
      if (id) {
        const found = await tx.serviceRequirement.updateMany({ where: { id, serviceId }, data: requirementData(input) });
        if (found.count === 0) return { ok: false, error: "not_found" } as const;
      } else {
        const last = await tx.serviceRequirement.aggregate({ where: { serviceId }, _max: { position: true } });
        const row = await tx.serviceRequirement.create({
          data: { ...requirementData(input), serviceId, position: (last._max.position ?? 0) + 1 },
          select: { id: true },
        });
        id = row.id;
      }
      await recordRevision(tx, actor, serviceId, before, "requirement");
      return { ok: true, id } as const;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: "invalid", fieldErrors: { code: "taken" } };
    throw e;
  }
}

/** Requirements are never deleted (old requests point at them); they are deactivated. */
export async function setRequirementActive(actor: Actor, serviceId: string, requirementId: string, active: boolean): Promise<ActionResult> {
  if (!canManageCatalogue(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const service = await tx.service.findFirst({ where: { id: serviceId, ...managedServiceWhere(actor) }, select: { id: true } });
    if (!service) return { ok: false, error: "not_found" } as const;
    const before = await loadSnapshot(tx, serviceId);
    const found = await tx.serviceRequirement.updateMany({ where: { id: requirementId, serviceId }, data: { active } });
    if (found.count === 0) return { ok: false, error: "not_found" } as const;
    await recordRevision(tx, actor, serviceId, before, "requirement");
    return { ok: true } as const;
  });
}

/** Moves a requirement one place up or down among the service's active requirements. */
export async function moveRequirement(actor: Actor, serviceId: string, requirementId: string, direction: "up" | "down"): Promise<ActionResult> {
  if (!canManageCatalogue(actor)) return { ok: false, error: "forbidden" };
  return db.$transaction(async (tx) => {
    const service = await tx.service.findFirst({ where: { id: serviceId, ...managedServiceWhere(actor) }, select: { id: true } });
    if (!service) return { ok: false, error: "not_found" } as const;
    const before = await loadSnapshot(tx, serviceId);
    const list = await tx.serviceRequirement.findMany({
      where: { serviceId, active: true },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: { id: true },
    });
    const index = list.findIndex((r) => r.id === requirementId);
    if (index < 0) return { ok: false, error: "not_found" } as const;
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= list.length) return { ok: true } as const;
    [list[index], list[target]] = [list[target], list[index]];
    // Renumber densely so equal positions from older data cannot make the order ambiguous.
    for (const [position, r] of list.entries()) await tx.serviceRequirement.update({ where: { id: r.id }, data: { position: position + 1 } });
    await recordRevision(tx, actor, serviceId, before, "reordered");
    return { ok: true } as const;
  });
}
