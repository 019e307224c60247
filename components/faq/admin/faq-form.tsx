"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input, Select, Textarea } from "@/components/ui/field";
import { markdownClass } from "@/components/news/markdown-class";
import { renderMarkdown } from "@/lib/content/markdown";
import { saveFaqAction } from "@/lib/faq/actions";
import { faqSchema, type FaqFormInput, type FaqInput } from "@/lib/faq/schema";

type Props = { faqId: string | null; initial: FaqFormInput; services: { id: string; name: string }[]; categories: string[] };

export function FaqForm({ faqId, initial, services, categories }: Props) {
  const t = useTranslations("faq.admin");
  const tn = useTranslations("news");
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const form = useForm<FaqFormInput, unknown, FaqInput>({ resolver: zodResolver(faqSchema), defaultValues: initial, mode: "onTouched" });
  const { register, formState, setError } = form;
  const err = (name: keyof FaqFormInput) => {
    const code = formState.errors[name]?.message;
    return code ? tn(`errors.${code}` as "errors.required") : undefined;
  };
  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    const result = await saveFaqAction({ id: faqId, values: form.getValues() });
    if (result.ok) {
      setMessage({ tone: "success", text: t("saved") });
      if (!faqId) router.push(`/admin/tanya-jawab/${result.id}`);
      else router.refresh();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) setError(name.replace(/^values\./, "") as keyof FaqFormInput, { message: code });
    setMessage({ tone: "error", text: tn(`errors.${result.error}` as "errors.required") });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2">
      {message ? <div className="md:col-span-2"><FormAlert tone={message.tone}>{message.text}</FormAlert></div> : null}
      <div className="md:col-span-2">
        <Field id="question" label={t("form.question")} required error={err("question")}>{(aria) => <Input {...aria} {...register("question")} />}</Field>
      </div>
      <div className="md:col-span-2">
        <Field id="answer" label={t("form.answer")} hint={t("form.answerHint")} required error={err("answer")}>{(aria) => <Textarea {...aria} rows={8} className="font-mono text-sm" {...register("answer")} />}</Field>
        <Button type="button" size="sm" variant="secondary" className="mt-2" onClick={() => setPreview(renderMarkdown(form.getValues("answer") ?? ""))}>{tn("admin.form.preview")}</Button>
        {preview !== null ? <div className={`mt-2 rounded-lg border border-slate-200 bg-white p-3 ${markdownClass}`} data-testid="faq-preview" dangerouslySetInnerHTML={{ __html: preview }} /> : null}
      </div>
      <Field id="category" label={t("form.category")} hint={t("form.categoryHint")} required error={err("category")}>
        {(aria) => (
          <>
            <Input {...aria} list="faq-categories" {...register("category")} />
            <datalist id="faq-categories">{categories.map((c) => <option key={c} value={c} />)}</datalist>
          </>
        )}
      </Field>
      <Field id="serviceId" label={t("form.serviceId")} error={err("serviceId")}>
        {(aria) => (
          <Select {...aria} {...register("serviceId")}>
            <option value="">{t("form.noService")}</option>
            {services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </Select>
        )}
      </Field>
      <Field id="status" label={t("form.status")} required>
        {(aria) => (
          <Select {...aria} {...register("status")}>
            <option value="DRAFT">{t("form.draft")}</option>
            <option value="PUBLISHED">{t("form.published")}</option>
          </Select>
        )}
      </Field>
      <div className="md:col-span-2"><Button type="submit" disabled={formState.isSubmitting}>{t("form.save")}</Button></div>
    </form>
  );
}
