// The supervisor's two newer tables (the Camat's office comparison, the per-staff workload) as CSV
// rows: the same figures and column names as on screen, written by the one CSV module (toCsv).
// Pure: the caller passes the translator and the rows it already read.
import type { OfficeFigures } from "./data/comparison";
import type { StaffRow } from "./data/staff";
import type { Translator } from "./datasets";

export const TABLE_KEYS = ["comparison", "staff"] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

export function isTableKey(value: unknown): value is TableKey {
  return typeof value === "string" && (TABLE_KEYS as readonly string[]).includes(value);
}

type Table = { columns: string[]; rows: (string | number | null)[][] };

export function comparisonTable(rows: OfficeFigures[], total: OfficeFigures, t: Translator): Table {
  const c = (key: string) => t(`dashboard.comparison.cols.${key}`);
  const line = (r: OfficeFigures, name: string) => [name, r.received, r.completed, r.onTime, r.onTimeRate, r.openOverdue, r.complaints, r.ikm === null ? null : Number(r.ikm.toFixed(2)), r.respondents];
  return {
    columns: [c("office"), c("received"), c("completed"), c("onTime"), `${c("onTime")} (%)`, c("openOverdue"), c("complaints"), c("ikm"), t("dashboard.columns.respondents")],
    rows: [...rows.map((r) => line(r, r.name)), line(total, t("dashboard.comparison.total"))],
  };
}

export function staffTable(rows: StaffRow[], t: Translator): Table {
  const c = (key: string) => t(`dashboard.staff.cols.${key}`);
  return {
    columns: [c("name"), t("dashboard.columns.role"), c("openAssigned"), c("completed"), c("completedLate"), c("openOverdue")],
    rows: rows.map((r) => [r.name, t(`dashboard.staff.roles.${r.role}`), r.openAssigned, r.completed, r.completedLate, r.openOverdue]),
  };
}
