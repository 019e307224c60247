"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select } from "@/components/ui/field";
import { saveRegisterEntryAction } from "@/lib/residents/actions";
import type { RegisterEntryInput } from "@/lib/residents/schema";
import { DateInput } from "@/components/ui/date-input";

const textFields = ["nik", "kkNumber", "fullName", "birthPlace", "address", "rt", "rw"] as const;

/** Staff create or correct a register entry; what was typed stays in the form when a field is refused. */
export function RegisterEntryForm({ residentId, initial }: { residentId: string | null; initial: RegisterEntryInput }) {
  const t = useTranslations("residents");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, start] = useTransition();
  const say = (code?: string) => (code ? (t.has(`rowErrors.${code}`) ? t(`rowErrors.${code}`) : t("errors.invalid_input")) : undefined);
  return (
    <form
      className="grid gap-4 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        start(async () => {
          const result = await saveRegisterEntryAction({ ...values, residentId });
          if (result.ok) router.push(`/petugas/warga/${result.id}`);
          else {
            setErrors(result.fieldErrors ?? {});
            setFormError(result.fieldErrors ? undefined : (t.has(`errors.${result.error}`) ? t(`errors.${result.error}`) : t("errors.unknown")));
          }
        });
      }}
    >
      <p className="text-sm text-slate-600 sm:col-span-2">{t("entry.hint")}</p>
      {textFields.map((field) => (
        <Field key={field} id={`entry-${field}`} label={t(`fields.${field}`)} required error={say(errors[field])}>
          {(aria) => <Input {...aria} value={values[field]} onChange={(e) => setValues({ ...values, [field]: e.target.value })} inputMode={["nik", "kkNumber", "rt", "rw"].includes(field) ? "numeric" : undefined} />}
        </Field>
      ))}
      <Field id="entry-birthDate" label={t("fields.birthDate")} required error={say(errors.birthDate)}>
        {(aria) => <DateInput {...aria} value={values.birthDate} onChange={(e) => setValues({ ...values, birthDate: e.target.value })} pickLabel={t("entry.pickDate")} placeholder={t("entry.dateFormat")} />}
      </Field>
      <Field id="entry-sex" label={t("fields.sex")} required error={say(errors.sex)}>
        {(aria) => (
          <Select {...aria} value={values.sex ?? ""} onChange={(e) => setValues({ ...values, sex: e.target.value as "L" | "P" })}>
            <option value="">–</option>
            <option value="L">{t("entry.male")}</option>
            <option value="P">{t("entry.female")}</option>
          </Select>
        )}
      </Field>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" checked={values.headOfFamily} onChange={(e) => setValues({ ...values, headOfFamily: e.target.checked })} className="h-5 w-5 shrink-0" />
        {t("entry.headOfFamily")}
      </label>
      {formError ? <div className="sm:col-span-2"><FormAlert>{formError}</FormAlert></div> : null}
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{pending ? t("entry.saving") : t("entry.save")}</Button></div>
    </form>
  );
}
