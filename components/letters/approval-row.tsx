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

  // On success the letter leaves this queue, and this row with it: the confirmation is carried in the
  // URL (?terbit= / ?dikembalikan=) and shown by the page, so it survives the refresh and a reload.
  const run = (call: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string> }>, outcome: "terbit" | "dikembalikan") =>
    start(async () => {
      const result = await call();
      if (!result.ok) {
        setMessage({ tone: "error", text: errorText(result.fieldErrors?.note ?? result.error ?? "generic") });
        return;
      }
      setMessage(null);
      router.replace(`/pimpinan/persetujuan?${outcome}=${encodeURIComponent(letterId)}`, { scroll: false });
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" disabled={pending} onClick={() => run(() => approveLetterAction({ letterId }), "terbit")}>
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
          <Button size="sm" variant="secondary" className="mt-2" disabled={pending} onClick={() => run(() => returnLetterAction({ letterId, note }), "dikembalikan")}>
            {t("approval.return")}
          </Button>
        </div>
      ) : null}
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
    </div>
  );
}
