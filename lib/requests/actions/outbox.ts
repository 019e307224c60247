import "server-only";
import { action } from "@/lib/action";
import { saveDraftValues, submitOrResubmit } from "../mutations/resident";
import { sendSchema } from "../schema";

/** The outbox's multipart form: every text entry is a field value by its requirement code. */
const sendForm = (requestId: string, idempotencyKey: string) => (raw: unknown) => {
  if (!(raw instanceof FormData)) throw new TypeError("multipart form expected");
  const values = Object.fromEntries([...raw.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  return { requestId, idempotencyKey, values };
};

/**
 * The apply form's "Kirim" as the phone's outbox sends it (app/api/warga/permohonan/[id]/kirim):
 * the values typed while offline are saved to the draft, then the request is submitted (or
 * resubmitted) by submitOrResubmit, with the submission's idempotency key,
 * so a resend after a lost answer is applied once and answers the first one's number.
 */
export function sendRequestOnce(requestId: string, idempotencyKey: string) {
  return action(
    {
      permission: "request.apply",
      schema: sendSchema,
      input: sendForm(requestId, idempotencyKey),
      revalidate: (input) => [{ layout: `/warga/permohonan/${input.requestId}` }, "/warga/permohonan", "/warga"],
    },
    async ({ actor, input }) => {
      if (Object.keys(input.values).length) {
        const saved = await saveDraftValues(actor, input.requestId, input.values);
        // Not editable any more is either a resend of a send that went through (answered below from
        // the key) or a request that cannot be sent, which the submit refuses the same way.
        if (!saved.ok && saved.error !== "invalid_transition") return saved;
      }
      const result = await submitOrResubmit(actor, input.requestId, input.idempotencyKey);
      if (!result.ok) return result;
      return { ok: true as const, requestId: input.requestId, number: "number" in result ? result.number : null };
    },
  );
}
