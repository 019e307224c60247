"use client";

import { useTranslations } from "@/i18n/lean";
import { useMemo, useState, useTransition } from "react";
import { useLeanForm } from "@/lib/forms/lean-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select } from "@/components/ui/field";
import { nikWarningsAction, registerAction } from "@/lib/residents/actions";
import { parseNik, validateNik, type NikWarning } from "@/lib/residents/nik";
import { registrationCodes, type RegistrationValues } from "./register-rules";
import { applyServerErrors, useErrorText } from "./use-error-text";
import { DateInput } from "@/components/ui/date-input";
import { parseDateText } from "@/lib/format/date";

const fields = ["nik", "kkNumber", "fullName", "birthPlace", "birthDate", "sex", "phone", "email", "address", "rt", "rw", "officeId", "password", "confirmPassword", "consent"] as const;

const empty: RegistrationValues = {
  nik: "", kkNumber: "", fullName: "", birthPlace: "", birthDate: "", sex: "", phone: "", email: "",
  address: "", rt: "", rw: "", officeId: "", password: "", confirmPassword: "", consent: false,
};

export function RegisterForm({ offices }: { offices: { id: string; name: string }[] }) {
  const t = useTranslations("auth.register");
  const tw = useTranslations("auth.nikWarnings");
  const errorText = useErrorText();
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const [regionWarning, setRegionWarning] = useState<{ nik: string; unknown: boolean } | null>(null);
  const form = useLeanForm({ validate: registrationCodes, defaultValues: { ...empty, officeId: offices.length === 1 ? offices[0].id : "" }, mode: "onTouched" });
  const { errors } = form.formState;
  const [nik, birthDate, sex] = [form.watch("nik"), form.watch("birthDate"), form.watch("sex")];

  // Birth date and sex encoded in the NIK are compared as the person types; these never block.
  const warnings = useMemo(() => {
    const check = validateNik(nik, { birthDate: parseDateText(birthDate) ?? birthDate, sex: sex === "L" || sex === "P" ? sex : null });
    const list: NikWarning[] = check.ok ? [...check.warnings] : [];
    if (check.ok && regionWarning?.nik === check.info.nik && regionWarning.unknown) list.unshift("nik_region_unknown");
    return list;
  }, [nik, birthDate, sex, regionWarning]);

  // The official region list lives on the server; ask once the NIK is complete.
  const checkRegion = async () => {
    const parsed = parseNik(nik);
    if (!parsed.ok || regionWarning?.nik === parsed.info.nik) return;
    const found = await nikWarningsAction(parsed.info.nik);
    setRegionWarning({ nik: parsed.info.nik, unknown: found.includes("nik_region_unknown") });
  };

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    startTransition(async () => {
      const result = await registerAction(values); // redirects to /warga on success
      setFormError(applyServerErrors(result, form.setError, fields));
    });
  });

  const text = (name: (typeof fields)[number]) => errorText(errors[name]?.message);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <FormAlert>{errorText(formError)}</FormAlert> : null}
      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("identity")}</legend>
        <Field id="nik" label={t("nik")} hint={t("nikHint")} error={text("nik")} required>
          {(aria) => <Input {...aria} {...form.register("nik", { onBlur: checkRegion })} inputMode="numeric" autoComplete="off" maxLength={24} />}
        </Field>
        {warnings.length ? (
          <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            <ul className="list-disc space-y-1 pl-5">
              {warnings.map((w) => (
                <li key={w}>{tw(w)}</li>
              ))}
            </ul>
            <p className="mt-1">{tw("canContinue")}</p>
          </div>
        ) : null}
        <Field id="kkNumber" label={t("kk")} hint={t("kkHint")} error={text("kkNumber")} required>
          {(aria) => <Input {...aria} {...form.register("kkNumber")} inputMode="numeric" autoComplete="off" maxLength={24} />}
        </Field>
        <Field id="fullName" label={t("fullName")} error={text("fullName")} required>
          {(aria) => <Input {...aria} {...form.register("fullName")} autoComplete="name" />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="birthPlace" label={t("birthPlace")} error={text("birthPlace")} required>
            {(aria) => <Input {...aria} {...form.register("birthPlace")} />}
          </Field>
          <Field id="birthDate" label={t("birthDate")} error={text("birthDate")} required>
            {(aria) => <DateInput {...aria} {...form.register("birthDate")} autoComplete="bday" pickLabel={t("pickDate")} placeholder={t("dateFormat")} />}
          </Field>
        </div>
        <fieldset aria-describedby={errors.sex ? "sex-error" : undefined}>
          <legend className="block text-sm font-medium text-slate-800">
            {t("sex")}
            <span className="text-red-700" aria-hidden="true"> *</span>
          </legend>
          <div className="mt-1 flex gap-3">
            {(["L", "P"] as const).map((value) => (
              <label key={value} className="flex min-h-11 flex-1 items-center gap-2 rounded-lg border border-slate-400 px-3">
                <input type="radio" value={value} className="shrink-0 h-5 w-5" {...form.register("sex")} />
                {t(value === "L" ? "male" : "female")}
              </label>
            ))}
          </div>
          {errors.sex ? (
            <p id="sex-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
              {text("sex")}
            </p>
          ) : null}
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("contact")}</legend>
        <Field id="phone" label={t("phone")} hint={t("phoneHint")} error={text("phone")} required>
          {(aria) => <Input {...aria} {...form.register("phone")} type="tel" inputMode="tel" autoComplete="tel" />}
        </Field>
        <Field id="email" label={t("email")} error={text("email")}>
          {(aria) => <Input {...aria} {...form.register("email")} type="email" autoComplete="email" />}
        </Field>
        <Field id="address" label={t("address")} hint={t("addressHint")} error={text("address")} required>
          {(aria) => <Input {...aria} {...form.register("address")} autoComplete="street-address" />}
        </Field>
        <div className="grid grid-cols-2 gap-4">
          <Field id="rt" label={t("rt")} error={text("rt")} required>
            {(aria) => <Input {...aria} {...form.register("rt")} inputMode="numeric" maxLength={3} />}
          </Field>
          <Field id="rw" label={t("rw")} error={text("rw")} required>
            {(aria) => <Input {...aria} {...form.register("rw")} inputMode="numeric" maxLength={3} />}
          </Field>
        </div>
        <Field id="officeId" label={t("office")} hint={t("officeHint")} error={text("officeId")} required>
          {(aria) => (
            <Select {...aria} {...form.register("officeId")}>
              <option value="">{t("officeChoose")}</option>
              {offices.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">{t("passwordSection")}</legend>
        <Field id="password" label={t("password")} hint={t("passwordHint")} error={text("password")} required>
          {(aria) => <Input {...aria} {...form.register("password")} type="password" autoComplete="new-password" />}
        </Field>
        <Field id="confirmPassword" label={t("confirmPassword")} error={text("confirmPassword")} required>
          {(aria) => <Input {...aria} {...form.register("confirmPassword")} type="password" autoComplete="new-password" />}
        </Field>
      </fieldset>

      <div className="space-y-1">
        <label className="flex items-start gap-3 rounded-lg border border-slate-300 bg-slate-50 p-3">
          <input
            type="checkbox"
            className="mt-0.5 h-5 w-5 shrink-0"
            aria-invalid={Boolean(errors.consent)}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            {...form.register("consent")}
          />
          <span>
            {t.rich("consent", { link: (chunks) => <a href="#privasi" className="font-medium text-brand-700 underline">{chunks}</a> })}
          </span>
        </label>
        {errors.consent ? (
          <p id="consent-error" role="alert" className="text-sm font-medium text-red-700">
            {text("consent")}
          </p>
        ) : null}
      </div>

      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
