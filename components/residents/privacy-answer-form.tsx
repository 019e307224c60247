"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { answerPrivacyRequestAction } from "@/lib/residents/privacy/actions";

export function PrivacyAnswerForm({ requestId }: { requestId: string }) {
  const t = useTranslations("residents.privacy");
  const router = useRouter();
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const send = (status: "DONE" | "REJECTED") =>
    start(async () => {
      const result = await answerPrivacyRequestAction({ requestId, status, answer });
      if (result.ok) router.refresh();
      else {
        const code = result.fieldErrors?.answer ?? result.error;
        setError(t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.unknown"));
      }
    });
  const id = `answer-${requestId}`;
  return (
    <div className="mt-2 space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">{t("answerLabel")}</label>
      <textarea id={id} value={answer} onChange={(e) => setAnswer(e.target.value)} rows={2} aria-invalid={Boolean(error)} className="block w-full rounded border border-slate-400 px-2 py-1 text-sm" />
      {error ? <p role="alert" className="text-sm font-medium text-red-700">{error}</p> : null}
      <div className="flex gap-2">
        <Button size="sm" disabled={pending} onClick={() => send("DONE")}>{t("markDone")}</Button>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => send("REJECTED")}>{t("reject")}</Button>
      </div>
    </div>
  );
}
