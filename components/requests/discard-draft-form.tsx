"use client";
import { useState, type ComponentType } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import type { ActionLabels } from "./labels";

type ConfirmProps = { requestId: string; labels: ActionLabels; onBack: () => void };

/**
 * "Hapus draf" under the apply form. Rarely used, so its confirm step and server action are loaded
 * on the first tap (issue 16: the apply page's first-load JavaScript stays within 15 KB); deleting
 * needs the signal anyway.
 */
export function DiscardDraftForm({ requestId, labels: L }: { requestId: string; labels: ActionLabels }) {
  const [Confirm, setConfirm] = useState<ComponentType<ConfirmProps> | null>(null);
  const [offline, setOffline] = useState(false);
  if (Confirm) return <Confirm requestId={requestId} labels={L} onBack={() => setConfirm(null)} />;
  const open = () =>
    import("./discard-draft-confirm").then(
      (m) => (setOffline(false), setConfirm(() => m.DiscardDraftConfirm)),
      () => setOffline(true),
    );
  return (
    <div>
      {offline ? <div className="mb-2"><FormAlert>{L.form.discardOffline}</FormAlert></div> : null}
      <Button variant="ghost" onClick={open}>{L.form.discard}</Button>
    </div>
  );
}
