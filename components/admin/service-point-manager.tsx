"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors, useErrorText } from "@/components/accounts/use-error-text";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { TableScroll } from "./table-scroll";
import { Field, FormAlert, Input, Select } from "@/components/ui/field";
import { saveServicePointAction, setServicePointActiveAction } from "@/lib/admin/actions";
import { servicePointSchema } from "@/lib/admin/schema";

type Kind = "LOKET" | "POS_RW" | "LAINNYA";
type Point = { id: string; name: string; kind: Kind; address: string | null; active: boolean; members: number };
const kinds: Kind[] = ["LOKET", "POS_RW", "LAINNYA"];

function PointForm({ point, onDone }: { point: Point | null; onDone?: () => void }) {
  const t = useTranslations("admin.points");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(servicePointSchema),
    defaultValues: { name: point?.name ?? "", kind: point?.kind ?? "LOKET", address: point?.address ?? "" },
  });
  const { errors } = form.formState;
  const prefix = point ? `point-${point.id}` : "point-new";

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await saveServicePointAction(point?.id ?? null, values);
      if (result.ok) {
        if (!point) form.reset();
        onDone?.();
        return;
      }
      setFormError(applyServerErrors(result, form.setError, ["name", "kind", "address"]));
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid items-start gap-3 sm:grid-cols-[1fr_10rem_1fr_auto]">
      {formError ? <div className="sm:col-span-4"><FormAlert>{errorText(formError)}</FormAlert></div> : null}
      <Field id={`${prefix}-name`} label={t("name")} error={errorText(errors.name?.message)} required>
        {(aria) => <Input {...aria} {...form.register("name")} />}
      </Field>
      <Field id={`${prefix}-kind`} label={t("kind")} error={errorText(errors.kind?.message)} required>
        {(aria) => (
          <Select {...aria} {...form.register("kind")}>
            {kinds.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </Select>
        )}
      </Field>
      <Field id={`${prefix}-address`} label={t("address")} error={errorText(errors.address?.message)}>
        {(aria) => <Input {...aria} {...form.register("address")} />}
      </Field>
      <div className="flex gap-2 sm:pt-6">
        <Button type="submit" disabled={pending}>{point ? t("save") : t("create")}</Button>
        {point ? <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}

export function ServicePointManager({ points }: { points: Point[] }) {
  const t = useTranslations("admin.points");
  const errorText = useErrorText();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const toggle = (point: Point) =>
    startTransition(async () => {
      const result = await setServicePointActiveAction(point.id, !point.active);
      setError(result.ok ? null : result.error);
    });

  return (
    <div className="space-y-6">
      <section aria-labelledby="point-new-title" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="point-new-title" className="mb-3 font-semibold">{t("newTitle")}</h2>
        <PointForm point={null} />
      </section>
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <TableScroll label={t("title")}>
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">{t("name")}</th>
            <th scope="col" className="p-2">{t("kind")}</th>
            <th scope="col" className="p-2">{t("address")}</th>
            <th scope="col" className="p-2">{t("members")}</th>
            <th scope="col" className="p-2">{t("status")}</th>
            <th scope="col" className="p-2"><span className="sr-only">{t("actions")}</span></th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) =>
            editing === point.id ? (
              <tr key={point.id} className="border-b border-slate-200">
                <td colSpan={6} className="p-2"><PointForm point={point} onDone={() => setEditing(null)} /></td>
              </tr>
            ) : (
              <tr key={point.id} className="border-b border-slate-200">
                <td className="p-2">{point.name}</td>
                <td className="p-2">{t(`kinds.${point.kind}`)}</td>
                <td className="p-2">{point.address ?? "–"}</td>
                <td className="p-2">{point.members}</td>
                <td className="p-2">{point.active ? <Badge tone="green">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}</td>
                <td className="p-2 text-right whitespace-nowrap">
                  <Button size="sm" variant="ghost" onClick={() => setEditing(point.id)} aria-label={t("editOne", { name: point.name })}>
                    {t("edit")}
                  </Button>
                  <Button size="sm" variant="ghost" disabled={pending} onClick={() => toggle(point)}>
                    {point.active ? t("deactivate") : t("reactivate")}
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
