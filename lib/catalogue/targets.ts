// Who a service may be requested for (services.subject_targets), kept free of zod and Prisma so the
// resident's start form and the admin form share it. A death certificate is OTHER only: never
// the applicant, and the deceased is usually no longer on the applicant's KK.

export const SERVICE_TARGETS = ["SELF", "HOUSEHOLD", "OTHER"] as const;
export type ServiceTarget = (typeof SERVICE_TARGETS)[number];
export const DEFAULT_TARGETS: ServiceTarget[] = ["SELF", "HOUSEHOLD"];

/** The stored list in canonical order, without repeats or unknown values; never empty (falls back to the default). */
export function normaliseTargets(value: unknown): ServiceTarget[] {
  const list = Array.isArray(value) ? value : [];
  const picked = SERVICE_TARGETS.filter((t) => list.includes(t));
  return picked.length ? picked : [...DEFAULT_TARGETS];
}

/** The target a request's relation belongs to: SELF, a KK member, or a person outside the KK. */
export function targetOfRelation(relation: string): ServiceTarget {
  return relation === "SELF" ? "SELF" : relation === "OUTSIDE_KK" ? "OTHER" : "HOUSEHOLD";
}
