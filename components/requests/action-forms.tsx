"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { textFor } from "@/i18n/fill";
import { cancelRequestAction, confirmReceiptAction } from "@/lib/requests/actions/resident";
import type { ActionLabels } from "./labels";

// Small forms on the request page (the draft's "Hapus draf" is ./discard-draft-form, so the apply
// form's page carries only that one). They work as plain forms; the confirm step avoids a stray tap.

export function CancelRequestForm({ requestId, labels: L }: { requestId: string; labels: ActionLabels }) {
  const [state, action, pending] = useActionState(cancelRequestAction, null);
  const [open, setOpen] = useState(false);
  if (state?.ok) return <FormAlert tone="success">{L.detail.cancelled}</FormAlert>;
  return (
    <div>
      {state && !state.ok ? <div className="mb-2"><FormAlert>{textFor(L.errors, state.error, L.errors.invalid)}</FormAlert></div> : null}
      {!open ? (
        <>
          <Button variant="secondary" onClick={() => setOpen(true)}>{L.detail.cancel}</Button>
          <p className="mt-1 text-sm text-slate-600">{L.detail.cancelHint}</p>
        </>
      ) : (
        <form action={action} className="space-y-3">
          <input type="hidden" name="requestId" value={requestId} />
          <Field id="cancel-reason" label={L.detail.cancelReason}>
            {(aria) => <Textarea {...aria} name="reason" rows={2} maxLength={500} />}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>{L.detail.cancelConfirm}</Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>{L.form.back}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

export function ConfirmReceiptForm({ requestId, labels: L }: { requestId: string; labels: ActionLabels }) {
  const [state, action, pending] = useActionState(confirmReceiptAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      {state && !state.ok ? <FormAlert>{textFor(L.errors, state.error, L.errors.invalid)}</FormAlert> : null}
      <Button type="submit" disabled={pending || Boolean(state?.ok)} className="w-full sm:w-auto">{L.detail.confirm}</Button>
      <p className="text-sm text-slate-600">{L.detail.confirmHint}</p>
    </form>
  );
}
