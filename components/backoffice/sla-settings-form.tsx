"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, FormAlert, Input } from "@/components/ui/field";
import { slaSettingsAction } from "@/lib/backoffice/actions";
import { slaSettingsSchema } from "@/lib/backoffice/schema";
import { useErrorText } from "./use-error-text";

export function SlaSettingsForm({ initial }: { initial: number }) {
  const t = useTranslations("staff.slaSettings");
  const errorText = useErrorText();
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<{ ok: boolean; error?: string } | null>(null);
  const form = useForm<z.input<typeof slaSettingsSchema>, unknown, z.output<typeof slaSettingsSchema>>({
    resolver: zodResolver(slaSettingsSchema),
    defaultValues: { slaWarnDays: initial },
  });
  const invalid = form.formState.errors.slaWarnDays;
  return (
    <form
      noValidate
      className="max-w-sm space-y-3"
      onSubmit={form.handleSubmit((values) =>
        start(async () => {
          const result = await slaSettingsAction(values);
          setOutcome(result.ok ? { ok: true } : { ok: false, error: result.error });
        }),
      )}
    >
      <Field id="slaWarnDays" label={t("label")} hint={t("hint")} required error={invalid ? t("invalid") : undefined}>
        {(a) => <Input {...a} type="number" min={0} max={10} inputMode="numeric" {...form.register("slaWarnDays")} />}
      </Field>
      <Button type="submit" disabled={pending}>{t("save")}</Button>
      {outcome?.ok ? <FormAlert tone="success">{t("saved")}</FormAlert> : null}
      {outcome && !outcome.ok ? <FormAlert>{errorText(outcome.error)}</FormAlert> : null}
    </form>
  );
}
