"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { GenerateLetterHint, GenerateLetterLabel } from "@/components/letters/generate-letter-fields";
import { completeAction } from "@/lib/requests/actions/staff";
import type { MutationResult } from "@/lib/requests/staff-result";
import { generateLetterAction } from "@/lib/letters/actions";
import { ActionAlert } from "./action-alert";
import { useStaffAction } from "./use-action";
import { useErrorText } from "./use-error-text";

/** Completion: upload the result PDF (checked by its bytes on the server) or give pick-up instructions. */
/** `letter`: the service has a letter template, so staff may generate the result instead of uploading it. */
export function CompleteForm({ target, letter = false }: { target: { id: string; version: number }; letter?: boolean }) {
  const t = useTranslations("staff.actions");
  const errorText = useErrorText();
  const action = useStaffAction();
  const [mode, setMode] = useState<"file" | "pickup" | "letter">("file");
  const [localError, setLocalError] = useState<Record<string, string>>({});

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const errors: Record<string, string> = {};
    const file = form.get("file");
    if (mode === "file" && (!(file instanceof File) || file.size === 0)) errors.file = "empty";
    if (mode === "pickup" && String(form.get("pickupNote") ?? "").trim().length < 5) errors.pickupNote = "pickup_note_required";
    setLocalError(errors);
    if (Object.keys(errors).length) return;
    if (mode === "letter") {
      action.run(async () => (await generateLetterAction({ id: target.id, version: target.version, note: String(form.get("note") ?? "") || undefined })) as MutationResult);
      return;
    }
    form.set("id", target.id);
    form.set("version", String(target.version));
    form.set("mode", mode);
    if (mode === "pickup") form.delete("file");
    action.run(() => completeAction(form));
  }

  const err = (name: string) => {
    const code = localError[name] ?? action.fieldErrors[name];
    return code ? errorText(code) : undefined;
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="complete-h" className="rounded-lg border border-green-200 bg-green-50 p-3">
      <h3 id="complete-h" className="mb-2 font-semibold">{t("complete")}</h3>
      <fieldset className="mb-2 space-y-1 text-sm">
        <legend className="text-xs font-medium">{t("completeMode")}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode-choice" data-shortcut="s" checked={mode === "file"} onChange={() => setMode("file")} /> {t("modeFile")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode-choice" checked={mode === "pickup"} onChange={() => setMode("pickup")} /> {t("modePickup")}
        </label>
        {letter ? (
          <label className="flex items-center gap-2">
            <input type="radio" name="mode-choice" checked={mode === "letter"} onChange={() => setMode("letter")} /> <GenerateLetterLabel />
          </label>
        ) : null}
      </fieldset>
      {mode === "letter" ? (
        <GenerateLetterHint />
      ) : mode === "file" ? (
        <Field id="result-file" label={t("resultFile")} required error={err("file")}>
          {(aria) => <Input {...aria} type="file" name="file" accept="application/pdf,.pdf" className="text-sm" />}
        </Field>
      ) : (
        <Field id="pickup-note" label={t("pickupNote")} required error={err("pickupNote")}>
          {(aria) => <Textarea {...aria} name="pickupNote" rows={2} placeholder={t("pickupPlaceholder")} className="text-sm" />}
        </Field>
      )}
      <div className="mt-2">
        <Field id="complete-note" label={t("publicNote")}>
          {(aria) => <Textarea {...aria} name="note" rows={2} className="text-sm" />}
        </Field>
      </div>
      <Button type="submit" size="sm" className="mt-2" disabled={action.pending}>{action.pending ? t("working") : t("complete")}</Button>
      <div className="mt-2"><ActionAlert error={action.error} done={action.done} onReload={action.reload} /></div>
    </form>
  );
}
