"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { replaceLetterAction, revokeLetterAction } from "@/lib/letters/actions";

/** Revoke, or revoke-and-replace, with a reason the public page will show. */
export function RevokeForm({ letterId }: { letterId: string }) {
  const t = useTranslations("letters");
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [pending, start] = useTransition();
  const [error, setError] = useState<{ code: string; field?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const errorText = (code: string) => (t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.generic"));

  function go(kind: "revoke" | "replace") {
    setError(null);
    setDone(null);
    start(async () => {
      const result = kind === "revoke" ? await revokeLetterAction({ letterId, reason }) : await replaceLetterAction({ letterId, reason });
      if (!result.ok) {
        setError({ code: result.error, field: result.fieldErrors?.reason });
        return;
      }
      setDone("number" in result ? t("staff.replaceDone", { number: String(result.number) }) : t("staff.revokeDone"));
      if ("letterId" in result && result.letterId !== letterId) router.push(`/petugas/surat/${String(result.letterId)}`);
      // Revoked, this form is no longer on the page: the page says it (?dicabut=1).
      else if (kind === "revoke") router.replace(`/petugas/surat/${encodeURIComponent(letterId)}?dicabut=1`, { scroll: false });
      else router.refresh();
    });
  }

  return (
    <section aria-labelledby="revoke-h" className="rounded-lg border border-red-200 bg-red-50 p-3">
      <h2 id="revoke-h" className="mb-2 font-semibold">{t("staff.revoke")}</h2>
      <Field id="revoke-reason" label={t("staff.reason")} required error={error?.field ? errorText(error.field) : undefined}>
        {(aria) => <Textarea {...aria} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className="text-sm" />}
      </Field>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" variant="secondary" disabled={pending} onClick={() => go("revoke")}>{t("staff.revoke")}</Button>
        <Button size="sm" disabled={pending} onClick={() => go("replace")}>{t("staff.replace")}</Button>
      </div>
      {error && !error.field ? <div className="mt-2"><FormAlert>{errorText(error.code)}</FormAlert></div> : null}
      {done ? <div className="mt-2"><FormAlert tone="success">{done}</FormAlert></div> : null}
    </section>
  );
}
