// What committing one valid row does to the register. Pure. Empty cells never erase a stored
// value; a resident who registered an account keeps their own declaration and the register's
// values are kept beside it (registerData) for staff to compare when verifying.
import { isHeadOfFamily, type ImportRecord } from "./validate";

export const registerFields = ["kkNumber", "fullName", "birthPlace", "birthDate", "sex", "address", "rt", "rw", "phone", "headOfFamily"] as const;
export type RegisterField = (typeof registerFields)[number];
export type RegisterValues = { [K in RegisterField]: K extends "headOfFamily" ? boolean : string | null };

export type CurrentResident = RegisterValues & { id: string; officeId: string; hasAccount: boolean; registerData: Partial<RegisterValues> | null };

export type RowPlan =
  | { plan: "CREATE"; values: RegisterValues }
  | { plan: "UPDATE"; changed: RegisterField[]; values: RegisterValues; registerOnly: boolean }
  | { plan: "UNCHANGED" };

/** The row's values as register values; "" where the file's cell was empty. */
export function recordValues(record: ImportRecord): RegisterValues {
  return {
    kkNumber: record.kkNumber,
    fullName: record.fullName,
    birthPlace: record.birthPlace,
    birthDate: record.birthDate,
    sex: record.sex,
    address: record.address,
    rt: record.rt,
    rw: record.rw,
    phone: record.phone,
    headOfFamily: isHeadOfFamily(record.familyRole),
  };
}

/** A register file without a family-role column says nothing about who heads the family. */
export function planRow(record: ImportRecord, current: CurrentResident | null, hasFamilyRoleColumn: boolean): RowPlan {
  const incoming = recordValues(record);
  if (!current) return { plan: "CREATE", values: { ...incoming, phone: incoming.phone || null } };
  const base: RegisterValues = current.hasAccount ? { ...current, ...(current.registerData ?? {}) } : current;
  const next: RegisterValues = { ...base };
  const changed: RegisterField[] = [];
  for (const field of registerFields) {
    if (field === "headOfFamily") {
      if (!hasFamilyRoleColumn) continue;
      if (next.headOfFamily !== incoming.headOfFamily) {
        next.headOfFamily = incoming.headOfFamily;
        changed.push(field);
      }
      continue;
    }
    const value = incoming[field];
    if (!value) continue; // empty cell: keep what is stored
    if ((base[field] ?? "") !== value) {
      next[field] = value;
      changed.push(field);
    }
  }
  if (!changed.length) return { plan: "UNCHANGED" };
  return { plan: "UPDATE", changed, values: next, registerOnly: current.hasAccount };
}
