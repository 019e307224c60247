import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/types";
import { registerHeader, registerRow, toCsv } from "@/test/support/register-file";
import { seedBase, type SeedContext } from "../../../prisma/seed/base";
import { seedClient } from "../../../prisma/seed/client";
import { matchColumns } from "./columns";
import { commitImportChunk, configureImport, fixImportRow, stageImport, undoImport } from "./mutations";
import { readRows } from "./parse";

let seed: SeedContext;
let staff: Actor;
let otherStaff: Actor;

beforeAll(async () => {
  const client = seedClient();
  seed = await seedBase(client);
  await client.$disconnect();
  staff = (await loadActor(seed.users.petugas))!;
  otherStaff = (await loadActor(seed.users.petugasTengah))!;
});

async function importCsv(actor: Actor, csv: string, headerRow: number) {
  const staged = await stageImport(actor, "penduduk.csv", readRows(Readable.from([Buffer.from(csv, "utf8")]), "csv"));
  if (!staged.ok) throw new Error(staged.error);
  const header = await db.residentImportRow.findUniqueOrThrow({ where: { importId_rowNumber: { importId: staged.importId, rowNumber: headerRow } } });
  const configured = await configureImport(actor, staged.importId, headerRow, matchColumns(header.raw as string[]));
  expect(configured.ok).toBe(true);
  return staged.importId;
}

async function commitAll(actor: Actor, importId: string) {
  for (let i = 0; i < 100; i++) {
    const step = await commitImportChunk(actor, importId);
    if (!step.ok) throw new Error(step.error);
    if (step.done) return;
  }
  throw new Error("commit did not finish");
}

const ROWS = 10_000;
// File line of data row i: line 1 is a title, line 2 the header.
const line = (i: number) => i + 3;

function plantedFile() {
  const rows = Array.from({ length: ROWS }, (_, i) => registerRow(i));
  const planted = new Set<number>();
  const plant = (i: number, change: (r: string[]) => void) => {
    change(rows[i]);
    planted.add(line(i));
  };
  for (let k = 0; k < 10; k++) plant(101 + k * 7, (r) => (r[5] = r[5] === "PEREMPUAN" ? "LAKI-LAKI" : "PEREMPUAN")); // sex against the +40 rule
  for (let k = 0; k < 5; k++) plant(1001 + k * 11, (r) => (r[4] = "31-02-1990")); // impossible date
  for (let k = 0; k < 5; k++) plant(2001 + k * 13, (r) => (r[1] = r[1].slice(0, 15))); // KK of 15 digits
  for (let k = 0; k < 5; k++) plant(3001 + k * 17, (r) => (r[0] = r[0].slice(0, 14))); // NIK of 14 digits
  for (let k = 0; k < 3; k++) plant(4001 + k * 19, (r) => (r[2] = "")); // no name
  for (const [a, b] of [[5001, 5003], [6001, 6005]]) {
    // The same person twice: both lines are marked.
    plant(b, (r) => r.splice(0, r.length, ...rows[a].slice(0, 2), `${rows[a][2]} (DUPLIKAT)`, ...rows[a].slice(3)));
    planted.add(line(a));
  }
  plant(7001, (r) => (r[9] = "KEPALA KELUARGA")); // second head of the KK of row 7000
  planted.add(line(7000));
  for (const i of [8001, 8002, 8003]) planted.add(line(i)); // NIKs registered at Kelurahan Tengah (below)
  // Invisible characters from a spreadsheet are stripped, not errors.
  rows[9001][0] = `\u200B${rows[9001][0]}\uFEFF`;
  rows[9002][2] = `WARGA\u00A09002`;
  return { csv: toCsv([["DATA PENDUDUK KELURAHAN PAKANSARI"], registerHeader, ...rows]), planted };
}

describe("resident register import", () => {
  let first: string;

  it("reports exactly the 37 planted errors of a 10,000-row file, every error of a row, and commits the rest", { timeout: 180_000 }, async () => {
    const { csv, planted } = plantedFile();
    expect(planted.size).toBe(37);
    for (const i of [8001, 8002, 8003]) {
      const r = registerRow(i);
      await db.residentProfile.create({
        data: { officeId: seed.offices.tengah.id, nik: r[0], kkNumber: r[1], fullName: r[2], birthPlace: "BOGOR", birthDate: new Date("1990-01-01"), sex: "L", address: "X", rt: "001", rw: "001", kelurahan: "Tengah" },
      });
    }
    first = await importCsv(staff, csv, 2);
    const summary = await db.residentImport.findUniqueOrThrow({ where: { id: first } });
    expect(summary).toMatchObject({ status: "VALIDATED", totalRows: ROWS + 2, errorRows: 37, createRows: ROWS - 37, updateRows: 0 });
    const errorRows = await db.residentImportRow.findMany({ where: { importId: first, action: "ERROR" }, select: { rowNumber: true, errors: true } });
    expect(new Set(errorRows.map((r) => r.rowNumber))).toEqual(planted);
    const byLine = new Map(errorRows.map((r) => [r.rowNumber, r.errors]));
    expect(byLine.get(line(101))).toEqual(["sex:sex_nik_mismatch"]);
    expect(byLine.get(line(1001))).toEqual(["birthDate:birth_date_invalid"]);
    expect(byLine.get(line(2001))).toEqual(["kkNumber:kk_length"]);
    expect(byLine.get(line(5001))).toEqual(["nik:nik_duplicate_file"]);
    expect(byLine.get(line(7000))).toEqual(["familyRole:head_duplicate"]);
    expect(byLine.get(line(8001))).toEqual(["nik:nik_other_office"]);
    // A 14-digit NIK cannot be decoded, so no sex or date comparison is added to it.
    expect(byLine.get(line(3001))).toEqual(["nik:nik_length"]);

    await commitAll(staff, first);
    const created = await db.residentProfile.count({ where: { officeId: seed.offices.pakansari.id, createdById: staff.userId } });
    expect(created).toBe(ROWS - 37);
    const stripped = await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(9001)[0] } });
    expect(stripped.fullName).toBe("WARGA 9001");
    expect((await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(9002)[0] } })).fullName).toBe("WARGA 9002");
    expect((await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(0)[0] } })).headOfFamily).toBe(true);
  });

  it("a second import of the same file changes nothing", { timeout: 180_000 }, async () => {
    const { csv } = plantedFile();
    const before = await db.residentProfile.aggregate({ where: { officeId: seed.offices.pakansari.id }, _count: { _all: true }, _max: { updatedAt: true } });
    const again = await importCsv(staff, csv, 2);
    expect(await db.residentImport.findUniqueOrThrow({ where: { id: again } })).toMatchObject({ createRows: 0, updateRows: 0, unchangedRows: ROWS - 37, errorRows: 37 });
    await commitAll(staff, again);
    const after = await db.residentProfile.aggregate({ where: { officeId: seed.offices.pakansari.id }, _count: { _all: true }, _max: { updatedAt: true } });
    expect(after).toEqual(before);
  });

  it("fixes a bad row inline, never erases with an empty cell, and undoes a batch", async () => {
    const rows = [registerRow(10), registerRow(11), registerRow(12)];
    rows[0][6] = "JL. BARU NO. 1"; // changed address
    rows[1][6] = ""; // empty: keeps the stored address
    rows[1][7] = "009";
    rows[2][4] = "32-13-1990"; // bad date, fixed below
    const id = await importCsv(staff, toCsv([registerHeader, ...rows]), 1);
    expect(await db.residentImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ updateRows: 2, errorRows: 1 });
    // Another office's staff cannot touch this import.
    expect(await fixImportRow(otherStaff, id, 4, { birthDate: registerRow(12)[4] })).toEqual({ ok: false, error: "not_found" });
    expect(await fixImportRow(staff, id, 4, { birthDate: registerRow(12)[4], address: "JL. KOREKSI 3" })).toEqual({ ok: true });
    expect(await db.residentImport.findUniqueOrThrow({ where: { id } })).toMatchObject({ updateRows: 3, errorRows: 0 });
    const diff = await db.residentImportRow.findUniqueOrThrow({ where: { importId_rowNumber: { importId: id, rowNumber: 3 } } });
    expect((diff.data as { changed: string[] }).changed).toEqual(["rt"]);

    await commitAll(staff, id);
    const r11 = await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(11)[0] } });
    expect(r11).toMatchObject({ address: "JL. CONTOH NO. 11", rt: "009" });
    expect((await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(10)[0] } })).address).toBe("JL. BARU NO. 1");

    // The first import cannot be undone over this newer one.
    expect(await undoImport(staff, first)).toEqual({ ok: false, error: "undo_blocked" });
    const undone = await undoImport(staff, id);
    expect(undone).toMatchObject({ ok: true, restored: 3, removed: 0 });
    expect(await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(10)[0] } })).toMatchObject({ address: "JL. CONTOH NO. 10" });
    expect(await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(11)[0] } })).toMatchObject({ rt: "003" });
    expect(await db.residentProfile.findUniqueOrThrow({ where: { nik: registerRow(12)[0] } })).toMatchObject({ address: "JL. CONTOH NO. 12" });
  });

  it("keeps a resident's own declaration and stores the register's values beside it", async () => {
    const siti = ["3201014506900002", "3201010101150007", "SITI AMINAH BINTI H. UMAR", "BOGOR", "05-06-1990", "P", "JL. MELATI NO. 7", "003", "005", "ISTRI"];
    const id = await importCsv(staff, toCsv([registerHeader, siti]), 1);
    await commitAll(staff, id);
    const profile = await db.residentProfile.findUniqueOrThrow({ where: { nik: siti[0] } });
    expect(profile.fullName).toBe("Siti Aminah");
    expect(profile.registerData).toMatchObject({ fullName: "SITI AMINAH BINTI H. UMAR" });
  });
});
