"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { noteAction } from "@/lib/requests/actions/staff";
import { noteSchema } from "@/lib/requests/staff-schema";
import { ActionAlert } from "./action-alert";
import { useStaffAction } from "./use-action";
import { useErrorText } from "./use-error-text";

const formSchema = noteSchema.omit({ id: true, version: true });

/** A timeline note; internal by default, because most notes are for colleagues. */
export function NoteForm({ target }: { target: { id: string; version: number } }) {
  const t = useTranslations("staff.actions");
  const errorText = useErrorText();
  const action = useStaffAction();
  const form = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({ resolver: zodResolver(formSchema), defaultValues: { note: "", internal: true } });
  const error = form.formState.errors.note?.message ?? action.fieldErrors.note;
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => action.run(() => noteAction({ ...v, ...target }), () => form.reset({ note: "", internal: v.internal })))} className="space-y-2">
      <Field id="note-text" label={t("noteText")} required error={error ? errorText(error) : undefined}>
        {(aria) => <Textarea {...aria} rows={2} {...form.register("note")} data-shortcut="n" className="text-sm" />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...form.register("internal")} className="shrink-0 h-4 w-4" /> {t("internalNote")}
      </label>
      <Button type="submit" size="sm" disabled={action.pending}>{t("addNote")}</Button>
      <ActionAlert error={action.error} done={action.done} onReload={action.reload} />
    </form>
  );
}
