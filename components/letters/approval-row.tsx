"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { approveLetterAction, returnLetterAction } from "@/lib/letters/actions";

/** Approve (the letter gets its number and QR) or return it to staff with a note. */
export function ApprovalDecision({ letterId }: { letterId: string }) {
  const t = useTranslations("letters");
  const router = useRouter();
  const [note, setNote] = useState("");
  const [returning, setReturning] = useState(false);
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const errorText = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.generic"));

  const run = (call: () => Promise<{ ok: boolean; error?: string; number?: unknown; fieldErrors?: Record<string, string> }>, success: (r: { number?: unknown }) => string) =>
    start(async () => {
      const result = await call();
      if (!result.ok) {
        setMessage({ tone: "error", text: errorText(result.fieldErrors?.note ?? result.error ?? "generic") });
        return;
      }
      setMessage({ tone: "success", text: success(result) });
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={pending} onClick={() => run(() => approveLetterAction({ letterId }), (r) => t("approval.approved", { number: String(r.number) }))}>
          {t("approval.approve")}
        </Button>
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => setReturning((v) => !v)} aria-expanded={returning}>
          {t("approval.return")}
        </Button>
      </div>
      {returning ? (
        <div>
          <Field id={`note-${letterId}`} label={t("approval.returnNote")} required>
            {(aria) => <Textarea {...aria} rows={2} value={note} onChange={(e) => setNote(e.target.value)} className="text-sm" />}
          </Field>
          <Button size="sm" variant="secondary" className="mt-2" disabled={pending} onClick={() => run(() => returnLetterAction({ letterId, note }), () => t("approval.returnedDone"))}>
            {t("approval.return")}
          </Button>
        </div>
      ) : null}
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
    </div>
  );
}
