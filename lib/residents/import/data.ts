import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/types";
import { maskNik } from "../nik";
import { registerWriteWhere } from "../policy";
import { matchColumns, type ColumnMapping, type ImportField } from "./columns";
import type { RegisterField } from "./plan";
import { IMPORT_COMMIT_JOB } from "./mutations";

export const PREVIEW_LINES = 8;
const ROWS_PAGE = 50;

export async function listImports(actor: Actor) {
  return db.residentImport.findMany({
    where: registerWriteWhere(actor),
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, fileName: true, status: true, totalRows: true, errorRows: true, createRows: true, updateRows: true, createdAt: true, committedAt: true, undoneAt: true },
  });
}

/** One import of the caller's office with what each step of the page needs. */
export async function getImport(actor: Actor, importId: string) {
  const found = await db.residentImport.findFirst({ where: { AND: [{ id: importId }, registerWriteWhere(actor)] } });
  if (!found) return null;
  const lines = await db.residentImportRow.findMany({ where: { importId, rowNumber: { lte: PREVIEW_LINES } }, orderBy: { rowNumber: "asc" }, select: { rowNumber: true, raw: true } });
  const header = (lines.find((l) => l.rowNumber === found.headerRow)?.raw as string[] | undefined) ?? [];
  let mapping = found.mapping as ColumnMapping | null;
  if (!mapping) {
    const remembered = await db.residentImportMapping.findUnique({ where: { officeId: found.officeId } });
    mapping = matchColumns(header, (remembered?.mapping as Partial<Record<ImportField, string>> | undefined) ?? undefined);
  }
  const newer = await db.residentImport.count({ where: { officeId: found.officeId, status: { in: ["COMMITTED", "COMMITTING"] }, createdAt: { gt: found.createdAt } } });
  // The worker's commit of a large file: whether it is still under way, or stopped for good.
  const job = found.status === "COMMITTING"
    ? await db.job.findFirst({ where: { kind: IMPORT_COMMIT_JOB, payload: { path: ["importId"], equals: importId } }, orderBy: { createdAt: "desc" }, select: { status: true } })
    : null;
  const background = job ? (job.status === "QUEUED" || job.status === "RUNNING" ? ("running" as const) : job.status === "FAILED" ? ("stopped" as const) : null) : null;
  return { ...found, background, lines: lines.map((l) => ({ rowNumber: l.rowNumber, cells: l.raw as string[] })), header, suggested: mapping, canUndo: found.status === "COMMITTED" && newer === 0 };
}

export type ErrorRow = { rowNumber: number; errors: string[]; values: Record<string, string> };

/** Rows with problems, in file order, for fixing inline (keyset on the row number). */
export async function listErrorRows(actor: Actor, importId: string, after = 0) {
  const found = await db.residentImport.findFirst({ where: { AND: [{ id: importId }, registerWriteWhere(actor)] }, select: { id: true, mapping: true } });
  if (!found) return { rows: [] as ErrorRow[], next: null };
  const rows = await db.residentImportRow.findMany({
    where: { importId, action: "ERROR", rowNumber: { gt: after } }, orderBy: { rowNumber: "asc" }, take: ROWS_PAGE + 1, select: { rowNumber: true, raw: true, errors: true },
  });
  const mapping = (found.mapping ?? {}) as ColumnMapping;
  const out = rows.slice(0, ROWS_PAGE).map((r) => {
    const raw = r.raw as string[];
    const values: Record<string, string> = {};
    for (const [field, index] of Object.entries(mapping)) values[field] = raw[index as number] ?? "";
    return { rowNumber: r.rowNumber, errors: r.errors, values };
  });
  return { rows: out, next: rows.length > ROWS_PAGE ? out[out.length - 1].rowNumber : null };
}

export type ChangeRow = { rowNumber: number; fullName: string; maskedNik: string; hasAccount: boolean; changes: { field: RegisterField; before: string; after: string }[] };

/**
 * What the commit will change in residents already on the register (before → after), shown
 * before applying. Personal data of those residents, so the showing is audited once per page.
 */
export async function listChanges(actor: Actor, importId: string, after = 0): Promise<{ rows: ChangeRow[]; next: number | null }> {
  const found = await db.residentImport.findFirst({ where: { AND: [{ id: importId }, registerWriteWhere(actor)] }, select: { id: true } });
  if (!found) return { rows: [], next: null };
  const rows = await db.residentImportRow.findMany({
    where: { importId, action: "UPDATE", rowNumber: { gt: after } }, orderBy: { rowNumber: "asc" }, take: ROWS_PAGE + 1, select: { rowNumber: true, data: true, before: true },
  });
  const out = rows.slice(0, ROWS_PAGE).map((r) => {
    const data = r.data as Record<string, unknown> & { changed: RegisterField[]; nik: string };
    const before = (r.before ?? {}) as Record<string, unknown> & { hasAccount?: boolean; registerData?: Record<string, unknown> | null };
    const base = before.hasAccount ? { ...before, ...(before.registerData ?? {}) } : before;
    const afterOf = (f: RegisterField) => (f === "headOfFamily" ? String(data.head) : String(data[f] ?? ""));
    return {
      rowNumber: r.rowNumber, fullName: String(base.fullName ?? data.fullName), maskedNik: maskNik(data.nik), hasAccount: Boolean(before.hasAccount),
      changes: data.changed.map((f) => ({ field: f, before: String(base[f] ?? ""), after: afterOf(f) })),
    };
  });
  if (out.length) await recordAudit(actor, "resident.import_changes_viewed", { type: "resident_import", id: importId }, { rows: out.length });
  return { rows: out, next: rows.length > ROWS_PAGE ? out[out.length - 1].rowNumber : null };
}

/** Every row with problems, the file's own cells plus one column of error codes, in batches. */
export async function* errorRowsForCsv(actor: Actor, importId: string): AsyncGenerator<{ header: string[] } | { cells: string[]; errors: string[]; rowNumber: number }> {
  const found = await db.residentImport.findFirst({ where: { AND: [{ id: importId }, registerWriteWhere(actor)] }, select: { id: true, headerRow: true } });
  if (!found) return;
  const header = await db.residentImportRow.findUnique({ where: { importId_rowNumber: { importId, rowNumber: found.headerRow } }, select: { raw: true } });
  yield { header: (header?.raw as string[]) ?? [] };
  let after = found.headerRow;
  for (;;) {
    const rows = await db.residentImportRow.findMany({ where: { importId, action: "ERROR", rowNumber: { gt: after } }, orderBy: { rowNumber: "asc" }, take: 1000, select: { rowNumber: true, raw: true, errors: true } });
    if (!rows.length) return;
    for (const r of rows) yield { cells: r.raw as string[], errors: r.errors, rowNumber: r.rowNumber };
    after = rows[rows.length - 1].rowNumber;
  }
}
