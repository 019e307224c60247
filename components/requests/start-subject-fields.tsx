"use client";
import { Field, Input } from "@/components/ui/field";
import { textFor } from "@/i18n/fill";
import { SUBJECT_RELATION_SUGGESTIONS, type SubjectValues } from "@/lib/requests/subject";
import type { StartLabels } from "./labels";

/** "Orang lain": the full name, NIK and relationship of a person outside the applicant's KK. */
export function StartSubjectFields({ values, errors, onChange, labels: L, readOnly }: {
  values: SubjectValues;
  errors: Record<string, string | undefined>;
  onChange: (name: keyof SubjectValues, value: string) => void;
  labels: StartLabels;
  /** Fields shown but not editable (a correction that points at the others only). */
  readOnly?: Set<string>;
}) {
  const error = (name: keyof SubjectValues) => (errors[name] ? textFor(L.fieldErrors, errors[name], L.errors.invalid) : undefined);
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{L.start.otherTitle}</legend>
      <Field id="subjectName" label={L.start.subjectName} required error={error("subjectName")}>
        {(aria) => <Input {...aria} name="subjectName" autoComplete="off" value={values.subjectName} readOnly={readOnly?.has("subjectName")} className="read-only:bg-slate-100 read-only:text-slate-600" onChange={(e) => onChange("subjectName", e.target.value)} />}
      </Field>
      <Field id="subjectNik" label={L.start.subjectNik} hint={L.start.subjectNikHint} required error={error("subjectNik")}>
        {(aria) => <Input {...aria} name="subjectNik" inputMode="numeric" autoComplete="off" value={values.subjectNik} readOnly={readOnly?.has("subjectNik")} className="read-only:bg-slate-100 read-only:text-slate-600" onChange={(e) => onChange("subjectNik", e.target.value)} />}
      </Field>
      <Field id="subjectRelation" label={L.start.subjectRelation} hint={L.start.subjectRelationHint} required error={error("subjectRelation")}>
        {(aria) => (
          <>
            <Input {...aria} name="subjectRelation" list="subject-relations" autoComplete="off" value={values.subjectRelation} readOnly={readOnly?.has("subjectRelation")} className="read-only:bg-slate-100 read-only:text-slate-600" onChange={(e) => onChange("subjectRelation", e.target.value)} />
            <datalist id="subject-relations">
              {SUBJECT_RELATION_SUGGESTIONS.map((r) => <option key={r} value={r} />)}
            </datalist>
          </>
        )}
      </Field>
    </fieldset>
  );
}
