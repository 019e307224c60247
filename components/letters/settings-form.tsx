"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { saveSettingsAction } from "@/lib/letters/actions";
import { PATTERN_TOKENS } from "@/lib/letters/number-pattern";

export type SettingsValues = { numberPattern: string; kopGovernment: string; kopParent: string | null; kopName: string; kopAddress: string; kopContacts: string | null; hasLogo: boolean };

/** Letterhead (kop surat) with logo upload, and the office's letter-number pattern. */
export function SettingsForm({ values }: { values: SettingsValues }) {
  const t = useTranslations("letters");
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const err = (k: string) => (errors[k] ? (t.has(`errors.${errors[k]}`) ? t(`errors.${errors[k]}`) : t("errors.generic")) : undefined);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    start(async () => {
      const r = await saveSettingsAction(form);
      setErrors(r.ok ? {} : (r.fieldErrors ?? { _form: r.error }));
      setStatus(r.ok ? t("admin.saved") : null);
      if (r.ok) router.refresh();
    });
  }

  const field = (name: keyof SettingsValues, label: string, hint?: string) => (
    <Field id={`kop-${name}`} label={label} error={err(name)} hint={hint}>
      {(aria) => <Input {...aria} name={name} defaultValue={String(values[name] ?? "")} className="text-sm" />}
    </Field>
  );

  return (
    <form onSubmit={submit} className="grid gap-3 md:grid-cols-2" noValidate>
      {field("numberPattern", t("admin.numberPattern"), `${t("admin.numberPatternHint")} ${PATTERN_TOKENS.map((p) => `{${p}}`).join(" ")}`)}
      {field("kopGovernment", t("admin.kopGovernment"))}
      {field("kopParent", t("admin.kopParent"))}
      {field("kopName", t("admin.kopName"))}
      {field("kopAddress", t("admin.kopAddress"))}
      {field("kopContacts", t("admin.kopContacts"))}
      <Field id="kop-logo" label={t("admin.logo")} error={err("logo")} hint={values.hasLogo ? t("admin.currentLogo") : undefined}>
        {(aria) => <Input {...aria} type="file" name="logo" accept="image/png,image/jpeg" className="text-sm" />}
      </Field>
      {values.hasLogo ? <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="removeLogo" value="1" /> {t("admin.removeLogo")}</label> : null}
      <div className="md:col-span-2">
        <Button type="submit" size="sm" disabled={pending}>{t("admin.save")}</Button>
        {errors._form ? <div className="mt-2"><FormAlert>{err("_form")}</FormAlert></div> : null}
        {status ? <div className="mt-2"><FormAlert tone="success">{status}</FormAlert></div> : null}
      </div>
    </form>
  );
}
