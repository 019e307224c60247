"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors, useErrorText } from "@/components/accounts/use-error-text";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { TableScroll } from "./table-scroll";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { saveUnitAction, setUnitActiveAction } from "@/lib/admin/actions";
import { unitSchema } from "@/lib/admin/schema";

type Unit = { id: string; code: string; name: string; active: boolean; members: number };

/** Create form (unit = null) or inline edit form of one unit. */
function UnitForm({ unit, onDone }: { unit: Unit | null; onDone?: () => void }) {
  const t = useTranslations("admin.units");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(unitSchema), defaultValues: { code: unit?.code ?? "", name: unit?.name ?? "" } });
  const { errors } = form.formState;
  const prefix = unit ? `unit-${unit.id}` : "unit-new";

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await saveUnitAction(unit?.id ?? null, values);
      if (result.ok) {
        if (!unit) form.reset();
        onDone?.();
        return;
      }
      setFormError(applyServerErrors(result, form.setError, ["code", "name"]));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid items-start gap-3 sm:grid-cols-[10rem_1fr_auto]">
      {formError ? <div className="sm:col-span-3"><FormAlert>{errorText(formError)}</FormAlert></div> : null}
      <Field id={`${prefix}-code`} label={t("code")} error={errorText(errors.code?.message)} required>
        {(aria) => <Input {...aria} {...form.register("code")} autoCapitalize="characters" />}
      </Field>
      <Field id={`${prefix}-name`} label={t("name")} error={errorText(errors.name?.message)} required>
        {(aria) => <Input {...aria} {...form.register("name")} />}
      </Field>
      <div className="flex gap-2 sm:pt-6">
        <Button type="submit" disabled={pending}>{unit ? t("save") : t("create")}</Button>
        {unit ? <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}

export function UnitManager({ units }: { units: Unit[] }) {
  const t = useTranslations("admin.units");
  const errorText = useErrorText();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const toggle = (unit: Unit) =>
    startTransition(async () => {
      const result = await setUnitActiveAction(unit.id, !unit.active);
      setError(result.ok ? null : result.error);
    });

  return (
    <div className="space-y-6">
      <section aria-labelledby="unit-new-title" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="unit-new-title" className="mb-3 font-semibold">{t("newTitle")}</h2>
        <UnitForm unit={null} />
      </section>
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <TableScroll label={t("title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("code")}</th>
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("members")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
            <th scope="col" className="p-2"><span className="sr-only">{t("actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) =>
            editing === unit.id ? (
              <tr key={unit.id} className="border-b border-slate-200">
                <td colSpan={5} className="p-2">
                  <UnitForm unit={unit} onDone={() => setEditing(null)} />
                </td>
              </tr>
            ) : (
              <tr key={unit.id} className="border-b border-slate-200">
                <td className="p-2 font-mono">{unit.code}</td>
                <td className="p-2">{unit.name}</td>
                <td className="p-2">{unit.members}</td>
                <td className="p-2">{unit.active ? <Badge tone="green">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}</td>
                <td className="p-2 text-right whitespace-nowrap">
                  <Button size="sm" variant="ghost" onClick={() => setEditing(unit.id)} aria-label={t("editOne", { name: unit.name })}>
                    {t("edit")}
                  </Button>
                  <Button size="sm" variant="ghost" disabled={pending} onClick={() => toggle(unit)}>
                    {unit.active ? t("deactivate") : t("reactivate")}
                  </Button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      </TableScroll>
    </div>
  );
}
