"use server";

import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { action } from "@/lib/action";
import { commitImportChunk, configureImport, fixImportRow, stageImport, startImportCommit, undoImport } from "./mutations";
import { detectKind, readRows } from "./parse";
import { configureImportSchema, fixRowSchema, importIdSchema, uploadImportSchema } from "./schema";

const page = (id: string) => `/petugas/warga/impor/${id}`;

export const uploadImportAction = action(
  {
    permission: "resident.register",
    schema: uploadImportSchema,
    input: (raw) => ({ file: raw instanceof FormData ? raw.get("file") : undefined }),
    rateLimit: { name: "resident-import", limit: 30, windowSeconds: 60 * 60, by: "actor" },
  },
  async ({ actor, input }) => {
    const head = new Uint8Array(await input.file.slice(0, 4).arrayBuffer());
    const stream = Readable.fromWeb(input.file.stream() as unknown as WebReadableStream);
    return stageImport(actor, input.file.name, readRows(stream, detectKind(head)));
  },
);

export const configureImportAction = action(
  { permission: "resident.register", schema: configureImportSchema, revalidate: (i) => [page(i.importId)] },
  ({ actor, input }) => configureImport(actor, input.importId, input.headerRow, Object.fromEntries(Object.entries(input.mapping).filter(([, v]) => v >= 0))),
);

export const fixImportRowAction = action(
  { permission: "resident.register", schema: fixRowSchema, revalidate: (i) => [page(i.importId)] },
  ({ actor, input }) => fixImportRow(actor, input.importId, input.rowNumber, input.values),
);

/** Small files: `inline` (the page then calls commitImportChunkAction until done); large: `background` (the worker). */
export const startImportCommitAction = action(
  { permission: "resident.register", schema: importIdSchema, revalidate: (i) => [page(i.importId)] },
  ({ actor, input }) => startImportCommit(actor, input.importId),
);

export const commitImportChunkAction = action(
  { permission: "resident.register", schema: importIdSchema },
  ({ actor, input }) => commitImportChunk(actor, input.importId),
);

export const undoImportAction = action(
  { permission: "resident.register", schema: importIdSchema, revalidate: (i) => [page(i.importId), "/petugas/warga"] },
  ({ actor, input }) => undoImport(actor, input.importId),
);
