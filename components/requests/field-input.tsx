"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Field, Input, Select, Textarea } from "@/components/ui/field";

export type FieldDef = {
  id: string;
  code: string;
  label: string;
  description: string | null;
  required: boolean;
  fieldType: "TEXT" | "TEXTAREA" | "NUMBER" | "DATE" | "CHOICE" | null;
  options: string[];
  example: string | null;
};

/** One of the service's own fields, with the control that suits its type on a phone keyboard. */
export function FieldInput({ field, registration, error, highlight }: { field: FieldDef; registration: UseFormRegisterReturn; error?: string; highlight?: boolean }) {
  const t = useTranslations("requests");
  const hint = [field.description, field.example].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {field.label}
      {!field.required ? <span className="font-normal text-slate-600"> ({t("form.optional")})</span> : null}
    </>
  );
  return (
    <div className={highlight ? "rounded-lg border-2 border-amber-400 p-2" : undefined}>
      <Field id={`f-${field.code}`} label={label} required={field.required} hint={hint} error={error ? t(`fieldErrors.${error}`) : undefined}>
        {(aria) => {
          switch (field.fieldType) {
            case "TEXTAREA":
              return <Textarea {...aria} {...registration} rows={3} />;
            case "NUMBER":
              return <Input {...aria} {...registration} inputMode="decimal" autoComplete="off" />;
            case "DATE":
              return <Input {...aria} {...registration} type="date" />;
            case "CHOICE":
              return (
                <Select {...aria} {...registration}>
                  <option value="">{t("form.chooseOption")}</option>
                  {field.options.map((o) => (
                    <option key={o} value={o}>{o}</option>
                  ))}
                </Select>
              );
            default:
              return <Input {...aria} {...registration} />;
          }
        }}
      </Field>
    </div>
  );
}
