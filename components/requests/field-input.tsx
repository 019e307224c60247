"use client";
import type { ChangeEvent, FocusEvent, Ref } from "react";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { textFor } from "@/i18n/fill";
import { inputModeOf, maxLengthOf, type FieldType } from "@/lib/requests/fields";
import type { ApplyLabels } from "./labels";
import { DateInput } from "@/components/ui/date-input";

export type FieldDef = {
  id: string;
  code: string;
  label: string;
  description: string | null;
  required: boolean;
  fieldType: FieldType | null;
  options: string[];
  example: string | null;
};

type Control = HTMLInputElement & HTMLTextAreaElement & HTMLSelectElement;

/** What the apply form wires to an uncontrolled input: its name, first value and events. */
export type FieldControl = {
  name: string;
  defaultValue: string;
  ref: Ref<Control>;
  onChange: (event: ChangeEvent<Control>) => void;
  onBlur: (event: FocusEvent<Control>) => void;
};

/** One of the service's own fields, with the control that suits its type on a phone keyboard. */
export function FieldInput({ field, control, error, highlight, labels: L }: { field: FieldDef; control: FieldControl; error?: string; highlight?: boolean; labels: ApplyLabels }) {
  const hint = [field.description, field.example].filter(Boolean).join(" ") || undefined;
  const constraints = { required: field.required, maxLength: maxLengthOf(field) };
  const label = (
    <>
      {field.label}
      {!field.required ? <span className="font-normal text-slate-600"> ({L.form.optional})</span> : null}
    </>
  );
  return (
    <div className={highlight ? "rounded-lg border-2 border-amber-400 p-2" : undefined}>
      {/* Native constraints for assistive tech and the keyboard; the form itself checks with
          lib/requests/fields (noValidate), the same rules as the server. */}
      <Field id={`f-${field.code}`} label={label} required={field.required} hint={hint} error={error ? textFor(L.fieldErrors, error, L.errors.invalid) : undefined}>
        {(aria) => {
          switch (field.fieldType) {
            case "TEXTAREA":
              return <Textarea {...aria} {...control} {...constraints} rows={3} />;
            case "NUMBER":
            case "MONEY":
            case "NIK":
              // Text inputs, not type=number: "1.500.000" and "2,5" stay as typed (lib/format/number reads them).
              return <Input {...aria} {...control} {...constraints} inputMode={inputModeOf(field)} autoComplete="off" />;
            case "DATE":
              return <DateInput {...aria} {...control} required={field.required} pickLabel={L.form.pickDate} placeholder={L.form.dateFormat} />;
            case "CHOICE":
              return (
                <Select {...aria} {...control} required={field.required}>
                  <option value="">{L.form.chooseOption}</option>
                  {field.options.map((o) => (
                    <option key={o} value={o}>{o}</option>
                  ))}
                </Select>
              );
            default:
              return <Input {...aria} {...control} {...constraints} />;
          }
        }}
      </Field>
    </div>
  );
}
