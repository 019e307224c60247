"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { placeServerErrors, useComplaintErrorText } from "@/components/complaints/use-error-text";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Textarea } from "@/components/ui/field";
import { answerFeedbackAction } from "@/lib/feedback/actions";
import { answerSchema, type AnswerInput } from "@/lib/feedback/schema";

export function AnswerForm({ id }: { id: string }) {
  const t = useTranslations("complaints.feedback");
  const errorText = useComplaintErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<AnswerInput>({ resolver: zodResolver(answerSchema), defaultValues: { id, answer: "" } });
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setError(null);
      const result = await answerFeedbackAction(values);
      if (result.ok) router.refresh();
      else setError(placeServerErrors(result, form.setError, ["answer"]));
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2">
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <Field id={`answer-${id}`} label={t("answerLabel")} error={errorText(form.formState.errors.answer?.message)} required>
        {(aria) => <Textarea {...aria} {...form.register("answer")} rows={3} />}
      </Field>
      <Button type="submit" size="sm" disabled={pending}>{t("answerSend")}</Button>
    </form>
  );
}
