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
import { saveNewsAction } from "@/lib/news/actions";
import { NEWS_CATEGORIES, NEWS_VISIBILITIES, newsSchema, type NewsFormInput, type NewsInput } from "@/lib/news/schema";

type Props = { postId: string | null; initial: NewsFormInput; isKecamatan: boolean };

/** Create or edit a news item; "Pratinjau" renders the body with the same sanitizing renderer as the public page. */
export function NewsForm({ postId, initial, isKecamatan }: Props) {
  const t = useTranslations("news");
  const router = useRouter();
  const [tab, setTab] = useState<"edit" | "preview">("edit");
  const [preview, setPreview] = useState({ title: "", summary: "", body: "" });
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const form = useForm<NewsFormInput, unknown, NewsInput>({ resolver: zodResolver(newsSchema), defaultValues: initial, mode: "onTouched" });
  const { register, formState, setError } = form;
  const err = (name: keyof NewsFormInput) => {
    const code = formState.errors[name]?.message;
    return code ? t(`errors.${code}` as "errors.required") : undefined;
  };

  const onSubmit = form.handleSubmit(async () => {
    setMessage(null);
    const result = await saveNewsAction({ id: postId, values: form.getValues() });
    if (result.ok) {
      setMessage({ tone: "success", text: t("admin.saved") });
      if (!postId) router.push(`/admin/berita/${result.id}`);
      else router.refresh();
      return;
    }
    for (const [name, code] of Object.entries(result.fieldErrors ?? {})) setError(name.replace(/^values\./, "") as keyof NewsFormInput, { message: code });
    setMessage({ tone: "error", text: t(`errors.${result.error}` as "errors.required") });
  });

  const tabClass = (active: boolean) => `min-h-10 rounded-t-lg border-b-2 px-4 text-sm font-medium ${active ? "border-brand-700 text-brand-800" : "border-transparent text-slate-600"}`;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 md:grid-cols-2">
      {message ? <div className="md:col-span-2"><FormAlert tone={message.tone}>{message.text}</FormAlert></div> : null}
      <div className="md:col-span-2">
        <Field id="title" label={t("admin.form.title")} required error={err("title")}>{(aria) => <Input {...aria} {...register("title")} />}</Field>
      </div>
      <Field id="category" label={t("admin.form.category")} required error={err("category")}>
        {(aria) => (
          <Select {...aria} {...register("category")}>
            <option value="">{t("admin.form.chooseCategory")}</option>
            {NEWS_CATEGORIES.map((c) => <option key={c} value={c}>{t(`categories.${c}`)}</option>)}
          </Select>
        )}
      </Field>
      <Field id="slug" label={t("admin.form.slug")} hint={t("admin.form.slugHint")} error={err("slug")}>{(aria) => <Input {...aria} {...register("slug")} />}</Field>
      <div className="md:col-span-2">
        <Field id="summary" label={t("admin.form.summary")} hint={t("admin.form.summaryHint")} required error={err("summary")}>{(aria) => <Textarea {...aria} rows={2} {...register("summary")} />}</Field>
      </div>
      <div className="md:col-span-2">
        <div role="tablist" aria-label={t("admin.form.body")} className="mb-2 flex gap-1 border-b border-slate-200">
          <button type="button" role="tab" aria-selected={tab === "edit"} className={tabClass(tab === "edit")} onClick={() => setTab("edit")}>{t("admin.form.edit")}</button>
          <button type="button" role="tab" aria-selected={tab === "preview"} className={tabClass(tab === "preview")} onClick={() => {
            const v = form.getValues();
            setPreview({ title: v.title, summary: v.summary, body: v.body });
            setTab("preview");
          }}>{t("admin.form.preview")}</button>
        </div>
        <div hidden={tab !== "edit"}>
          <Field id="body" label={t("admin.form.body")} hint={t("admin.form.bodyHint")} required error={err("body")}>{(aria) => <Textarea {...aria} rows={12} className="font-mono text-sm" {...register("body")} />}</Field>
        </div>
        {tab === "preview" ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4" data-testid="news-preview">
            <h2 className="text-xl font-bold">{preview.title}</h2>
            <p className="mt-1 text-slate-700">{preview.summary}</p>
            <div className={`mt-3 ${markdownClass}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(preview.body) }} />
          </div>
        ) : null}
      </div>
      <Field id="publishAt" label={t("admin.form.publishAt")} hint={t("admin.form.publishAtHint")} error={err("publishAt")}>{(aria) => <Input {...aria} type="datetime-local" {...register("publishAt")} />}</Field>
      <Field id="expireAt" label={t("admin.form.expireAt")} hint={t("admin.form.expireAtHint")} error={err("expireAt")}>{(aria) => <Input {...aria} type="datetime-local" {...register("expireAt")} />}</Field>
      <Field id="visibility" label={t("admin.form.visibility")} required>
        {(aria) => <Select {...aria} {...register("visibility")}>{NEWS_VISIBILITIES.map((v) => <option key={v} value={v}>{t(`visibility.${v}`)}</option>)}</Select>}
      </Field>
      <Field id="status" label={t("admin.form.status")} required>
        {(aria) => (
          <Select {...aria} {...register("status")}>
            <option value="DRAFT">{t("admin.form.statusDraft")}</option>
            <option value="PUBLISHED">{t("admin.form.statusPublished")}</option>
          </Select>
        )}
      </Field>
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" className="shrink-0 h-5 w-5 accent-brand-700" {...register("pinned")} />
        {t("admin.form.pinned")}
      </label>
      {isKecamatan ? (
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" className="shrink-0 h-5 w-5 accent-brand-700" {...register("showOnChildren")} />
          {t("admin.form.showOnChildren")}
        </label>
      ) : null}
      <div className="md:col-span-2">
        <Button type="submit" disabled={formState.isSubmitting}>{t("admin.form.save")}</Button>
      </div>
    </form>
  );
}
