// A large register file is committed by the worker's job drain, not the staff member's tab: one job
// per import however often "Simpan" is pressed, progress in the import row, and a worker that
// stops mid-file leaves the job queued to continue after the last committed chunk.
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { jobDrain } from "@/lib/jobs/drain";
import { registerHeader, registerRow, toCsv } from "@/test/support/register-file";
import { seedBase } from "../../../prisma/seed/base";
import { seedClient } from "../../../prisma/seed/client";
import { commitImportJob } from "./commit-job";
import { matchColumns } from "./columns";
import { getImport } from "./data";
import { COMMIT_CHUNK, IMPORT_COMMIT_JOB, configureImport, stageImport, startImportCommit } from "./mutations";
import { readRows } from "./parse";

let staff: Actor;
let otherStaff: Actor;

beforeAll(async () => {
  const client = seedClient();
  const seed = await seedBase(client);
  await client.$disconnect();
  staff = (await loadActor(seed.users.petugas))!;
  otherStaff = (await loadActor(seed.users.petugasTengah))!;
});

async function validated(rows: number, region: string) {
  const csv = toCsv([registerHeader, ...Array.from({ length: rows }, (_, i) => registerRow(i, region))]);
  const staged = await stageImport(staff, "penduduk.csv", readRows(Readable.from([Buffer.from(csv, "utf8")]), "csv"));
  if (!staged.ok) throw new Error(staged.error);
  expect((await configureImport(staff, staged.importId, 1, matchColumns(registerHeader))).ok).toBe(true);
  return staged.importId;
}

const drain = (signal?: AbortSignal) => jobDrain({ [IMPORT_COMMIT_JOB]: commitImportJob }, { batchSize: 1, concurrency: 1, retryBaseMs: 0, signal, log: () => {} });
const residents = (region: string) => db.residentProfile.count({ where: { nik: { startsWith: region } } });

describe("resident import commit in the background", () => {
  it("a small file stays with the page (inline); a large one is queued once and committed by the worker", async () => {
    const small = await validated(20, "320102");
    expect(await startImportCommit(staff, small)).toEqual({ ok: true, mode: "inline" });
    expect(await db.job.count({ where: { kind: IMPORT_COMMIT_JOB } })).toBe(0);

    const large = await validated(5_000, "320103");
    expect(await startImportCommit(staff, large)).toEqual({ ok: true, mode: "background" });
    expect(await startImportCommit(staff, large)).toEqual({ ok: true, mode: "background" }); // a second click, another tab
    expect(await db.job.count({ where: { kind: IMPORT_COMMIT_JOB } })).toBe(1);
    expect(await startImportCommit(otherStaff, large)).toEqual({ ok: false, error: "not_found" });
    expect(await getImport(staff, large)).toMatchObject({ status: "COMMITTING", background: "running", committedUpTo: 0 });

    await drain().runBatch("vitest");
    expect(await getImport(staff, large)).toMatchObject({ status: "COMMITTED", background: null, createRows: 5_000 });
    expect(await residents("320103")).toBe(5_000);
    expect(await db.job.findFirst({ where: { kind: IMPORT_COMMIT_JOB }, select: { status: true } })).toEqual({ status: "DONE" });
  });

  it("a worker that shuts down mid-file stops after a chunk; the next run continues where it stopped", async () => {
    const id = await validated(6_000, "320104");
    expect((await startImportCommit(staff, id)).ok).toBe(true);
    const stopping = new AbortController();
    stopping.abort();
    await drain(stopping.signal).runBatch("worker-1");
    const halfway = await getImport(staff, id);
    expect(halfway).toMatchObject({ status: "COMMITTING", background: "running", committedUpTo: COMMIT_CHUNK + 1 }); // line 1 is the header
    expect(await residents("320104")).toBe(COMMIT_CHUNK);

    await drain().runBatch("worker-2");
    expect(await getImport(staff, id)).toMatchObject({ status: "COMMITTED" });
    expect(await residents("320104")).toBe(6_000);
  });
});
