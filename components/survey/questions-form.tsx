"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Textarea } from "@/components/ui/field";
import { saveSurveyQuestionsAction } from "@/lib/survey/actions";
import type { UnsurWording } from "@/lib/survey/frame";
import { questionsSchema, type QuestionsInput } from "@/lib/survey/schema";

/** Admin rewording of the nine unsur: question and four labels each; codes, names and order are fixed. */
export function QuestionsForm({ questions }: { questions: UnsurWording[] }) {
  const t = useTranslations("survey.admin");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<"saved" | "error" | null>(null);
  const form = useForm<QuestionsInput, unknown, z.output<typeof questionsSchema>>({
    resolver: zodResolver(questionsSchema),
    defaultValues: { items: questions.map((q) => ({ code: q.code, question: q.question, labels: [...q.labels] as QuestionsInput["items"][number]["labels"] })) },
  });
  const { register, formState, setError } = form;
  const errorText = (code?: string) => (code ? t(`errors.${code}` as "errors.required") : undefined);

  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await saveSurveyQuestionsAction(values);
      if (result.ok) return setStatus("saved");
      for (const [key, code] of Object.entries(result.fieldErrors ?? {})) setError(key as "items", { message: code });
      setStatus("error");
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {status === "saved" ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      {status === "error" ? <FormAlert>{t("errors.save")}</FormAlert> : null}
      {questions.map((q, i) => {
        const errors = formState.errors.items?.[i];
        return (
          <fieldset key={q.code} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
            <legend className="px-1 font-semibold">
              {q.code} · {q.name}
            </legend>
            <input type="hidden" {...register(`items.${i}.code`)} />
            <Field id={`q-${q.code}`} label={t("question")} error={errorText(errors?.question?.message)}>
              {(aria) => <Textarea rows={2} {...aria} {...register(`items.${i}.question`)} />}
            </Field>
            <div className="grid gap-3 sm:grid-cols-4">
              {[0, 1, 2, 3].map((l) => (
                <Field key={l} id={`l-${q.code}-${l}`} label={t("label", { score: l + 1 })} error={errorText(errors?.labels?.[l]?.message)}>
                  {(aria) => <Input {...aria} {...register(`items.${i}.labels.${l}` as `items.0.labels.0`)} />}
                </Field>
              ))}
            </div>
          </fieldset>
        );
      })}
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
