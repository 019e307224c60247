"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { saveFollowUpPlansAction } from "@/lib/survey/actions";
import { DEFAULT_WORDING, type UnsurCode } from "@/lib/survey/frame";
import { followUpPlanSchema, type FollowUpPlanInput } from "@/lib/survey/schema";

type Row = FollowUpPlanInput["rows"][number];

/** The Rencana Tindak Lanjut table of a period: program, time and person responsible per weak unsur. */
export function FollowUpEditor({ period, rows, suggested }: { period: string; rows: Row[]; suggested: UnsurCode[] }) {
  const t = useTranslations("survey.plan");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<"saved" | "error" | null>(null);
  const form = useForm<FollowUpPlanInput, unknown, z.output<typeof followUpPlanSchema>>({
    resolver: zodResolver(followUpPlanSchema),
    defaultValues: { period, rows },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "rows" });
  const errors = form.formState.errors.rows;
  const err = (i: number, key: keyof Row) => {
    const code = errors?.[i]?.[key]?.message;
    return code ? t(`errors.${code}` as "errors.too_short") : undefined;
  };

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await saveFollowUpPlansAction(values);
      setStatus(result.ok ? "saved" : "error");
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {status === "saved" ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      {status === "error" ? <FormAlert>{t("errors.save")}</FormAlert> : null}
      <input type="hidden" {...form.register("period")} />
      {fields.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
      {/* One block per row rather than a wide table, so the plan can be edited on a phone too. */}
      <ol className="space-y-3" aria-label={t("title")}>
        {fields.map((field, i) => (
          <li key={field.id} data-testid="plan-row">
            <fieldset className="grid gap-3 rounded-lg border border-slate-200 p-3 md:grid-cols-[14rem_1fr_9rem_12rem_auto] md:items-start">
              <legend className="sr-only">{t("row", { n: i + 1 })}</legend>
              <Field id={`plan-${field.id}-element`} label={t("element")}>
                {(aria) => (
                  <Select {...aria} {...form.register(`rows.${i}.elementCode`)}>
                    {DEFAULT_WORDING.map((w) => (
                      <option key={w.code} value={w.code}>{`${w.code} ${w.name}`}</option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field id={`plan-${field.id}-program`} label={t("program")} error={err(i, "program")}>
                {(aria) => <Textarea rows={2} {...aria} {...form.register(`rows.${i}.program`)} />}
              </Field>
              <Field id={`plan-${field.id}-timeframe`} label={t("timeframe")} error={err(i, "timeframe")}>
                {(aria) => <Input {...aria} {...form.register(`rows.${i}.timeframe`)} />}
              </Field>
              <Field id={`plan-${field.id}-responsible`} label={t("responsible")} error={err(i, "responsible")}>
                {(aria) => <Input {...aria} {...form.register(`rows.${i}.responsible`)} />}
              </Field>
              <Button variant="ghost" className="md:mt-6" onClick={() => remove(i)} aria-label={t("removeRow", { n: i + 1 })}>
                {t("remove")}
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => append({ elementCode: suggested[fields.length] ?? suggested[0] ?? "U1", program: "", timeframe: "", responsible: "" })}
          disabled={fields.length >= 20}
        >
          {t("add")}
        </Button>
        <Button type="submit" disabled={pending}>{pending ? t("saving") : t("save")}</Button>
      </div>
    </form>
  );
}
