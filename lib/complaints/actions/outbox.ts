import "server-only";
import { action, fail } from "@/lib/action";
import { fileComplaint } from "../mutations/file";
import { complaintContentSchema } from "../schema";
import { COMPLAINT_CONTENT_FIELDS, complaintForm, photosOf } from "./form-data";

/**
 * The resident's complaint as the phone's outbox sends it (app/api/complaints/submit): the same
 * pipeline, checks and schema as fileComplaintAction, plus the submission's idempotency key, so a
 * resend after a lost answer returns the first ticket instead of filing a second complaint.
 */
export function fileComplaintOnce(idempotencyKey: string) {
  return action(
    { permission: "complaint.file", schema: complaintContentSchema, input: complaintForm(COMPLAINT_CONTENT_FIELDS), revalidate: ["/warga/pengaduan"] },
    async ({ actor, raw, input }) => {
      const photos = await photosOf(raw as FormData);
      if (!photos.ok) return fail("upload", { photos: photos.error });
      const result = await fileComplaint(actor, input, photos.photos, idempotencyKey);
      return result.ok ? { ok: true as const, id: result.id, ticket: result.ticket } : result;
    },
  );
}
