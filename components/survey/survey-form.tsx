"use client";
import { useTranslations } from "@/i18n/lean";
import { useState, useTransition } from "react";
import { useLeanForm } from "@/lib/forms/lean-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Select, Textarea } from "@/components/ui/field";
import { submitSurveyByTokenAction, submitSurveyForRequestAction } from "@/lib/survey/actions";
import { AGE_BANDS, EDUCATIONS, OCCUPATIONS, type UnsurWording } from "@/lib/survey/frame";
import { emptySurvey, surveyCodes, type SurveyValues } from "./survey-rules";

type Target = { kind: "token"; token: string } | { kind: "request"; requestId: string };

/** The SKM questionnaire, phone-first: one card per unsur with large tap targets; every unsur may be skipped. */
export function SurveyForm({ questions, target }: { questions: UnsurWording[]; target: Target }) {
  const t = useTranslations("survey.form");
  const [pending, startTransition] = useTransition();
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useLeanForm<SurveyValues>({ validate: surveyCodes, defaultValues: emptySurvey });
  const { register, handleSubmit, formState, setError } = form;

  const onSubmit = handleSubmit((values) => {
    setServerError(null);
    startTransition(async () => {
      const result =
        target.kind === "token"
          ? await submitSurveyByTokenAction(target.token, values)
          : await submitSurveyForRequestAction(target.requestId, values);
      if (result.ok) {
        setDone(true);
        window.scrollTo({ top: 0 });
        return;
      }
      for (const [key, code] of Object.entries(result.fieldErrors ?? {})) setError(key as keyof SurveyValues, { message: code });
      setServerError(result.error);
    });
  });

  if (done) {
    return (
      <div className="space-y-3" data-testid="survey-thanks">
        <FormAlert tone="success">{t("thanks")}</FormAlert>
        <p className="text-slate-700">{t("thanksBody")}</p>
      </div>
    );
  }

  const oneAnswerError = formState.errors.u1?.message === "answer_one";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <p className="text-slate-700">{t("intro")}</p>
      {serverError && serverError !== "invalid" && serverError !== "invalid_input" ? <FormAlert>{t(`errors.${serverError}` as "errors.invalid")}</FormAlert> : null}
      {oneAnswerError ? <FormAlert>{t("errors.answer_one")}</FormAlert> : null}

      <ol className="space-y-4">
        {questions.map((q, index) => {
          const name = q.code.toLowerCase() as "u1";
          return (
            <li key={q.code}>
              <fieldset className="rounded-xl border border-slate-200 bg-white p-4">
                {/* Floated so the legend (unsur and question, the group's accessible name) sits inside the card. */}
                <legend className="float-left w-full">
                  <span className="block text-sm font-semibold uppercase tracking-wide text-brand-700">
                    {index + 1}. {q.name}
                  </span>
                  <span className="mt-1 block font-medium text-slate-900">{q.question}</span>
                </legend>
                <div className="clear-both grid gap-2 pt-3">
                  {[4, 3, 2, 1].map((score) => (
                    <Choice key={score} id={`${name}-${score}`} value={String(score)} label={q.labels[score - 1]} {...register(name)} />
                  ))}
                  <Choice id={`${name}-0`} value="0" label={t("skip")} muted {...register(name)} />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>

      <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("profile")}</legend>
        <p className="text-sm text-slate-600">{t("profileHint")}</p>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("sex")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-2">
            <Choice id="sex-L" value="L" label={t("sexes.L")} {...register("sex")} />
            <Choice id="sex-P" value="P" label={t("sexes.P")} {...register("sex")} />
          </div>
        </fieldset>
        <ProfileSelect id="ageBand" label={t("ageBand")} none={t("notSaying")} options={AGE_BANDS.map((v) => [v, t(`ageBands.${v}`)])} {...register("ageBand")} />
        <ProfileSelect id="education" label={t("education")} none={t("notSaying")} options={EDUCATIONS.map((v) => [v, t(`educations.${v}`)])} {...register("education")} />
        <ProfileSelect id="occupation" label={t("occupation")} none={t("notSaying")} options={OCCUPATIONS.map((v) => [v, t(`occupations.${v}`)])} {...register("occupation")} />
        <Field id="suggestion" label={t("suggestion")} hint={t("suggestionHint")} error={formState.errors.suggestion ? t("errors.too_long") : undefined}>
          {(aria) => <Textarea rows={4} maxLength={1000} {...aria} {...register("suggestion")} />}
        </Field>
      </fieldset>

      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}

type ChoiceProps = { id: string; value: string; label: string; muted?: boolean } & ReturnType<ReturnType<typeof useLeanForm<SurveyValues>>["register"]>;

function Choice({ id, value, label, muted, ...field }: ChoiceProps) {
  return (
    <label
      htmlFor={id}
      className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-700 ${
        muted ? "border-dashed border-slate-300 text-slate-600" : "border-slate-300 text-slate-900"
      }`}
    >
      <input id={id} type="radio" value={value} className="shrink-0 size-5 accent-brand-700" {...field} />
      <span>{label}</span>
    </label>
  );
}

type SelectProps = { id: string; label: string; none: string; options: [string, string][] } & ReturnType<ReturnType<typeof useLeanForm<SurveyValues>>["register"]>;

function ProfileSelect({ id, label, none, options, ...field }: SelectProps) {
  return (
    <Field id={id} label={label}>
      {(aria) => (
        <Select {...aria} {...field}>
          <option value="">{none}</option>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
