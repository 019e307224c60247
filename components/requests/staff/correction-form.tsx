"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { correctionAction } from "@/lib/requests/actions/staff";
import { correctionSchema } from "@/lib/requests/staff-schema";
import { ActionAlert } from "./action-alert";
import { useStaffAction } from "./use-action";
import { useErrorText } from "./use-error-text";

// The same schema as the server, minus the target, which comes from the page at send time.
const formSchema = correctionSchema.omit({ id: true, version: true });
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

/** A list of what the resident must fix; sending it pauses the SLA clock. */
export function CorrectionForm({ target, requirements }: { target: { id: string; version: number }; requirements: { code: string; label: string }[] }) {
  const t = useTranslations("staff.actions");
  const errorText = useErrorText();
  const action = useStaffAction();
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(formSchema),
    defaultValues: { corrections: [{ requirementCode: "", message: "" }], note: "" },
  });
  const items = useFieldArray({ control: form.control, name: "corrections" });
  const errors = form.formState.errors;
  const serverError = (path: string) => action.fieldErrors[path];

  const submit = form.handleSubmit((values) =>
    action.run(() => correctionAction({ ...values, ...target }), () => form.reset({ corrections: [{ requirementCode: "", message: "" }], note: "" })),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="corr-h" className="rounded-lg border border-amber-200 bg-amber-50 p-3">
      <h3 id="corr-h" className="font-semibold">{t("requestCorrection")}</h3>
      <p className="mb-2 text-xs text-slate-700">{t("correctionHint")}</p>
      <ol className="space-y-3">
        {items.fields.map((item, i) => (
          <li key={item.id} className="rounded-md border border-amber-200 bg-white p-2">
            <p className="mb-1 text-xs font-semibold">{t("correctionItem", { n: i + 1 })}</p>
            <Field id={`corr-${i}-req`} label={t("requirement")} error={serverError(`corrections.${i}.requirementCode`) && errorText(serverError(`corrections.${i}.requirementCode`))}>
              {(aria) => (
                <Select {...aria} {...form.register(`corrections.${i}.requirementCode`)} data-shortcut={i === 0 ? "c" : undefined} className="py-1.5 text-sm">
                  <option value="">{t("general")}</option>
                  {requirements.map((r) => <option key={r.code} value={r.code}>{r.label}</option>)}
                </Select>
              )}
            </Field>
            <Field
              id={`corr-${i}-msg`}
              label={t("message")}
              required
              error={(errors.corrections?.[i]?.message?.message && errorText(errors.corrections[i]!.message!.message)) || (serverError(`corrections.${i}.message`) && errorText(serverError(`corrections.${i}.message`)))}
            >
              {(aria) => <Input {...aria} {...form.register(`corrections.${i}.message`)} className="py-1.5 text-sm" />}
            </Field>
            {items.fields.length > 1 ? (
              <Button size="sm" variant="ghost" onClick={() => items.remove(i)}>{t("removeCorrection", { n: i + 1 })}</Button>
            ) : null}
          </li>
        ))}
      </ol>
      {errors.corrections?.root?.message || errors.corrections?.message ? (
        <p role="alert" className="text-sm text-red-700">{errorText(errors.corrections?.root?.message ?? errors.corrections?.message)}</p>
      ) : null}
      <Button size="sm" variant="secondary" className="mt-2" onClick={() => items.append({ requirementCode: "", message: "" })}>
        {t("addCorrection")}
      </Button>
      <div className="mt-2">
        <Field id="corr-note" label={t("publicNote")}>
          {(aria) => <Textarea {...aria} rows={2} {...form.register("note")} className="text-sm" />}
        </Field>
      </div>
      <Button type="submit" size="sm" className="mt-2" disabled={action.pending}>{action.pending ? t("working") : t("sendCorrection")}</Button>
      <div className="mt-2"><ActionAlert error={action.error} done={action.done} onReload={action.reload} /></div>
    </form>
  );
}
