// A published standard as one JSON snapshot (what ServiceRevision stores), and the difference
// between two snapshots (what the history page shows as "what changed").
import { normaliseTargets } from "./targets";

export type RequirementSnapshot = {
  code: string;
  kind: "DOCUMENT" | "FIELD";
  label: string;
  description: string | null;
  required: boolean;
  position: number;
  fieldType: string | null;
  options: string[];
  acceptTypes: string[];
  maxSizeKb: number;
  example: string | null;
  active: boolean;
};

export type ServiceSnapshot = {
  name: string;
  slug: string;
  summary: string;
  unitId: string;
  unitName: string;
  procedure: string[];
  durationValue: number;
  durationUnit: string;
  feeRupiah: number;
  product: string;
  complaintInfo: string;
  legalBasis: string | null;
  digitalResult: boolean;
  requiresVerifiedAccount: boolean;
  subjectTargets: string[];
  active: boolean;
  requirements: RequirementSnapshot[];
};

export const SERVICE_KEYS = [
  "name",
  "slug",
  "summary",
  "unitId",
  "procedure",
  "durationValue",
  "durationUnit",
  "feeRupiah",
  "product",
  "complaintInfo",
  "legalBasis",
  "digitalResult",
  "requiresVerifiedAccount",
  "subjectTargets",
  "active",
] as const;

const REQUIREMENT_KEYS = ["kind", "label", "description", "required", "position", "fieldType", "options", "acceptTypes", "maxSizeKb", "example", "active"] as const;

export type SnapshotChange =
  | { kind: "service"; field: (typeof SERVICE_KEYS)[number]; before: unknown; after: unknown }
  | { kind: "requirement_added"; code: string; label: string }
  | { kind: "requirement_removed"; code: string; label: string }
  | { kind: "requirement_changed"; code: string; label: string; fields: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which parts of the standard differ; `before` null means the service was just created. */
export function diffSnapshots(before: ServiceSnapshot | null, after: ServiceSnapshot): SnapshotChange[] {
  if (!before) return [];
  const changes: SnapshotChange[] = [];
  // With the values, so the history reads "Biaya: Rp0 → Rp10.000", not only "Diubah: biaya" (issue 17).
  // Revisions written before a setting existed hold no value for it: read them as its default.
  const then = { ...before, subjectTargets: normaliseTargets(before.subjectTargets) };
  for (const field of SERVICE_KEYS) if (!same(then[field], after[field])) changes.push({ kind: "service", field, before: then[field], after: after[field] });
  const old = new Map(before.requirements.map((r) => [r.code, r]));
  const now = new Map(after.requirements.map((r) => [r.code, r]));
  for (const [code, r] of now) {
    const prev = old.get(code);
    if (!prev) changes.push({ kind: "requirement_added", code, label: r.label });
    else {
      const fields = REQUIREMENT_KEYS.filter((k) => !same(prev[k], r[k]));
      if (fields.length) changes.push({ kind: "requirement_changed", code, label: r.label, fields });
    }
  }
  for (const [code, r] of old) if (!now.has(code)) changes.push({ kind: "requirement_removed", code, label: r.label });
  return changes;
}

export type HistoryEntry<R> = R & {
  /** The first revision of the service: it was created (published) here. */
  created: boolean;
  /** What changed against the revision before it in time (empty: saved without a change). */
  changes: SnapshotChange[];
};

/**
 * The change history as shown: each revision (newest first, one page of them) compared with the one
 * before it in time. `older` is the revision just before the page's oldest one (null when the page
 * reaches the very first revision, which is the only one labelled "created").
 */
export function historyEntries<R extends { snapshot: ServiceSnapshot }>(newestFirst: R[], older: ServiceSnapshot | null): HistoryEntry<R>[] {
  return newestFirst.map((rev, i) => {
    const previous = i + 1 < newestFirst.length ? newestFirst[i + 1].snapshot : older;
    return { ...rev, created: previous === null, changes: previous ? diffSnapshots(previous, rev.snapshot) : [] };
  });
}

/** A plain-text line for the revision's `summary` column (exports, audit); the UI renders the diff itself. */
export function summarise(changes: SnapshotChange[], fallback: string): string {
  if (changes.length === 0) return fallback;
  return changes
    .map((c) =>
      c.kind === "service"
        ? c.field
        : c.kind === "requirement_added"
          ? `+${c.code}`
          : c.kind === "requirement_removed"
            ? `-${c.code}`
            : `${c.code}(${c.fields.join(",")})`,
    )
    .join("; ")
    .slice(0, 500);
}

/** Snapshot of a service row with its unit and requirements (any order; sorted by position here). */
export function toSnapshot(service: Omit<ServiceSnapshot, "requirements" | "unitName" | "procedure"> & {
  procedure: unknown;
  unit: { name: string };
  requirements: RequirementSnapshot[];
}): ServiceSnapshot {
  return {
    name: service.name,
    slug: service.slug,
    summary: service.summary,
    unitId: service.unitId,
    unitName: service.unit.name,
    procedure: Array.isArray(service.procedure) ? service.procedure.map(String) : [],
    durationValue: service.durationValue,
    durationUnit: service.durationUnit,
    feeRupiah: service.feeRupiah,
    product: service.product,
    complaintInfo: service.complaintInfo,
    legalBasis: service.legalBasis,
    digitalResult: service.digitalResult,
    requiresVerifiedAccount: service.requiresVerifiedAccount,
    subjectTargets: normaliseTargets(service.subjectTargets),
    active: service.active,
    requirements: [...service.requirements]
      .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code))
      .map((r) => ({
        code: r.code,
        kind: r.kind,
        label: r.label,
        description: r.description,
        required: r.required,
        position: r.position,
        fieldType: r.fieldType,
        options: r.options,
        acceptTypes: r.acceptTypes,
        maxSizeKb: r.maxSizeKb,
        example: r.example,
        active: r.active,
      })),
  };
}
