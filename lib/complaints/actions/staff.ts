"use server";

import { action, fail } from "@/lib/action";
import { fileWalkInComplaint } from "../mutations/file";
import { completeComplaint, disposeComplaint, recordFollowUp, rejectComplaint, verifyComplaint } from "../mutations/workflow";
import { completeSchema, disposeSchema, followUpSchema, rejectSchema, verifySchema, walkInSchema } from "../schema";
import { complaintForm, numberField, photosOf, textFields } from "./form-data";

const staffPaths = (input: { id: string }) => [`/petugas/pengaduan/${input.id}`, "/petugas/pengaduan"];
const handle = { permission: "complaint.handle", revalidate: staffPaths } as const;

export const verifyAction = action({ ...handle, schema: verifySchema }, ({ actor, input }) => verifyComplaint(actor, input));
export const rejectAction = action({ ...handle, schema: rejectSchema }, ({ actor, input }) => rejectComplaint(actor, input));
export const disposeAction = action({ ...handle, schema: disposeSchema }, ({ actor, input }) => disposeComplaint(actor, input));
export const completeAction = action({ ...handle, schema: completeSchema }, ({ actor, input }) => completeComplaint(actor, input));

/** Multipart: the follow-up's fields plus result photos under "photos". */
export const followUpAction = action(
  {
    ...handle,
    schema: followUpSchema,
    input: (raw) => {
      const form = raw as FormData;
      return { ...textFields(form, ["id", "actionDate", "note"]), version: numberField(form, "version") };
    },
  },
  async ({ actor, input, raw }) => {
    const photos = await photosOf(raw as FormData);
    if (!photos.ok) return fail("upload", { photos: photos.error });
    return recordFollowUp(actor, input, photos.photos);
  },
);

/** Multipart: a complaint told at the desk, a Balai RW post or by WhatsApp. */
export const walkInAction = action(
  {
    permission: "complaint.handle",
    schema: walkInSchema,
    input: complaintForm(["classification", "categoryId", "title", "description", "locationText", "privacy", "channel", "reporterNik"]),
    revalidate: ["/petugas/pengaduan"],
  },
  async ({ actor, input, raw }) => {
    const photos = await photosOf(raw as FormData);
    if (!photos.ok) return fail("upload", { photos: photos.error });
    const result = await fileWalkInComplaint(actor, input, photos.photos);
    return result.ok ? { ok: true as const, id: result.id, ticket: result.ticket } : result;
  },
);
