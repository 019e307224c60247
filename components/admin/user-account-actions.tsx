"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorText } from "@/components/accounts/use-error-text";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { issueResetLinkAction, setUserActiveAction } from "@/lib/admin/actions";
import { ResetLink } from "./reset-link";

/** Deactivate / reactivate an account and issue a one-time password reset link. */
type OpenWork = { openRequests: number; colleagues: { id: string; name: string }[] } | null;

export function UserAccountActions({ userId, active, self, openWork = null }: { userId: string; active: boolean; self: boolean; openWork?: OpenWork }) {
  const t = useTranslations("admin.users");
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ token: string; expiresAt: string } | null>(null);
  const [reassignTo, setReassignTo] = useState("");

  const toggle = () =>
    startTransition(async () => {
      const result = await setUserActiveAction(userId, !active, active ? reassignTo || null : null);
      if (!result.ok) return setError(result.fieldErrors?.active ?? result.error);
      setError(null);
      router.refresh();
    });

  const issue = () =>
    startTransition(async () => {
      const result = await issueResetLinkAction(userId);
      if (!result.ok) return setError(result.error);
      setError(null);
      setLink({ token: result.token, expiresAt: result.expiresAt });
    });

  return (
    <div className="space-y-3">
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      {active && !self && openWork && openWork.openRequests > 0 ? (
        // Deactivating would strand this work: say so, and let the admin choose who takes it over.
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm" role="note">
          <p className="font-semibold">{t("openWork", { n: openWork.openRequests })}</p>
          <label htmlFor="reassign-to" className="mt-2 block font-medium">{t("reassignTo")}</label>
          <select id="reassign-to" value={reassignTo} onChange={(e) => setReassignTo(e.target.value)} className="mt-1 min-h-11 rounded-lg border border-slate-400 bg-white px-3">
            <option value="">{t("reassignNobody")}</option>
            {openWork.colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          <p className="mt-1 text-slate-700">{t("reassignHint")}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={issue} disabled={pending || !active}>
          {t("issueReset")}
        </Button>
        {self ? null : (
          <Button variant={active ? "danger" : "primary"} onClick={toggle} disabled={pending}>
            {active ? t("deactivate") : t("reactivate")}
          </Button>
        )}
      </div>
      <p className="text-sm text-slate-600">{active ? t("resetHint") : t("inactiveHint")}</p>
      {link ? <ResetLink token={link.token} expiresAt={link.expiresAt} /> : null}
    </div>
  );
}
