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
export function UserAccountActions({ userId, active, self }: { userId: string; active: boolean; self: boolean }) {
  const t = useTranslations("admin.users");
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<{ token: string; expiresAt: string } | null>(null);

  const toggle = () =>
    startTransition(async () => {
      const result = await setUserActiveAction(userId, !active);
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
