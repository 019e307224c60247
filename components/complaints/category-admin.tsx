"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { createCategoryAction, renameCategoryAction } from "@/lib/complaints/actions/admin";
import { categorySchema } from "@/lib/complaints/schema";
import { placeServerErrors, useComplaintErrorText } from "./use-error-text";

type Values = { name: string };

/** Adds a category, or renames one when `id` is given. */
export function CategoryNameForm({ id, name }: { id?: string; name?: string }) {
  const t = useTranslations("complaints.admin");
  const errorText = useComplaintErrorText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(!id);
  const form = useForm<Values>({ resolver: zodResolver(categorySchema.pick({ name: true })), defaultValues: { name: name ?? "" } });
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      setError(null);
      const result = id ? await renameCategoryAction({ id, name: values.name }) : await createCategoryAction(values);
      if (result.ok) {
        if (id) setEditing(false);
        else form.reset({ name: "" });
      } else setError(placeServerErrors(result, form.setError, ["name"]));
    }),
  );
  if (!editing) return <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>{t("rename")}</Button>;
  const fieldId = id ? `name-${id}` : "new-category";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      {error ? <FormAlert>{errorText(error)}</FormAlert> : null}
      <div className="min-w-56 flex-1">
        <Field id={fieldId} label={t("name")} error={errorText(form.formState.errors.name?.message)} required>
          {(aria) => <Input {...aria} {...form.register("name")} maxLength={80} />}
        </Field>
      </div>
      <Button type="submit" size="sm" disabled={pending}>{id ? t("save") : t("add")}</Button>
      {id ? <Button size="sm" variant="ghost" onClick={() => { form.reset({ name }); setEditing(false); }}>{t("cancel")}</Button> : null}
    </form>
  );
}
