"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormAlert, Input, Select, Textarea } from "@/components/ui/field";
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

  const cell = "px-2 py-2 align-top";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {status === "saved" ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      {status === "error" ? <FormAlert>{t("errors.save")}</FormAlert> : null}
      <input type="hidden" {...form.register("period")} />
      {fields.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className={cell}>{t("element")}</th>
              <th scope="col" className={cell}>{t("program")}</th>
              <th scope="col" className={cell}>{t("timeframe")}</th>
              <th scope="col" className={cell}>{t("responsible")}</th>
              <th scope="col" className={cell}><span className="sr-only">{t("actions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, i) => (
              <tr key={field.id} className="border-b border-slate-100">
                <td className={cell}>
                  <Select aria-label={t("element")} {...form.register(`rows.${i}.elementCode`)}>
                    {DEFAULT_WORDING.map((w) => (
                      <option key={w.code} value={w.code}>{`${w.code} ${w.name}`}</option>
                    ))}
                  </Select>
                </td>
                <td className={cell}>
                  <Textarea rows={2} aria-label={t("program")} aria-invalid={Boolean(err(i, "program"))} {...form.register(`rows.${i}.program`)} />
                  {err(i, "program") ? <p className="text-red-700" role="alert">{err(i, "program")}</p> : null}
                </td>
                <td className={cell}>
                  <Input aria-label={t("timeframe")} aria-invalid={Boolean(err(i, "timeframe"))} {...form.register(`rows.${i}.timeframe`)} />
                  {err(i, "timeframe") ? <p className="text-red-700" role="alert">{err(i, "timeframe")}</p> : null}
                </td>
                <td className={cell}>
                  <Input aria-label={t("responsible")} aria-invalid={Boolean(err(i, "responsible"))} {...form.register(`rows.${i}.responsible`)} />
                  {err(i, "responsible") ? <p className="text-red-700" role="alert">{err(i, "responsible")}</p> : null}
                </td>
                <td className={cell}>
                  <Button variant="ghost" size="sm" onClick={() => remove(i)}>{t("remove")}</Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
