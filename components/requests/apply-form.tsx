"use client";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useRef, useState, useTransition } from "react";
import { useOutbox } from "@/components/pwa/use-outbox";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { fill, textFor } from "@/i18n/fill";
import { checkFieldValues, type FieldRequirement } from "@/lib/requests/fields";
import { FieldInput, type FieldControl, type FieldDef } from "./field-input";
import type { ApplyLabels } from "./labels";
import type { CurrentFile, DocumentDef } from "./upload-slot";
import { useAutosave } from "./use-autosave";

// The documents and review steps are chunks of their own (issue 16: the page's first-load
// JavaScript stays within 15 KB), fetched as soon as the form is idle, so they are there (and in
// the service worker's cache) before the resident reaches them, with or without a signal.
const loadUploads = () => import("./upload-slot");
const loadReview = () => import("./review-step");
const UploadSlot = lazy(() => loadUploads().then((m) => ({ default: m.UploadSlot })));
const ReviewStep = lazy(() => loadReview().then((m) => ({ default: m.ReviewStep })));

type Values = Record<string, string>;
type Correction = { requirementCode: string | null; message: string };
const STEPS = ["data", "documents", "review"] as const;

export type ApplyFormProps = {
  requestId: string;
  mode: "draft" | "correction";
  fields: FieldDef[];
  documents: DocumentDef[];
  initialValues: Values;
  initialFiles: Record<string, CurrentFile>;
  corrections: Correction[];
  /** Requirement codes already replaced since staff asked for corrections. */
  replaced: string[];
  /** The words, already in the reader's language (no i18n library on this page). */
  labels: ApplyLabels;
  /** "Hemat data" (lib/http/data-saver): photos sent smaller, no previews of stored photos. */
  dataSaver?: boolean;
};

/** Same rules as the server's submit check (lib/requests/fields), run in the browser. */
function problemsOf(fields: FieldRequirement[], values: Values): Record<string, string> {
  return checkFieldValues(fields, values, true);
}

export function ApplyForm(props: ApplyFormProps) {
  const { requestId, fields, documents, mode } = props;
  const L = props.labels;
  const [step, setStep] = useState<(typeof STEPS)[number]>(mode === "correction" ? "review" : "data");
  const [files, setFiles] = useState(props.initialFiles);
  const [replaced, setReplaced] = useState(() => new Set(props.replaced));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  // "Kirim" goes through the phone's outbox and its stable route, with the values as typed and one
  // idempotency key per send: without a signal it waits on the phone and goes out when the
  // connection returns; a resend whose answer was lost is applied once.
  // A send that had to wait for a signal gets its answer here.
  const outbox = useOutbox(`request.send:${requestId}`, `/api/warga/permohonan/${requestId}/kirim`, (later) => later.status !== "waiting" && showAnswer(later.body as Answer));
  const router = useRouter();
  const autosave = useAutosave(requestId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Plain uncontrolled inputs instead of react-hook-form: this page must stay under 150 KB of
  // first-load JavaScript on cheap phones. A field is checked when left, then again on every
  // change once it has been left ("on touched"); everything is checked before moving on.
  const [values, setValues] = useState<Values>(props.initialValues);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const touched = useRef(new Set<string>());
  const inputs = useRef(new Map<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>());
  const latest = useRef(values);

  function setValue(code: string, value: string, check: boolean) {
    latest.current = { ...latest.current, [code]: value };
    setValues(latest.current);
    if (check) {
      const problem = problemsOf(fields, latest.current)[code];
      setErrors((prev) => {
        const next = { ...prev };
        if (problem) next[code] = problem;
        else delete next[code];
        return next;
      });
    }
  }

  /** Checks every field, shows what is wrong, and says whether all is well. */
  function checkAll(): boolean {
    const problems = problemsOf(fields, latest.current);
    setErrors(problems);
    return Object.keys(problems).length === 0;
  }

  function control(code: string): FieldControl {
    return {
      name: code,
      defaultValue: props.initialValues[code] ?? "",
      ref: (el) => {
        if (el) inputs.current.set(code, el);
        else inputs.current.delete(code);
      },
      onChange: (e) => {
        setValue(code, e.target.value, touched.current.has(code));
        autosave.queue(code, String(e.target.value));
      },
      onBlur: (e) => {
        touched.current.add(code);
        setValue(code, e.target.value, true);
        autosave.queue(code, String(e.target.value), true);
      },
    };
  }

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => void Promise.all([loadUploads(), loadReview()]).catch(() => {}));
  }, []);

  // Values typed on an earlier visit that never reached the server come back and are sent again.
  useEffect(() => {
    const unsent = autosave.restore();
    for (const [code, value] of Object.entries(unsent)) {
      if (fields.some((f) => f.code === code)) {
        const input = inputs.current.get(code);
        if (input) input.value = value;
        setValue(code, value, false);
        autosave.queue(code, value);
      }
    }
    // Only on first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const correctionFor = (code: string) => props.corrections.find((c) => c.requirementCode === code) ?? null;

  function go(to: (typeof STEPS)[number]) {
    setStep(to);
    // Move focus to the step heading so screen readers and small screens start at the top.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function nextFromData() {
    const ok = checkAll();
    await autosave.flush();
    if (ok) go("documents");
  }

  type Answer = { ok?: boolean; error?: string; fieldErrors?: Record<string, string> };
  function showAnswer(answer: Answer) {
    if (answer.ok) {
      autosave.forget();
      return router.push(`/warga/permohonan/${requestId}?terkirim=1`);
    }
    const fieldErrors = Object.fromEntries(Object.entries(answer.fieldErrors ?? {}).map(([path, code]) => [path.replace(/^values\./, ""), code]));
    setServerErrors(fieldErrors);
    const atFields = Object.entries(fieldErrors).filter(([code]) => fields.some((f) => f.code === code));
    if (atFields.length) setErrors((prev) => ({ ...prev, ...Object.fromEntries(atFields) }));
    setFormError(textFor(L.errors, answer.error ?? "invalid", L.errors.invalid));
  }

  function submit() {
    setFormError(null);
    startSubmit(async () => {
      if (!checkAll()) return setFormError(L.errors.incomplete);
      autosave.hold(); // the send carries every value, including those not yet autosaved
      const sent = await outbox.submit(Object.entries(latest.current));
      if (sent.status !== "waiting") showAnswer(sent.body as Answer);
    });
  }

  const index = STEPS.indexOf(step);
  const stepTitle = L.form.steps[step];
  return (
    <div className="space-y-4">
      {mode === "correction" && props.corrections.length ? (
        <FormAlert tone="info">
          <p className="font-semibold">{L.form.corrections.title}</p>
          <p>{L.form.corrections.intro}</p>
          <ul className="mt-1 list-disc pl-5">
            {props.corrections.map((c, i) => {
              const doc = documents.find((d) => d.code === c.requirementCode);
              const field = fields.find((f) => f.code === c.requirementCode);
              return (
                <li key={i}>
                  {doc ? <strong>{fill(L.form.corrections.document, { label: doc.label })}: </strong> : field ? <strong>{field.label}: </strong> : null}
                  {c.message}
                  {doc ? ` (${replaced.has(doc.code) ? L.form.corrections.replaced : L.form.corrections.pending})` : null}
                </li>
              );
            })}
          </ul>
        </FormAlert>
      ) : null}

      <ol className="grid grid-cols-3 gap-1 text-center text-sm">
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? "step" : undefined}>
            <button
              type="button"
              onClick={() => go(s)}
              className={`min-h-11 w-full rounded-lg px-1 font-medium ${s === step ? "bg-brand-700 text-white" : i < index ? "bg-brand-50 text-brand-800" : "bg-slate-100 text-slate-700"}`}
            >
              {i + 1}. {L.form.steps[s]}
            </button>
          </li>
        ))}
      </ol>

      <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
        {stepTitle} <span className="text-sm font-normal text-slate-600">· {fill(L.form.stepOf, { step: index + 1, total: STEPS.length })}</span>
      </h2>
      <p role="status" aria-live="polite" className={`text-sm ${autosave.state === "error" ? "font-medium text-red-700" : "text-slate-600"}`}>
        {L.form.autosave[autosave.state]}
      </p>
      {formError ? <FormAlert>{formError}</FormAlert> : null}
      {outbox.waiting ? <FormAlert tone="info">{L.form.review.waitingSignal}</FormAlert> : null}

      <form onSubmit={(e) => e.preventDefault()} noValidate className={step === "data" ? "space-y-4" : "hidden"}>
        {fields.length === 0 ? <p>{L.form.noFields}</p> : null}
        {fields.map((field) => (
          <FieldInput
            key={field.id}
            field={field}
            control={control(field.code)}
            error={errors[field.code]}
            highlight={Boolean(correctionFor(field.code))}
            labels={L}
          />
        ))}
        <div className="flex justify-end">
          <Button onClick={nextFromData}>{L.form.next} →</Button>
        </div>
      </form>

      <div className={step === "documents" ? "space-y-3" : "hidden"}>
        {documents.length === 0 ? <p>{L.form.noDocuments}</p> : null}
        <Suspense fallback={null}>
          {documents.map((doc) => {
            const c = correctionFor(doc.code);
            return (
              <UploadSlot
                key={doc.id}
                requestId={requestId}
                doc={doc}
                file={files[doc.id] ?? null}
                canRemove={mode === "draft"}
                error={serverErrors[doc.code]}
                correction={c ? { message: c.message, replaced: replaced.has(doc.code) } : null}
                labels={L}
                dataSaver={props.dataSaver}
                onChange={(file) => {
                  setFiles((prev) => ({ ...prev, [doc.id]: file }));
                  setServerErrors((prev) => ({ ...prev, [doc.code]: "" }));
                  if (file) setReplaced((prev) => new Set(prev).add(doc.code));
                }}
              />
            );
          })}
        </Suspense>
        <div className="flex justify-between">
          <Button variant="secondary" onClick={() => go("data")}>← {L.form.back}</Button>
          <Button onClick={() => go("review")}>{L.form.next} →</Button>
        </div>
      </div>

      {step === "review" ? (
        <Suspense fallback={null}>
          <ReviewStep
            fields={fields}
            documents={documents}
            values={values}
            files={files}
            errors={{ ...errors, ...serverErrors }}
            mode={mode}
            submitting={submitting || outbox.waiting}
            onEdit={(s) => go(s)}
            labels={L}
            onSubmit={submit}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
