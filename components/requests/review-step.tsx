"use client";
import { Button } from "@/components/ui/button";
import { textFor } from "@/i18n/fill";
import type { FieldDef } from "./field-input";
import type { ApplyLabels } from "./labels";
import type { CurrentFile, DocumentDef } from "./upload-slot";

type Props = {
  fields: FieldDef[];
  documents: DocumentDef[];
  values: Record<string, string>;
  files: Record<string, CurrentFile>;
  errors: Record<string, string>;
  mode: "draft" | "correction";
  submitting: boolean;
  onEdit: (step: "data" | "documents") => void;
  onSubmit: () => void;
  labels: ApplyLabels;
};

/** Everything on one screen before sending, with what is still missing marked. */
export function ReviewStep({ fields, documents, values, files, errors, mode, submitting, onEdit, onSubmit, labels: L }: Props) {
  const missing = (text: string) => <span className="font-medium text-red-700">{text}</span>;
  return (
    <div className="space-y-4">
      {fields.length ? (
        <section aria-labelledby="review-data" className="rounded-xl border border-slate-200 bg-white p-3">
          <div className="flex items-center justify-between">
            <h3 id="review-data" className="font-semibold">{L.form.review.data}</h3>
            <Button variant="ghost" onClick={() => onEdit("data")}>{L.form.review.edit}</Button>
          </div>
          <dl className="divide-y divide-slate-100">
            {fields.map((f) => (
              <div key={f.id} className="py-2">
                <dt className="text-sm text-slate-600">{f.label}</dt>
                <dd className="whitespace-pre-line break-words">
                  {values[f.code] ? values[f.code] : f.required ? missing(L.form.review.empty) : "—"}
                  {errors[f.code] && values[f.code] ? <span className="block text-sm text-red-700">{textFor(L.fieldErrors, errors[f.code], L.errors.invalid)}</span> : null}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {documents.length ? (
        <section aria-labelledby="review-docs" className="rounded-xl border border-slate-200 bg-white p-3">
          <div className="flex items-center justify-between">
            <h3 id="review-docs" className="font-semibold">{L.form.review.documents}</h3>
            <Button variant="ghost" onClick={() => onEdit("documents")}>{L.form.review.edit}</Button>
          </div>
          <ul className="divide-y divide-slate-100">
            {documents.map((d) => {
              const file = files[d.id];
              return (
                <li key={d.id} className="py-2">
                  <p className="text-sm text-slate-600">{d.label}</p>
                  <p className="wrap-anywhere">
                    {file ? file.originalName : d.required ? missing(L.form.review.missingFile) : "—"}
                    {errors[d.code] === "replace_file" ? <span className="block text-sm text-red-700">{L.fieldErrors.replace_file}</span> : null}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <p className="text-sm text-slate-700">{L.form.review.consent}</p>
      <Button onClick={onSubmit} disabled={submitting} className="w-full">
        {submitting ? L.form.review.submitting : mode === "correction" ? L.form.review.resubmit : L.form.review.submit}
      </Button>
    </div>
  );
}
