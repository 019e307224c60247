"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { cancelRequestAction, confirmReceiptAction, discardDraftAction } from "@/lib/requests/actions";

// Small forms on the request pages. They work as plain forms; the confirm step avoids a stray tap.

export function CancelRequestForm({ requestId }: { requestId: string }) {
  const t = useTranslations("requests");
  const [state, action, pending] = useActionState(cancelRequestAction, null);
  const [open, setOpen] = useState(false);
  if (state?.ok) return <FormAlert tone="success">{t("detail.cancelled")}</FormAlert>;
  return (
    <div>
      {state && !state.ok ? <div className="mb-2"><FormAlert>{t(`errors.${state.error}`)}</FormAlert></div> : null}
      {!open ? (
        <>
          <Button variant="secondary" onClick={() => setOpen(true)}>{t("detail.cancel")}</Button>
          <p className="mt-1 text-sm text-slate-600">{t("detail.cancelHint")}</p>
        </>
      ) : (
        <form action={action} className="space-y-3">
          <input type="hidden" name="requestId" value={requestId} />
          <Field id="cancel-reason" label={t("detail.cancelReason")}>
            {(aria) => <Textarea {...aria} name="reason" rows={2} maxLength={500} />}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>{t("detail.cancelConfirm")}</Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>{t("form.back")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

export function DiscardDraftForm({ requestId }: { requestId: string }) {
  const t = useTranslations("requests");
  const [state, action, pending] = useActionState(discardDraftAction, null);
  const [open, setOpen] = useState(false);
  return (
    <div>
      {state && !state.ok ? <div className="mb-2"><FormAlert>{t(`errors.${state.error}`)}</FormAlert></div> : null}
      {!open ? (
        <Button variant="ghost" onClick={() => setOpen(true)}>{t("form.discard")}</Button>
      ) : (
        <form action={action} className="space-y-2">
          <input type="hidden" name="requestId" value={requestId} />
          <p>{t("form.discardConfirm")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>{t("form.discardYes")}</Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>{t("form.back")}</Button>
          </div>
        </form>
      )}
    </div>
  );
}

export function ConfirmReceiptForm({ requestId }: { requestId: string }) {
  const t = useTranslations("requests");
  const [state, action, pending] = useActionState(confirmReceiptAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      {state && !state.ok ? <FormAlert>{t(`errors.${state.error}`)}</FormAlert> : null}
      <Button type="submit" disabled={pending || Boolean(state?.ok)} className="w-full sm:w-auto">{t("detail.confirm")}</Button>
      <p className="text-sm text-slate-600">{t("detail.confirmHint")}</p>
    </form>
  );
}
