"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { textFor } from "@/i18n/fill";
import { discardDraftAction } from "@/lib/requests/actions/resident";
import type { ActionLabels } from "./labels";

/** The confirm step of "Hapus draf" (./discard-draft-form loads it on the first tap). */
export function DiscardDraftConfirm({ requestId, labels: L, onBack }: { requestId: string; labels: ActionLabels; onBack: () => void }) {
  const [state, action, pending] = useActionState(discardDraftAction, null);
  return (
    <div>
      {state && !state.ok ? <div className="mb-2"><FormAlert>{textFor(L.errors, state.error, L.errors.invalid)}</FormAlert></div> : null}
      <form action={action} className="space-y-2">
        <input type="hidden" name="requestId" value={requestId} />
        <p>{L.form.discardConfirm}</p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="danger" disabled={pending}>{L.form.discardYes}</Button>
          <Button variant="secondary" onClick={onBack}>{L.form.back}</Button>
        </div>
      </form>
    </div>
  );
}
