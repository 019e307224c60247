"use server";
import { action } from "@/lib/action";
import { ingestFormFile } from "@/lib/storage/ingest";
import { confirmOtherOfficeResident, findResidentByNik } from "../data/staff/walk-in";
import { runBulk } from "../mutations/staff/bulk";
import { createWalkInRequest } from "../mutations/staff/walk-in";
import {
  addNote,
  assignRequest,
  completeOnSpot,
  completeRequest,
  recordHandover,
  rejectRequest,
  requestCorrection,
  startProcessing,
  verifyAndProcess,
  verifyRequest,
} from "../mutations/staff/workflow";
import { checkBeforeUpload } from "../mutations/staff/precheck";
import { assignSchema, bulkSchema, completeSchema, correctionSchema, handoverSchema, noteSchema, rejectSchema, simpleTransitionSchema } from "../staff-schema";
import { fail } from "../staff-result";
import { nikLookupSchema, otherOfficeConfirmSchema, walkInSchema } from "../walk-in-schema";

// Through the pipeline: session and the queue permission, the shared schema, the domain step
// (which checks the record's office and unit), then revalidation of the queue and the record.

const queue = { permission: "request.queue", revalidate: (i: { id: string }) => [`/petugas/permohonan/${i.id}`, "/petugas/permohonan"] } as const;

export const assignAction = action({ ...queue, schema: assignSchema }, ({ actor, input }) => assignRequest(actor, input));
export const verifyAction = action({ ...queue, schema: simpleTransitionSchema }, ({ actor, input }) => verifyRequest(actor, input));
export const processAction = action({ ...queue, schema: simpleTransitionSchema }, ({ actor, input }) => startProcessing(actor, input));
export const verifyAndProcessAction = action({ ...queue, schema: simpleTransitionSchema }, ({ actor, input }) => verifyAndProcess(actor, input));
export const completeOnSpotAction = action({ ...queue, schema: simpleTransitionSchema }, ({ actor, input }) => completeOnSpot(actor, input));
export const handoverAction = action({ ...queue, schema: handoverSchema }, ({ actor, input }) => recordHandover(actor, input));
export const correctionAction = action({ ...queue, schema: correctionSchema }, ({ actor, input }) => requestCorrection(actor, input));
export const rejectAction = action({ ...queue, schema: rejectSchema }, ({ actor, input }) => rejectRequest(actor, input));
export const noteAction = action({ ...queue, schema: noteSchema }, ({ actor, input }) => addNote(actor, input));

/** Completion comes as FormData because it may carry the result PDF. */
export const completeAction = action(
  {
    ...queue,
    schema: completeSchema,
    input: (raw) => {
      const form = raw as FormData;
      return {
        id: form.get("id"), version: form.get("version"), mode: form.get("mode"),
        note: form.get("note") ?? undefined, pickupNote: form.get("pickupNote") ?? undefined,
      };
    },
  },
  async ({ actor, input, raw }) => {
    if (input.mode === "pickup") return completeRequest(actor, input);
    // Refuse a stale or invalid completion before storing the file, so nothing is left orphaned.
    const pre = await checkBeforeUpload(actor, input, "complete");
    if (!pre.ok) return pre;
    const file = (raw as FormData).get("file");
    const stored = await ingestFormFile(file, { accept: ["application/pdf"], maxBytes: 10 * 1024 * 1024, officeId: actor.officeId, ownerId: actor.userId });
    if (!stored.ok) return fail(stored.error, { file: stored.error });
    return completeRequest(actor, { id: input.id, version: input.version, note: input.note, resultFileId: stored.file.id });
  },
);

export const bulkAction = action({ permission: "request.queue", schema: bulkSchema, revalidate: ["/petugas/permohonan"] }, ({ actor, input }) =>
  runBulk(actor, input),
);

export const lookupResidentAction = action({ permission: "request.assisted", schema: nikLookupSchema }, async ({ actor, input }) => ({
  ok: true as const,
  ...(await findResidentByNik(actor, input.nik)),
}));

/** A resident registered at another office, present at the desk: NIK + KTP name + reason (issue 17). */
// Limited per officer: each try tests a name against a NIK, and a desk serves a few such residents an hour.
export const confirmOtherOfficeResidentAction = action(
  { permission: "request.assisted", schema: otherOfficeConfirmSchema, rateLimit: { name: "walk-in-other-office", limit: 20, windowSeconds: 600, by: "actor" } },
  async ({ actor, input }) => ({
    ok: true as const,
    ...(await confirmOtherOfficeResident(actor, input)),
  }),
);

/** The walk-in form posts JSON for its fields plus one file per document requirement ("file:<code>"). */
export const walkInAction = action(
  {
    permission: "request.assisted",
    schema: walkInSchema,
    input: (raw) => JSON.parse(String((raw as FormData).get("payload") ?? "{}")),
    revalidate: ["/petugas/permohonan"],
  },
  async ({ actor, input, raw }) => {
    const files = new Map<string, File>();
    for (const [key, value] of (raw as FormData).entries()) {
      if (key.startsWith("file:") && typeof value !== "string" && value.size > 0) files.set(key.slice(5), value);
    }
    return createWalkInRequest(actor, input, files);
  },
);
