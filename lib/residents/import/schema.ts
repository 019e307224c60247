import { z } from "zod";
import { importFields } from "./columns";

const id = z.string().min(1).max(40);

export const configureImportSchema = z.object({
  importId: id,
  headerRow: z.coerce.number().int().min(1).max(50),
  // Column index per field; "" or -1 = not in the file.
  mapping: z.record(z.enum(importFields), z.coerce.number().int().min(-1).max(500)),
});

export const fixRowSchema = z.object({
  importId: id,
  rowNumber: z.coerce.number().int().min(1),
  // Only the mapped columns are sent: a partial record (zod 4's z.record over an enum demands every key).
  values: z.partialRecord(z.enum(importFields), z.string().max(500)),
});

export const importIdSchema = z.object({ importId: id });

/** What the upload form sends: the file, read by the action as a stream. */
export const uploadImportSchema = z.object({
  file: z.instanceof(File, { message: "file_required" }).refine((f) => f.size > 0, "file_required").refine((f) => f.size <= 12 * 1024 * 1024, "file_too_large"),
});
