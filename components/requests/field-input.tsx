"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { textFor } from "@/i18n/fill";
import type { ApplyLabels } from "./labels";

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
export function FieldInput({ field, registration, error, highlight, labels: L }: { field: FieldDef; registration: UseFormRegisterReturn; error?: string; highlight?: boolean; labels: ApplyLabels }) {
  const hint = [field.description, field.example].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {field.label}
      {!field.required ? <span className="font-normal text-slate-600"> ({L.form.optional})</span> : null}
    </>
  );
  return (
    <div className={highlight ? "rounded-lg border-2 border-amber-400 p-2" : undefined}>
      <Field id={`f-${field.code}`} label={label} required={field.required} hint={hint} error={error ? textFor(L.fieldErrors, error, L.errors.invalid) : undefined}>
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
                  <option value="">{L.form.chooseOption}</option>
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
