"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { textFor } from "@/i18n/fill";
import { discardDraftAction } from "@/lib/requests/actions/resident";
import type { ActionLabels } from "./labels";

/** "Hapus draf" under the apply form, with a confirm step against a stray tap. */
export function DiscardDraftForm({ requestId, labels: L }: { requestId: string; labels: ActionLabels }) {
  const [state, action, pending] = useActionState(discardDraftAction, null);
  const [open, setOpen] = useState(false);
  return (
    <div>
      {state && !state.ok ? <div className="mb-2"><FormAlert>{textFor(L.errors, state.error, L.errors.invalid)}</FormAlert></div> : null}
      {!open ? (
        <Button variant="ghost" onClick={() => setOpen(true)}>{L.form.discard}</Button>
      ) : (
        <form action={action} className="space-y-2">
          <input type="hidden" name="requestId" value={requestId} />
          <p>{L.form.discardConfirm}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>{L.form.discardYes}</Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>{L.form.back}</Button>
          </div>
        </form>
      )}
    </div>
  );
}
