import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/log";
import { enqueueJob } from "@/lib/jobs/mutations";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerWriteWhere } from "../policy";
import { importFields, mappingByHeader, type ColumnMapping } from "./columns";
import { planRow, type CurrentResident, type RegisterValues } from "./plan";
import { crossRowErrors, validateRow, type ImportRecord } from "./validate";

// The import pipeline. Every step keeps its state in PostgreSQL (rows staged in
// resident_import_rows, progress in resident_imports.committed_up_to), so any app instance can
// continue a commit that another started, and a closed browser tab loses nothing.

export const MAX_IMPORT_ROWS = 200_000;
const STAGE_CHUNK = 2_000;
const VALIDATE_CHUNK = 2_000;
export const COMMIT_CHUNK = 2_000;
/** From this many data rows on, the commit runs in the worker (lib/jobs) instead of the staff member's open tab. */
export const BACKGROUND_COMMIT_ROWS = 5_000;
export const IMPORT_COMMIT_JOB = "resident.import_commit";

type Result<T = object> = ({ ok: true } & T) | { ok: false; error: "not_found" | "invalid_state" | "too_many_rows" | "empty_file" | "undo_blocked" };

/** The import's commit job that is still queued or running, if any (one per import). */
export const activeCommitJobWhere = (importId: string) =>
  ({ kind: IMPORT_COMMIT_JOB, status: { in: ["QUEUED", "RUNNING"] }, payload: { path: ["importId"], equals: importId } }) satisfies Prisma.JobWhereInput;

async function ownImport(actor: Actor, importId: string) {
  return db.residentImport.findFirst({ where: { AND: [{ id: importId }, registerWriteWhere(actor)] } });
}

/** Stores the file's rows as they are; nothing is checked until the columns are chosen. */
export async function stageImport(actor: Actor, fileName: string, rows: AsyncIterable<string[]>): Promise<Result<{ importId: string }>> {
  const scope = registerWriteWhere(actor);
  if (!("officeId" in scope)) return { ok: false, error: "not_found" };
  const created = await db.residentImport.create({ data: { officeId: actor.officeId, createdById: actor.userId, fileName: fileName.slice(0, 200) || "impor.csv" }, select: { id: true } });
  let buffer: { importId: string; rowNumber: number; raw: string[] }[] = [];
  let rowNumber = 0;
  const flush = async () => {
    if (!buffer.length) return;
    await db.$executeRaw`
      INSERT INTO resident_import_rows (import_id, row_number, raw)
      SELECT ${created.id}, n, r FROM unnest(${buffer.map((b) => b.rowNumber)}::int[], ${buffer.map((b) => JSON.stringify(b.raw))}::jsonb[]) AS v(n, r)`;
    buffer = [];
  };
  try {
    for await (const cells of rows) {
      rowNumber += 1;
      if (rowNumber > MAX_IMPORT_ROWS + 1) {
        await db.residentImport.delete({ where: { id: created.id } });
        return { ok: false, error: "too_many_rows" };
      }
      buffer.push({ importId: created.id, rowNumber, raw: cells.map((c) => String(c ?? "").slice(0, 500)) });
      if (buffer.length >= STAGE_CHUNK) await flush();
    }
    await flush();
  } catch (error) {
    await db.residentImport.delete({ where: { id: created.id } });
    throw error;
  }
  if (rowNumber === 0) {
    await db.residentImport.delete({ where: { id: created.id } });
    return { ok: false, error: "empty_file" };
  }
  await db.residentImport.update({ where: { id: created.id }, data: { totalRows: rowNumber } });
  await recordAudit(actor, "resident.import_uploaded", { type: "resident_import", id: created.id }, { rows: rowNumber });
  return { ok: true, importId: created.id };
}

const residentSelect = {
  id: true, nik: true, officeId: true, userId: true, registerData: true, kkNumber: true, fullName: true, birthPlace: true,
  birthDate: true, sex: true, address: true, rt: true, rw: true, phone: true, headOfFamily: true,
} as const;

type ResidentRow = Prisma.ResidentProfileGetPayload<{ select: typeof residentSelect }>;

function currentOf(r: ResidentRow): CurrentResident {
  return {
    id: r.id, officeId: r.officeId, hasAccount: Boolean(r.userId), registerData: (r.registerData as Partial<RegisterValues> | null) ?? null,
    kkNumber: r.kkNumber, fullName: r.fullName, birthPlace: r.birthPlace, birthDate: r.birthDate.toISOString().slice(0, 10), sex: r.sex,
    address: r.address, rt: r.rt, rw: r.rw, phone: r.phone, headOfFamily: r.headOfFamily,
  };
}

async function residentsByNik(niks: string[]) {
  const rows = niks.length ? await db.residentProfile.findMany({ where: { nik: { in: niks } }, select: residentSelect }) : [];
  return new Map(rows.map((r) => [r.nik, r]));
}

/** For a resident already in the register an empty cell means "keep what is stored", not "missing". */
const keepStored = (errors: string[]) => errors.filter((e) => !e.endsWith(":required"));

type RowVerdict = { rowNumber: number; data: Prisma.InputJsonValue | null; errors: string[]; plan: string | null; residentId: string | null; before: Prisma.InputJsonValue | null };

/** Checks a set of staged rows against the mapping and the register as it is now. */
async function judgeRows(officeId: string, rows: { rowNumber: number; raw: unknown }[], mapping: ColumnMapping): Promise<RowVerdict[]> {
  const checked = rows.map((r) => ({ rowNumber: r.rowNumber, ...validateRow(r.raw as string[], mapping) }));
  const known = await residentsByNik([...new Set(checked.map((c) => c.record.nik).filter((n) => n.length === 16))]);
  const hasFamilyRole = mapping.familyRole !== undefined;
  return checked.map(({ rowNumber, record, errors: found }) => {
    let errors: string[] = found;
    const existing = known.get(record.nik);
    if (existing && existing.officeId !== officeId) errors.push(crossRowErrors.otherOffice);
    const current = existing && existing.officeId === officeId ? currentOf(existing) : null;
    if (current) errors = keepStored(errors);
    const plan = planRow(record, current, hasFamilyRole);
    const data = { ...record, head: plan.plan === "UNCHANGED" ? current?.headOfFamily ?? false : plan.values.headOfFamily, plan: plan.plan, changed: plan.plan === "UPDATE" ? plan.changed : [] };
    return {
      rowNumber, errors, plan: plan.plan, residentId: current?.id ?? null,
      data: data as unknown as Prisma.InputJsonValue,
      before: current && plan.plan === "UPDATE" ? (current as unknown as Prisma.InputJsonValue) : null,
    };
  });
}

async function writeVerdicts(importId: string, verdicts: RowVerdict[]) {
  if (!verdicts.length) return;
  // One statement per chunk: row-by-row updates would cap the import far below 2,000 rows/s.
  await db.$executeRaw`
    UPDATE resident_import_rows r SET
      data = v.data, errors = ARRAY(SELECT jsonb_array_elements_text(v.errs)),
      action = (CASE WHEN jsonb_array_length(v.errs) > 0 THEN 'ERROR' ELSE v.plan END)::"ImportRowAction",
      resident_id = v.rid, before = v.before, applied = false
    FROM (SELECT unnest(${verdicts.map((v) => v.rowNumber)}::int[]) AS rn, unnest(${verdicts.map((v) => JSON.stringify(v.data))}::jsonb[]) AS data,
                 unnest(${verdicts.map((v) => JSON.stringify(v.errors))}::jsonb[]) AS errs, unnest(${verdicts.map((v) => v.plan)}::text[]) AS plan,
                 unnest(${verdicts.map((v) => v.residentId)}::text[]) AS rid, unnest(${verdicts.map((v) => (v.before ? JSON.stringify(v.before) : null))}::jsonb[]) AS before) v
    WHERE r.import_id = ${importId} AND r.row_number = v.rn
      AND r.row_number BETWEEN ${verdicts[0].rowNumber} AND ${verdicts[verdicts.length - 1].rowNumber}`;
}

/**
 * The rules that need the whole file: a NIK twice in the file (every occurrence is marked) and
 * more than one head of family per KK. Recomputed in SQL over the staged rows after any change.
 */
async function applyCrossRowRules(importId: string, headerRow: number) {
  const dup = crossRowErrors.duplicateInFile;
  const heads = crossRowErrors.twoHeads;
  await db.$executeRaw`
    UPDATE resident_import_rows SET errors = array_remove(array_remove(errors, ${dup}), ${heads})
    WHERE import_id = ${importId} AND errors && ARRAY[${dup}, ${heads}]::text[]`;
  await db.$executeRaw`
    WITH d AS MATERIALIZED (
      SELECT data->>'nik' AS nik FROM resident_import_rows WHERE import_id = ${importId} AND row_number > ${headerRow} AND length(data->>'nik') = 16
      GROUP BY 1 HAVING count(*) > 1)
    UPDATE resident_import_rows r SET errors = r.errors || ${dup}::text
    FROM d WHERE r.import_id = ${importId} AND r.row_number > ${headerRow} AND r.data->>'nik' = d.nik`;
  await db.$executeRaw`
    WITH k AS MATERIALIZED (
      SELECT data->>'kkNumber' AS kk FROM resident_import_rows WHERE import_id = ${importId} AND row_number > ${headerRow} AND data->>'head' = 'true'
      GROUP BY 1 HAVING count(*) > 1)
    UPDATE resident_import_rows r SET errors = r.errors || ${heads}::text
    FROM k WHERE r.import_id = ${importId} AND r.row_number > ${headerRow} AND r.data->>'head' = 'true' AND r.data->>'kkNumber' = k.kk`;
  await db.$executeRaw`
    UPDATE resident_import_rows SET action = (CASE WHEN cardinality(errors) > 0 THEN 'ERROR' ELSE data->>'plan' END)::"ImportRowAction"
    WHERE import_id = ${importId} AND row_number > ${headerRow}
      AND action IS DISTINCT FROM (CASE WHEN cardinality(errors) > 0 THEN 'ERROR' ELSE data->>'plan' END)::"ImportRowAction"`;
}

async function recount(importId: string) {
  const counts = await db.residentImportRow.groupBy({ by: ["action"], where: { importId }, _count: { _all: true } });
  const of = (a: string) => counts.find((c) => c.action === a)?._count._all ?? 0;
  return db.residentImport.update({
    where: { id: importId },
    data: { errorRows: of("ERROR"), createRows: of("CREATE"), updateRows: of("UPDATE"), unchangedRows: of("UNCHANGED") },
  });
}

/** Chooses the header row and the columns, remembers the mapping for the office, checks every row. */
export async function configureImport(actor: Actor, importId: string, headerRow: number, mapping: ColumnMapping): Promise<Result> {
  const found = await ownImport(actor, importId);
  if (!found) return { ok: false, error: "not_found" };
  if (found.status !== "UPLOADED" && found.status !== "VALIDATED") return { ok: false, error: "invalid_state" };
  const header = await db.residentImportRow.findUnique({ where: { importId_rowNumber: { importId, rowNumber: headerRow } }, select: { raw: true } });
  if (!header) return { ok: false, error: "not_found" };
  const clean: ColumnMapping = {};
  for (const field of importFields) if (mapping[field] !== undefined && mapping[field]! >= 0) clean[field] = mapping[field];
  await db.$transaction([
    db.residentImport.update({ where: { id: importId }, data: { headerRow, mapping: clean, status: "VALIDATED" } }),
    db.residentImportMapping.upsert({
      where: { officeId: found.officeId },
      create: { officeId: found.officeId, mapping: mappingByHeader(header.raw as string[], clean) },
      update: { mapping: mappingByHeader(header.raw as string[], clean) },
    }),
    // Lines above the header (titles, blank lines of a SIAK export) are not residents.
    db.residentImportRow.updateMany({ where: { importId, rowNumber: { lte: headerRow } }, data: { action: null, errors: [], data: undefined } }),
  ]);
  await validateAll(importId, found.officeId, headerRow, clean);
  return { ok: true };
}

export async function validateAll(importId: string, officeId: string, headerRow: number, mapping: ColumnMapping) {
  let after = headerRow;
  // Pipelined: the database writes chunk k while this process reads and checks chunk k+1 (two
  // cores busy instead of one). At most two chunks are in memory; a failed write stops the loop.
  let writing: Promise<unknown> = Promise.resolve(null);
  for (;;) {
    const rows = await db.residentImportRow.findMany({
      where: { importId, rowNumber: { gt: after } }, orderBy: { rowNumber: "asc" }, take: VALIDATE_CHUNK, select: { rowNumber: true, raw: true },
    });
    if (!rows.length) break;
    const verdicts = await judgeRows(officeId, rows, mapping);
    const failed = await writing;
    if (failed) throw failed;
    writing = writeVerdicts(importId, verdicts).then(() => null, (error: unknown) => error);
    after = rows[rows.length - 1].rowNumber;
  }
  const failed = await writing;
  if (failed) throw failed;
  await applyCrossRowRules(importId, headerRow);
  await recount(importId);
}

/** Staff correct a row in the preview; the row and the whole-file rules are checked again. */
export async function fixImportRow(actor: Actor, importId: string, rowNumber: number, values: Partial<Record<keyof ImportRecord, string>>): Promise<Result> {
  const found = await ownImport(actor, importId);
  if (!found) return { ok: false, error: "not_found" };
  if (found.status !== "VALIDATED") return { ok: false, error: "invalid_state" };
  const row = await db.residentImportRow.findUnique({ where: { importId_rowNumber: { importId, rowNumber } }, select: { rowNumber: true, raw: true } });
  if (!row || rowNumber <= found.headerRow) return { ok: false, error: "not_found" };
  const mapping = (found.mapping ?? {}) as ColumnMapping;
  const raw = [...(row.raw as string[])];
  for (const [field, value] of Object.entries(values)) {
    const index = mapping[field as keyof ColumnMapping];
    if (index === undefined || value === undefined) continue;
    while (raw.length <= index) raw.push("");
    raw[index] = value.slice(0, 500);
  }
  await db.residentImportRow.update({ where: { importId_rowNumber: { importId, rowNumber } }, data: { raw } });
  await writeVerdicts(importId, await judgeRows(found.officeId, [{ rowNumber, raw }], mapping));
  await applyCrossRowRules(importId, found.headerRow);
  await recount(importId);
  await recordAudit(actor, "resident.import_row_fixed", { type: "resident_import", id: importId }, { row: rowNumber, fields: Object.keys(values) });
  return { ok: true };
}

const stripPrefix = (name: string) => name.replace(/^(Kelurahan|Desa|Kecamatan)\s+/i, "");

/**
 * Applies the next chunk of valid rows (rows with errors are skipped). Call until `done`. The import row is locked for the
 * chunk (two tabs or instances never apply the same rows), and each row is re-planned against
 * the register as it is at this moment, so the same file twice changes nothing.
 */
export async function commitImportChunk(actor: Actor, importId: string): Promise<Result<{ done: boolean; committedUpTo: number; totalRows: number }>> {
  const found = await ownImport(actor, importId);
  if (!found) return { ok: false, error: "not_found" };
  if (found.status === "COMMITTED") return { ok: true, done: true, committedUpTo: found.totalRows, totalRows: found.totalRows };
  if (found.status !== "VALIDATED" && found.status !== "COMMITTING") return { ok: false, error: "invalid_state" };
  const office = await db.office.findUniqueOrThrow({ where: { id: found.officeId }, select: { name: true, parent: { select: { name: true, type: true } } } });
  const mapping = (found.mapping ?? {}) as ColumnMapping;

  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string; committed_up_to: number }[]>`
      SELECT status::text, committed_up_to FROM resident_imports WHERE id = ${importId} FOR UPDATE`;
    if (locked.status === "COMMITTED") return { ok: true as const, done: true, committedUpTo: found.totalRows, totalRows: found.totalRows };
    const after = Math.max(locked.committed_up_to, found.headerRow);
    const rows = await tx.residentImportRow.findMany({
      where: { importId, rowNumber: { gt: after } }, orderBy: { rowNumber: "asc" }, take: COMMIT_CHUNK, select: { rowNumber: true, raw: true, action: true },
    });
    const todo = rows.filter((r) => r.action === "CREATE" || r.action === "UPDATE" || r.action === "UNCHANGED");
    const judged = todo.map((r) => ({ rowNumber: r.rowNumber, ...validateRow(r.raw as string[], mapping) }));
    const niks = judged.map((c) => c.record.nik).filter((n) => n.length === 16);
    const known = new Map((niks.length ? await tx.residentProfile.findMany({ where: { nik: { in: niks } }, select: residentSelect }) : []).map((r) => [r.nik, r]));
    const checked = judged.filter((c) => (known.get(c.record.nik)?.officeId === found.officeId ? keepStored(c.errors) : c.errors).length === 0);
    const kecamatan = office.parent?.type === "KECAMATAN" ? stripPrefix(office.parent.name) : null;
    const creates: { id: string; nik: string; kkNumber: string; fullName: string; birthPlace: string; birthDate: string; sex: string; address: string; rt: string; rw: string; phone: string | null; headOfFamily: boolean }[] = [];
    const updates: { id: string; values: RegisterValues; registerOnly: boolean; rowNumber: number; before: CurrentResident }[] = [];
    const createdRows: { rowNumber: number; id: string }[] = [];
    for (const { rowNumber, record } of checked) {
      const existing = known.get(record.nik);
      if (existing && existing.officeId !== found.officeId) continue; // taken meanwhile by another office: skipped
      const current = existing ? currentOf(existing) : null;
      const plan = planRow(record, current, mapping.familyRole !== undefined);
      if (plan.plan === "CREATE") {
        const v = plan.values;
        const id = `imp${crypto.randomUUID().replace(/-/g, "").slice(0, 22)}`;
        creates.push({
          id, nik: record.nik, kkNumber: v.kkNumber!, fullName: v.fullName!, birthPlace: v.birthPlace!, birthDate: v.birthDate!,
          sex: v.sex!, address: v.address!, rt: v.rt!, rw: v.rw!, phone: v.phone, headOfFamily: v.headOfFamily,
        });
        createdRows.push({ rowNumber, id });
      } else if (plan.plan === "UPDATE") {
        updates.push({ id: current!.id, values: plan.values, registerOnly: plan.registerOnly, rowNumber, before: current! });
      }
    }
    if (creates.length) {
      // One INSERT per chunk (Prisma's createMany plus a re-read of the ids costs several times more).
      const col = <K extends keyof (typeof creates)[number]>(k: K) => creates.map((c) => c[k] as never);
      await tx.$executeRaw`
        INSERT INTO resident_profiles (id, office_id, nik, kk_number, full_name, birth_place, birth_date, sex, address, rt, rw, phone, head_of_family, kelurahan, kecamatan, created_by_id, created_at, updated_at)
        SELECT id, ${found.officeId}, nik, kk, name, place, bd, sex::"Sex", addr, rt, rw, phone, head, ${stripPrefix(office.name)}, ${kecamatan}, ${actor.userId}, now(), now()
        FROM unnest(${col("id")}::text[], ${col("nik")}::text[], ${col("kkNumber")}::text[], ${col("fullName")}::text[], ${col("birthPlace")}::text[],
                    ${col("birthDate")}::date[], ${col("sex")}::text[], ${col("address")}::text[], ${col("rt")}::text[], ${col("rw")}::text[],
                    ${col("phone")}::text[], ${col("headOfFamily")}::boolean[]) AS v(id, nik, kk, name, place, bd, sex, addr, rt, rw, phone, head)`;
    }
    const walkIns = updates.filter((u) => !u.registerOnly);
    const accounts = updates.filter((u) => u.registerOnly);
    if (walkIns.length) {
      const col = <K extends keyof RegisterValues>(k: K) => walkIns.map((u) => u.values[k]);
      await tx.$executeRaw`
        UPDATE resident_profiles p SET kk_number = v.kk, full_name = v.name, birth_place = v.place, birth_date = v.bd, sex = v.sex::"Sex", address = v.addr,
          rt = v.rt, rw = v.rw, phone = v.phone, head_of_family = v.head, updated_at = now()
        FROM (SELECT unnest(${walkIns.map((u) => u.id)}::text[]) id, unnest(${col("kkNumber")}::text[]) kk, unnest(${col("fullName")}::text[]) name,
                     unnest(${col("birthPlace")}::text[]) place, unnest(${col("birthDate")}::date[]) bd, unnest(${col("sex")}::text[]) sex,
                     unnest(${col("address")}::text[]) addr, unnest(${col("rt")}::text[]) rt, unnest(${col("rw")}::text[]) rw,
                     unnest(${col("phone")}::text[]) phone, unnest(${col("headOfFamily")}::boolean[]) head) v
        WHERE p.id = v.id`;
    }
    for (const u of accounts) {
      await tx.residentProfile.update({ where: { id: u.id }, data: { registerData: u.values as unknown as Prisma.InputJsonValue, headOfFamily: u.values.headOfFamily } });
    }
    const applied = [
      ...createdRows.map((c) => ({ rowNumber: c.rowNumber, residentId: c.id, action: "CREATE", before: null as string | null })),
      ...updates.map((u) => ({ rowNumber: u.rowNumber, residentId: u.id, action: "UPDATE", before: JSON.stringify(u.before) })),
    ];
    if (applied.length) {
      await tx.$executeRaw`
        UPDATE resident_import_rows r SET applied = true, resident_id = v.rid, action = v.action::"ImportRowAction", before = v.before
        FROM (SELECT unnest(${applied.map((a) => a.rowNumber)}::int[]) rn, unnest(${applied.map((a) => a.residentId)}::text[]) rid,
                     unnest(${applied.map((a) => a.action)}::text[]) action, unnest(${applied.map((a) => a.before)}::jsonb[]) before) v
        WHERE r.import_id = ${importId} AND r.row_number = v.rn`;
    }
    const last = rows.length ? rows[rows.length - 1].rowNumber : found.totalRows;
    const done = rows.length < COMMIT_CHUNK;
    await tx.residentImport.update({
      where: { id: importId },
      data: done ? { status: "COMMITTED", committedUpTo: found.totalRows, committedAt: new Date() } : { status: "COMMITTING", committedUpTo: last },
    });
    if (done) {
      const applied = await tx.residentImportRow.groupBy({ by: ["action"], where: { importId, applied: true }, _count: { _all: true } });
      await recordAudit(actor, "resident.imported", { type: "resident_import", id: importId }, { counts: applied.map((a) => [a.action, a._count._all]) } as Prisma.InputJsonValue, tx);
    }
    return { ok: true as const, done, committedUpTo: done ? found.totalRows : last, totalRows: found.totalRows };
  }, { timeout: 60_000 });
}

/**
 * Starts the commit. A small file is applied by the page itself, chunk by chunk (`inline`: the
 * caller loops over commitImportChunk, quick and with live progress); a large one is handed to
 * the worker (`background`): the page only shows the progress stored in the import row, and closing
 * the tab or signing out does not stop it. Under the import row's lock, so two clicks or two tabs
 * queue one job; a job that gave up can be started again and continues where it stopped.
 */
export async function startImportCommit(actor: Actor, importId: string, backgroundFrom = BACKGROUND_COMMIT_ROWS): Promise<Result<{ mode: "inline" | "background" }>> {
  const found = await ownImport(actor, importId);
  if (!found) return { ok: false, error: "not_found" };
  if (found.status === "COMMITTED") return { ok: true, mode: "inline" };
  if (found.status !== "VALIDATED" && found.status !== "COMMITTING") return { ok: false, error: "invalid_state" };
  if (found.totalRows - found.headerRow < backgroundFrom) return { ok: true, mode: "inline" };
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM resident_imports WHERE id = ${importId} FOR UPDATE`;
    if (locked.status === "COMMITTED") return { ok: true as const, mode: "inline" as const };
    if (locked.status !== "VALIDATED" && locked.status !== "COMMITTING") return { ok: false as const, error: "invalid_state" as const };
    if ((await tx.job.count({ where: activeCommitJobWhere(importId) })) === 0) {
      await tx.residentImport.update({ where: { id: importId }, data: { status: "COMMITTING" } });
      await enqueueJob(tx, IMPORT_COMMIT_JOB, { importId, userId: actor.userId }, { maxAttempts: 5 });
      await recordAudit(actor, "resident.import_commit_queued", { type: "resident_import", id: importId }, { rows: found.totalRows - found.headerRow }, tx);
    }
    return { ok: true as const, mode: "background" as const };
  });
}

/**
 * Undoes a committed import as one transaction: changed residents get their previous values back,
 * residents it created are removed unless they have since registered an account or have requests,
 * complaints or queue tickets (those are kept and counted). Only the office's latest import can be
 * undone, so an older batch never overwrites what a newer one wrote.
 */
export async function undoImport(actor: Actor, importId: string): Promise<Result<{ restored: number; removed: number; kept: number }>> {
  const found = await ownImport(actor, importId);
  if (!found) return { ok: false, error: "not_found" };
  if (found.status !== "COMMITTED") return { ok: false, error: "invalid_state" };
  const newer = await db.residentImport.count({ where: { officeId: found.officeId, status: { in: ["COMMITTED", "COMMITTING"] }, createdAt: { gt: found.createdAt } } });
  if (newer) return { ok: false, error: "undo_blocked" };
  return db.$transaction(async (tx) => {
    const restored = await tx.$executeRaw`
      UPDATE resident_profiles p SET kk_number = b->>'kkNumber', full_name = b->>'fullName', birth_place = b->>'birthPlace', birth_date = (b->>'birthDate')::date,
        sex = (b->>'sex')::"Sex", address = b->>'address', rt = b->>'rt', rw = b->>'rw', phone = b->>'phone', head_of_family = (b->>'headOfFamily')::boolean,
        register_data = b->'registerData', updated_at = now()
      FROM (SELECT resident_id, before AS b FROM resident_import_rows WHERE import_id = ${importId} AND applied AND action = 'UPDATE') r
      WHERE p.id = r.resident_id`;
    const removed = await tx.$executeRaw`
      DELETE FROM resident_profiles p USING resident_import_rows r
      WHERE r.import_id = ${importId} AND r.applied AND r.action = 'CREATE' AND p.id = r.resident_id AND p.user_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM service_requests s WHERE s.resident_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.resident_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM queue_tickets q WHERE q.resident_id = p.id)`;
    const created = await tx.residentImportRow.count({ where: { importId, applied: true, action: "CREATE" } });
    await tx.residentImportRow.updateMany({ where: { importId }, data: { applied: false } });
    await tx.residentImport.update({ where: { id: importId }, data: { status: "UNDONE", undoneAt: new Date() } });
    await recordAudit(actor, "resident.import_undone", { type: "resident_import", id: importId }, { restored, removed, kept: created - removed }, tx);
    return { ok: true as const, restored, removed, kept: created - removed };
  }, { timeout: 120_000 });
}
