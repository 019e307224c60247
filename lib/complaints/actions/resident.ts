"use server";

import { action, fail } from "@/lib/action";
import { fileComplaint } from "../mutations/file";
import { confirmComplaint, reopenComplaint } from "../mutations/reporter";
import { complaintContentSchema, confirmSchema, reopenSchema } from "../schema";
import { COMPLAINT_CONTENT_FIELDS as CONTENT_FIELDS, complaintForm, photosOf } from "./form-data";

/** Multipart: the complaint's fields plus up to three photos under "photos". */
export const fileComplaintAction = action(
  { permission: "complaint.file", schema: complaintContentSchema, input: complaintForm(CONTENT_FIELDS), revalidate: ["/warga/pengaduan"] },
  async ({ actor, raw, input }) => {
    const photos = await photosOf(raw as FormData);
    if (!photos.ok) return fail("upload", { photos: photos.error });
    const result = await fileComplaint(actor, input, photos.photos);
    return result.ok ? { ok: true as const, id: result.id, ticket: result.ticket } : result;
  },
);

export const confirmComplaintAction = action(
  { permission: "complaint.file", schema: confirmSchema, revalidate: (i) => [`/warga/pengaduan/${i.id}`] },
  ({ actor, input }) => confirmComplaint(actor, input),
);

export const reopenComplaintAction = action(
  { permission: "complaint.file", schema: reopenSchema, revalidate: (i) => [`/warga/pengaduan/${i.id}`] },
  ({ actor, input }) => reopenComplaint(actor, input),
);
